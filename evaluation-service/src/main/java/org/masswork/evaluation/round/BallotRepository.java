package org.masswork.evaluation.round;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BallotRepository implements PanacheRepositoryBase<Ballot, UUID> {
}
