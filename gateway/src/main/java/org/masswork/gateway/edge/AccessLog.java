package org.masswork.gateway.edge;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;
import org.masswork.gateway.route.GatewayConfig;

/**
 * The access log: one line per exchange, on standard output (or {@code masswork.gateway.access-log-file}).
 * The event loops queue the lines; one background thread writes what is queued every 100 ms in a few large
 * writes, as proxies do (nginx's {@code buffer}, Envoy's flush interval). Through the logging system each line cost
 * a hand-off to its console thread, a printf and a write of its own: about a fifth of the gateway's CPU
 * under load. A process killed outright loses its last 100 ms of lines; a stopping one writes them first.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class);
    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);
    /**
     * Standard output is a pipe in a container, shared with the console log: a write of up to PIPE_BUF (4096)
     * bytes is never interleaved with another writer's, so lines are written in chunks of at most that.
     */
    private static final int ATOMIC_WRITE = 4096;
    /** Lines waiting when the output blocks; past this, new lines are counted, not kept. */
    private static final int MAX_PENDING = 100_000;

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final OutputStream out;
    private final Thread writer;
    private volatile boolean open = true;

    AccessLog(GatewayConfig config) {
        this.out = config.accessLogFile().map(AccessLog::openForAppend).orElseGet(() -> new FileOutputStream(FileDescriptor.out));
        this.writer = new Thread(this::writeEveryInterval, "access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the line of one exchange: {@code <time> <method> <path> <status> <ms>ms client=<client> request=<id>}. */
    public void record(String method, String path, String status, long nanos, String client, String requestId) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        long tenthsOfMs = nanos / 100_000;
        pending.add(new StringBuilder(200).append(Instant.now()).append(' ').append(method).append(' ').append(path)
                .append(' ').append(status).append(' ').append(tenthsOfMs / 10).append('.').append(tenthsOfMs % 10)
                .append("ms client=").append(client).append(" request=").append(requestId).append('\n').toString());
    }

    private void writeEveryInterval() {
        while (open) {
            LockSupport.parkNanos(FLUSH_INTERVAL.toNanos());
            write();
        }
    }

    private synchronized void write() {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(ATOMIC_WRITE);
        try {
            for (String line; (line = pending.poll()) != null; ) {
                pendingCount.decrementAndGet();
                append(chunk, line);
            }
            int lost = dropped.getAndSet(0);
            if (lost > 0) {
                append(chunk, Instant.now() + " access log: " + lost + " lines dropped, the output was blocked\n");
            }
            if (chunk.size() > 0) {
                chunk.writeTo(out);
                out.flush();
            }
        } catch (IOException e) {
            LOG.warnf("access log lines lost: %s", e.getMessage());
        }
    }

    /** Writes what the chunk holds first when the line would take it past one atomic write. */
    private void append(ByteArrayOutputStream chunk, String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (chunk.size() + bytes.length > ATOMIC_WRITE) {
            chunk.writeTo(out);
            chunk.reset();
        }
        chunk.write(bytes, 0, bytes.length);
    }

    @PreDestroy
    void close() {
        open = false;
        LockSupport.unpark(writer);
        write();
    }

    private static OutputStream openForAppend(Path file) {
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the access log " + file, e);
        }
    }
}
