package org.masswork.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.event.EventJson;
import org.masswork.platform.event.ErrorSummary;
import org.masswork.platform.event.EventMetrics;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/** The dead letters of a service: parking what keeps failing, listing it, and replaying it once an operator asks. */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);
    /** Event types from outside are data: only the types this service knows are used as metric tags. */
    private static final String OTHER_TYPE = "other";

    private final InboxProcessor inbox;
    private final EventJson json;
    private final EventMetrics metrics;

    ParkedEvents(InboxProcessor inbox, EventJson json, EventMetrics metrics) {
        this.inbox = inbox;
        this.json = json;
        this.metrics = metrics;
    }

    /** Parks a consumed record; {@code envelope} is null when the record could not be read at all. */
    @Transactional
    public void parkIncoming(ConsumerRecord<String, String> record, EventEnvelope envelope, String error, int attempts,
                             OffsetDateTime firstAttempt) {
        ParkedEvent parked = new ParkedEvent();
        parked.direction = ParkedEvent.Direction.INCOMING;
        parked.topic = record.topic();
        parked.partition = record.partition();
        parked.offset = record.offset();
        parked.key = record.key();
        parked.payload = record.value() == null ? "" : record.value();
        if (envelope != null) {
            parked.eventId = envelope.id();
            parked.eventType = envelope.type();
        }
        parked.error = error;
        parked.attempts = attempts;
        parked.firstAttemptAt = firstAttempt;
        parked.lastAttemptAt = now();
        parked.parkedAt = parked.lastAttemptAt;
        parked.persist();
        String type = envelope != null && inbox.handles(envelope.type()) ? envelope.type() : OTHER_TYPE;
        LOG.errorf("Parked %s event %s of type %s from %s-%d@%d after %d attempts: %s", parked.direction,
                parked.eventId, type, record.topic(), record.partition(), record.offset(), attempts, error);
        metrics.parked(parked.direction.name(), type);
    }

    /** Takes an outbox row the broker keeps refusing out of the outbox, so the rows after it can go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void parkOutgoing(OutboxEvent row, String error) {
        ParkedEvent parked = new ParkedEvent();
        parked.direction = ParkedEvent.Direction.OUTGOING;
        parked.topic = row.topic;
        parked.key = row.key;
        parked.payload = row.envelope;
        parked.eventId = row.eventId;
        parked.eventType = row.type;
        parked.error = error;
        parked.attempts = row.attempts;
        parked.firstAttemptAt = row.createdAt;
        parked.lastAttemptAt = now();
        parked.parkedAt = parked.lastAttemptAt;
        parked.persist();
        LOG.errorf("Parked OUTGOING event %s of type %s after %d attempts: %s", row.eventId, row.type, row.attempts, error);
        metrics.parked(parked.direction.name(), row.type);
    }

    @Transactional
    public Page<ParkedEventView> list(boolean includeResolved, PageQuery page) {
        var query = includeResolved
                ? ParkedEvent.<ParkedEvent>find("order by id desc")
                : ParkedEvent.<ParkedEvent>find("resolvedAt is null order by id desc");
        return Page.of(query, page, ParkedEventView::of);
    }

    @Transactional
    public long countUnresolved() {
        return ParkedEvent.count("resolvedAt is null");
    }

    /**
     * Replays one parked event: an incoming one is applied through the inbox (once, even if it was applied meanwhile),
     * an outgoing one is handed back to the outbox. A replay that fails again leaves it parked, with the new error.
     */
    public ParkedEventView replay(UUID reference, String operator) {
        ParkedEvent parked = load(reference);
        if (parked.resolvedAt != null) {
            return ParkedEventView.of(parked);
        }
        try {
            ParkedEvent.Resolution resolution = parked.direction == ParkedEvent.Direction.OUTGOING
                    ? requeue(parked)
                    : applyIncoming(parked);
            return resolve(reference, resolution, operator);
        } catch (JsonProcessingException | RuntimeException e) {
            String error = ErrorSummary.of(e);
            recordFailedReplay(reference, error);
            throw new RuleViolationProblem("replay-failed", Text.of("事件再次处理失败，仍被搁置：" + error,
                    "the event failed again and stays parked: " + error), "reference");
        }
    }

    /** Replays every unresolved parked event, oldest first. */
    public ReplaySummary replayAll(String operator) {
        List<UUID> references = unresolvedReferences();
        int replayed = 0;
        int failed = 0;
        for (UUID reference : references) {
            try {
                replay(reference, operator);
                replayed++;
            } catch (RuleViolationProblem e) {
                failed++;
            }
        }
        return new ReplaySummary(references.size(), replayed, failed);
    }

    @Transactional
    List<UUID> unresolvedReferences() {
        return ParkedEvent.<ParkedEvent>find("resolvedAt is null order by id").stream().map(p -> p.reference).toList();
    }

    private ParkedEvent.Resolution applyIncoming(ParkedEvent parked) throws JsonProcessingException {
        EventEnvelope envelope = json.read(parked.payload);
        InboxProcessor.Outcome outcome = inbox.apply(envelope);
        if (outcome == InboxProcessor.Outcome.NOT_HANDLED) {
            throw new IllegalStateException("no handler for event type " + envelope.type());
        }
        if (outcome == InboxProcessor.Outcome.APPLIED) {
            metrics.applied(envelope.type());
            return ParkedEvent.Resolution.REPLAYED;
        }
        return ParkedEvent.Resolution.ALREADY_APPLIED;
    }

    @Transactional
    ParkedEvent load(UUID reference) {
        return find(reference);
    }

    @Transactional
    ParkedEvent.Resolution requeue(ParkedEvent detached) {
        ParkedEvent parked = ParkedEvent.findById(detached.id);
        if (OutboxEvent.count("eventId", parked.eventId) > 0) {
            return ParkedEvent.Resolution.ALREADY_APPLIED;
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = parked.eventId;
        row.topic = parked.topic;
        row.key = parked.key;
        row.type = parked.eventType;
        row.envelope = parked.payload;
        row.traceparent = traceparentOf(parked.payload);
        row.createdAt = now();
        row.persist();
        return ParkedEvent.Resolution.REPLAYED;
    }

    /** The trace the event was created in, so its send joins that trace again; none when the payload is not an envelope. */
    private String traceparentOf(String payload) {
        try {
            return json.read(payload).traceparent();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Transactional
    ParkedEventView resolve(UUID reference, ParkedEvent.Resolution resolution, String operator) {
        ParkedEvent parked = find(reference);
        parked.resolvedAt = now();
        parked.resolution = resolution;
        parked.resolvedBy = operator;
        metrics.parkedUnresolved(ParkedEvent.count("resolvedAt is null"));
        return ParkedEventView.of(parked);
    }

    @Transactional
    void recordFailedReplay(UUID reference, String error) {
        ParkedEvent parked = find(reference);
        parked.attempts++;
        parked.lastAttemptAt = now();
        parked.error = error;
    }

    private static ParkedEvent find(UUID reference) {
        return ParkedEvent.<ParkedEvent>find("reference", reference).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem(Text.of("搁置事件", "parked event"), reference));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** @param failed events that failed again and stay parked */
    public record ReplaySummary(
            @Schema(minimum = "0", maximum = "1000000") int unresolved,
            @Schema(minimum = "0", maximum = "1000000") int replayed,
            @Schema(minimum = "0", maximum = "1000000") int failed) {
    }
}
