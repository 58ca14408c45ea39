package org.masswork.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.masswork.platform.time.ClientTime;

/**
 * What every record created through the API carries: an optimistic-lock version, when the client
 * recorded it (the mobile app may have queued it offline) and when the server received it.
 */
@MappedSuperclass
public abstract class ClientRecordedEntity {

    @Version
    public long version;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Stamps the receive time now, and the client's time if it gave one (not in the future). */
    public void markReceived(OffsetDateTime clientRecordedAt) {
        markReceived(clientRecordedAt, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** As {@link #markReceived(OffsetDateTime)}, received at a time the service's own clock gave. */
    public void markReceived(OffsetDateTime clientRecordedAt, OffsetDateTime serverReceivedAt) {
        receivedAt = serverReceivedAt;
        recordedAt = ClientTime.recordedAt(clientRecordedAt, receivedAt);
    }
}
