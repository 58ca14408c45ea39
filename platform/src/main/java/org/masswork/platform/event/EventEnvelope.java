package org.masswork.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.county.Counties;

/**
 * A CloudEvents 1.0 event in structured JSON mode: what every service writes to Kafka and reads from it.
 *
 * @param subject     the aggregate id; also the Kafka record key, so one aggregate's events stay in order
 * @param traceparent the CloudEvents distributed-tracing extension: the W3C trace context of the event's creation
 *                    (EventTracing), which every consumer continues; absent on events written before tracing
 * @param countyid    an extension attribute: the county whose data the event is about; absent on events written
 *                    before counties, which belong to the default county ({@link #county()})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data,
        String traceparent,
        UUID countyid) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public static EventEnvelope of(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data,
                                   String traceparent, UUID countyid) {
        return new EventEnvelope(SPEC_VERSION, id, source, type, subject, time, "application/json", data, traceparent,
                countyid);
    }

    /** The county the event is about: its {@code countyid}, or the default county for an event written before it. */
    public UUID county() {
        return countyid == null ? Counties.DEFAULT_ID : countyid;
    }
}
