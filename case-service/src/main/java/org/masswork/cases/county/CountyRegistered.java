package org.masswork.cases.county;

import java.util.UUID;

/** case-service's reading of cadre-service's CountyRegistered event (see docs/asyncapi.yaml). */
public record CountyRegistered(UUID countyId, String code, String name, String zone) {
}
