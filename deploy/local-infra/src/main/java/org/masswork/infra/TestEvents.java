package org.masswork.infra;

import java.time.OffsetDateTime;
import java.util.UUID;

/** CloudEvents envelopes as another service would publish them, for tests that feed a consumer directly. */
public final class TestEvents {

    private TestEvents() {
    }

    /** @param dataJson the payload, already JSON */
    public static String envelope(UUID id, String source, String type, String subject, OffsetDateTime time, String dataJson) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"" + time + "\",\"datacontenttype\":\"application/json\",\"data\":"
                + dataJson + "}";
    }
}
