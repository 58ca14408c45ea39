package org.masswork.evaluation.round;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BallotCodeRepository implements PanacheRepositoryBase<BallotCode, String> {
}
