package org.masswork.cadre.pairing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class BrotherPairRepository implements PanacheRepositoryBase<BrotherPair, UUID> {
}
