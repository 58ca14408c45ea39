package org.masswork.gateway.dashboard;

/** Why a service's figures are missing from the dashboard. */
final class SectionFailure extends RuntimeException {

    private final SectionStatus status;

    SectionFailure(SectionStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    SectionStatus status() {
        return status;
    }
}
