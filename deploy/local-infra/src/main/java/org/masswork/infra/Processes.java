package org.masswork.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Small helpers around PIDs, ports and log files. */
final class Processes {

    private static final int FIRST_PICKED_PORT = 20000;
    private static final int LAST_PICKED_PORT = 32000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Processes() {
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A port nothing listens on, drawn below Linux's ephemeral range (32768–60999). A port the kernel picks with
     * {@code new ServerSocket(0)} is an ephemeral one, which the kernel may hand to any outgoing connection before
     * the server that was to bind it starts; below that range only another server can take it. A port handed out
     * is never handed out again by this JVM: a stack picks all its services' ports before any of them binds its own,
     * so a port still unbound would otherwise look free to the next pick (two services of one stack on one port).
     */
    static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PICKED_PORT, LAST_PICKED_PORT + 1);
            if (bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_PICKED_PORT + " and " + LAST_PICKED_PORT);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<Long> readPid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void writePid(Path file, long pid) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The live process with this pid, if its command line contains {@code marker} (guards against reused pids). */
    static Optional<ProcessHandle> liveMatching(long pid, String marker) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().commandLine().or(() -> handle.info().command())
                        .map(line -> line.contains(marker)).orElse(false));
    }

    /** SIGTERM, then SIGKILL when the process has not ended within {@code grace}. */
    static void terminate(ProcessHandle handle, Duration grace) {
        terminateAll(List.of(handle), grace);
    }

    /** SIGTERM to all at once, then SIGKILL to those still running after {@code grace}. */
    static void terminateAll(List<ProcessHandle> handles, Duration grace) {
        handles.forEach(ProcessHandle::destroy);
        awaitAllOrKill(handles, grace);
    }

    /**
     * SIGINT: PostgreSQL's "fast" shutdown. SIGTERM would be its "smart" one, which waits for every
     * client to disconnect. ProcessHandle cannot send SIGINT, hence kill(1).
     */
    static void interrupt(ProcessHandle handle, Duration grace) {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(handle.pid())).start().waitFor();
        } catch (IOException e) {
            handle.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitAllOrKill(List.of(handle), grace);
    }

    private static void awaitAllOrKill(List<ProcessHandle> handles, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : handles) {
            if (!awaitExit(handle, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                handle.destroyForcibly();
                awaitExit(handle, Duration.ofSeconds(5));
            }
        }
    }

    /** Polls rather than using onExit(), which for processes that are not our children reacts only slowly. */
    static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handle.isAlive()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !handle.isAlive();
            }
        }
        return true;
    }

    static String tail(Path logFile, int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log file)";
            }
            List<String> all = Files.readAllLines(logFile, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read log: " + e.getMessage() + ")";
        }
    }

    /** What the process wrote to its log from byte {@code start} on; empty when there is no log. */
    static String logSince(Path logFile, long start) {
        try (var channel = Files.newByteChannel(logFile)) {
            channel.position(Math.min(start, channel.size()));
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The ERROR and exception lines written from byte {@code start} on (at most 20), then the last lines. */
    static String errorsAndTail(Path logFile, long start, int lines) {
        List<String> errors = logSince(logFile, start).lines()
                .filter(line -> line.contains("ERROR") || line.contains("FATAL") || line.contains("Exception:"))
                .limit(20)
                .toList();
        String tail = tail(logFile, lines);
        return errors.isEmpty() ? tail : "errors:\n" + String.join("\n", errors) + "\nlast lines:\n" + tail;
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + root, e);
        }
    }
}
