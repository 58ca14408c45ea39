package org.masswork.gateway.dashboard;

import org.masswork.platform.language.Text;

/** Why a service's figures are missing from the dashboard. */
final class SectionFailure extends RuntimeException {

    private final SectionStatus status;
    private final Text detail;

    SectionFailure(SectionStatus status, Text detail) {
        super(detail.en(), null, false, false);
        this.status = status;
        this.detail = detail;
    }

    Text detail() {
        return detail;
    }

    SectionStatus status() {
        return status;
    }
}
