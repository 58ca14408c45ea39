package org.masswork.cases.observability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A request that fails unexpectedly, as a bug would: the tests' only way to a 500. Not in the API's document. */
@Path(FailingResource.PATH)
public class FailingResource {

    static final String PATH = "/test/failure";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("a deliberate failure of the test");
    }
}
