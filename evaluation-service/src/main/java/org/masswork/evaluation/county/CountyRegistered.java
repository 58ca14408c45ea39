package org.masswork.evaluation.county;

import java.util.UUID;

/** evaluation-service's reading of cadre-service's CountyRegistered (see docs/asyncapi.yaml). */
public record CountyRegistered(UUID countyId, String code, String name, String zone) {
}
