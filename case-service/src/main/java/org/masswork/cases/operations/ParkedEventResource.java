package org.masswork.cases.operations;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Path;
import org.masswork.platform.inbox.ParkedEventsResource;

/** This service's parked events, for operators (list and replay: {@link ParkedEventsResource}). */
@Path("/api/v1/admin/case/parked-events")
@Authenticated
public class ParkedEventResource extends ParkedEventsResource {
}
