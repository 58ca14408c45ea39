package org.masswork.platform.county;

import java.util.UUID;

/** The services' reading of cadre-service's CountyRegistered event (docs/asyncapi.yaml). */
public record CountyRegistered(UUID countyId, String code, String name, String zone) {
}
