package org.masswork.gateway.dashboard;

import java.util.concurrent.CompletionException;
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

    /** Why a service's figures could not be read: the failure itself, or a service that could not be read at all. */
    static SectionFailure of(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof SectionFailure failure ? failure
                : new SectionFailure(SectionStatus.UNAVAILABLE, Text.of("无法读取数据", "the figures could not be read"));
    }

    Text detail() {
        return detail;
    }

    SectionStatus status() {
        return status;
    }
}
