package org.masswork.risk.directory;

import java.util.UUID;

/** risk-assessment-service's reading of cadre-service's CountyRegistered event (see docs/asyncapi.yaml). */
public record CountyRegistered(UUID countyId, String code, String name, String zone) {
}
