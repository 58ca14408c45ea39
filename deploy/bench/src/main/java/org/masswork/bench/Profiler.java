package org.masswork.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * async-profiler (tools.profiler:async-profiler from Maven Central, on this module's classpath) attached to the
 * running services for a while: CPU samples of every thread, written as collapsed stacks (one line per stack and
 * its count, for {@link ProfileGroups}) and as a flame graph (HTML) under {@code .local/profiles/}. Attaching is
 * what async-profiler's own launcher does: the JDK's attach API loads the agent library into the running JVM.
 * Sampling is {@code cpu} (perf events) where the kernel allows it, else {@code itimer}.
 */
final class Profiler implements AutoCloseable {

    private static final String LIBRARY = "linux-x64/libasyncProfiler.so";
    private static final String INTERVAL = "5ms";

    /** What one profile left behind. */
    record Profile(String service, String event, Path collapsed, Path flameGraph) {
    }

    private final Path directory;
    private final String prefix;
    private final Path library;
    private final Map<String, Long> attached = new LinkedHashMap<>();
    private final Map<String, String> events = new LinkedHashMap<>();

    private Profiler(Path directory, String prefix, Path library) {
        this.directory = directory;
        this.prefix = prefix;
        this.library = library;
    }

    /** Starts sampling each service (pid files in .local/run); a service that refuses is left out and said so. */
    static Profiler start(Path root, String prefix, List<String> services) {
        Path directory = root.resolve(".local/profiles");
        Profiler profiler = new Profiler(directory, prefix, extractLibrary(directory));
        for (String service : services) {
            long pid = Long.parseLong(read(root.resolve(".local/run").resolve(service + ".pid")).trim());
            profiler.startOne(service, pid);
        }
        return profiler;
    }

    private void startOne(String service, long pid) {
        for (String event : new String[] {"cpu", "itimer"}) {
            try {
                command(pid, "start,event=" + event + ",interval=" + INTERVAL);
                attached.put(service, pid);
                events.put(service, event);
                return;
            } catch (IOException | RuntimeException e) {
                System.out.printf("profiler: %s (pid %d) refused event %s: %s%n", service, pid, event, e.getMessage());
            }
        }
    }

    /** Writes each profile and stops sampling. */
    List<Profile> stop() {
        List<Profile> profiles = new ArrayList<>();
        attached.forEach((service, pid) -> {
            Path collapsed = directory.resolve(prefix + "-" + service + ".collapsed.txt");
            Path html = directory.resolve(prefix + "-" + service + ".html");
            try {
                command(pid, "dump,collapsed,file=" + collapsed);
                command(pid, "stop,flamegraph,title=" + service + ",file=" + html);
                profiles.add(new Profile(service, events.get(service), collapsed, html));
            } catch (IOException | RuntimeException e) {
                System.out.printf("profiler: %s (pid %d) wrote no profile: %s%n", service, pid, e.getMessage());
            }
        });
        attached.clear();
        return profiles;
    }

    @Override
    public void close() {
        attached.forEach((service, pid) -> {
            try {
                command(pid, "stop");
            } catch (IOException | RuntimeException e) {
                // Not running any more, or gone: nothing to stop.
            }
        });
        attached.clear();
    }

    private void command(long pid, String arguments) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(String.valueOf(pid));
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("cannot attach: " + e.getMessage(), e);
        }
        try {
            vm.loadAgentPath(library.toString(), arguments);
        } catch (com.sun.tools.attach.AgentLoadException | com.sun.tools.attach.AgentInitializationException e) {
            throw new IOException(arguments + ": " + e.getMessage(), e);
        } finally {
            vm.detach();
        }
    }

    private static Path extractLibrary(Path directory) {
        try (InputStream in = Profiler.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IllegalStateException(LIBRARY + " is not on the classpath: build deploy/bench (tools.profiler:async-profiler)");
            }
            Path target = directory.resolve("lib/libasyncProfiler.so");
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
