package org.masswork.cadre.checkin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {
}
