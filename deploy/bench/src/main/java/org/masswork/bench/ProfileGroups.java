package org.masswork.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A profile's samples grouped by what was working: each stack (collapsed: root first, frames separated by ';', then
 * its count) goes to the group of the frame nearest its leaf that belongs to a known library or part of the JVM, so
 * a socket write under the PostgreSQL driver (JDK and kernel frames at the top) counts for the driver and a HashMap
 * lookup inside Hibernate for Hibernate. Frames of the JDK's general classes, of the kernel and of native helpers are
 * passed over on the way up; a stack with no library frame at all goes to the kernel or runtime group its frames
 * show, else to "other". Samples of GC and JIT compiler threads are known by any of their frames.
 */
final class ProfileGroups {

    /** Kernel and JDK I/O frames, and the runtime's own: a stack goes to them only when no library frame is in it. */
    private static final String KERNEL = "kernel and JDK I/O, no library on the stack";
    private static final String RUNTIME = "class loading, reflection, interpreter runtime";
    /** The groups, tried in this order on each frame; the first whose pattern finds a frame names it. */
    static final Map<String, Pattern> GROUPS = groups();

    private static Map<String, Pattern> groups() {
        Map<String, Pattern> groups = new LinkedHashMap<>();
        groups.put("GC", Pattern.compile("GC|Gen[A-Z]|DefNew|Tenured|MarkSweep|Serial[A-Z]|CardTable|Scavenge|OopClosure|ObjAllocator|MemAllocator|CollectedHeap"));
        groups.put("JIT compiler", Pattern.compile("^(C1|C2|Compile|Compilation|PhaseIdealLoop|Phase[A-Z]|Node::|Matcher|LinearScan|ciEnv|ciMethod|ciObject|CodeBuffer|nmethod|Parse::|GraphBuilder|IR::|LIR)"));
        groups.put("crypto (JWT signatures)", Pattern.compile("^(sun/security|sun\\.security|java/security|java\\.security|javax/crypto|javax\\.crypto|com/sun/crypto|com\\.sun\\.crypto|org/jose4j|org\\.jose4j|io/smallrye/jwt|io\\.smallrye\\.jwt)"));
        groups.put("logging", Pattern.compile("^(org/jboss/logmanager|org\\.jboss\\.logmanager|org/jboss/logging|org\\.jboss\\.logging|java/util/logging|java\\.util\\.logging)"));
        groups.put("JDBC (PostgreSQL driver, Agroal pool)", Pattern.compile("^(org/postgresql|org\\.postgresql|io/agroal|io\\.agroal)"));
        groups.put("Hibernate Validator", Pattern.compile("^(org/hibernate/validator|org\\.hibernate\\.validator)"));
        groups.put("Hibernate ORM", Pattern.compile("^(org/hibernate|org\\.hibernate|io/quarkus/hibernate|io\\.quarkus\\.hibernate)"));
        groups.put("transactions (Narayana)", Pattern.compile("^(com/arjuna|com\\.arjuna|io/narayana|io\\.narayana|org/jboss/narayana|org\\.jboss\\.narayana|io/quarkus/narayana|io\\.quarkus\\.narayana)"));
        groups.put("Jackson (JSON)", Pattern.compile("^(com/fasterxml|com\\.fasterxml)"));
        groups.put("Kafka client", Pattern.compile("^(org/apache/kafka|org\\.apache\\.kafka)"));
        groups.put("metrics (Micrometer)", Pattern.compile("^(io/micrometer|io\\.micrometer|io/quarkus/micrometer|io\\.quarkus\\.micrometer)"));
        groups.put("Vert.x / Netty (HTTP, event loops)", Pattern.compile("^(io/vertx|io\\.vertx|io/netty|io\\.netty|io/quarkus/vertx|io\\.quarkus\\.vertx)"));
        groups.put("REST, CDI, security (RESTEasy, ArC, SmallRye)", Pattern.compile("^(org/jboss/resteasy|org\\.jboss\\.resteasy|io/quarkus|io\\.quarkus|io/smallrye|io\\.smallrye|org/eclipse/microprofile|org\\.eclipse\\.microprofile)"));
        groups.put("application (org.masswork)", Pattern.compile("^(org/masswork|org\\.masswork)"));
        groups.put(KERNEL, Pattern.compile("^(sun/nio|sun\\.nio|java/nio|java\\.nio|java/net|java\\.net|sun/net|sun\\.net|.*_\\[k\\]$|(__)?(libc_)?(send|recv|read|write|epoll|poll|sys_|do_syscall|entry_SYSCALL))"));
        groups.put(RUNTIME, Pattern.compile("^(java/lang/invoke|java\\.lang\\.invoke|java/lang/reflect|java\\.lang\\.reflect|jdk/internal/reflect|jdk\\.internal\\.reflect|SystemDictionary|ClassLoader|LinkResolver|InterpreterRuntime|Reflection)"));
        return groups;
    }

    /** @param samples per group; {@code total} all samples; {@code topFrames} the leaf frames with the most samples */
    record Grouped(String service, long total, Map<String, Long> samples, Map<String, Long> topFrames) {
        double share(String group) {
            return total == 0 ? 0 : 100.0 * samples.getOrDefault(group, 0L) / total;
        }
    }

    static final String OTHER = "other (JDK, interpreter, native)";

    private ProfileGroups() {
    }

    static Grouped read(String service, Path collapsed) {
        Map<String, Long> samples = new LinkedHashMap<>();
        GROUPS.keySet().forEach(group -> samples.put(group, 0L));
        samples.put(OTHER, 0L);
        Map<String, Long> leaves = new TreeMap<>();
        long total = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(collapsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            samples.merge(group(frames), count, Long::sum);
            leaves.merge(frames[frames.length - 1], count, Long::sum);
            total += count;
        }
        Map<String, Long> top = new LinkedHashMap<>();
        leaves.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return new Grouped(service, total, samples, top);
    }

    /** The group of the frame nearest the leaf that has one; a GC or compiler thread is known by any of its frames. */
    static String group(String[] frames) {
        for (String frame : frames) {
            if (GROUPS.get("GC").matcher(frame).find() && !frame.contains("/") && !frame.contains(".")) {
                return "GC";
            }
            if (GROUPS.get("JIT compiler").matcher(frame).find()) {
                return "JIT compiler";
            }
        }
        for (boolean fallback : new boolean[] {false, true}) {
            for (int i = frames.length - 1; i >= 0; i--) {
                for (Map.Entry<String, Pattern> group : GROUPS.entrySet()) {
                    String name = group.getKey();
                    boolean isFallback = name.equals(KERNEL) || name.equals(RUNTIME);
                    if (isFallback == fallback && !name.equals("GC") && !name.equals("JIT compiler")
                            && group.getValue().matcher(frames[i]).find()) {
                        return name;
                    }
                }
            }
        }
        return OTHER;
    }

    /** The group a single frame belongs to, for the list of top frames. */
    static String groupOf(String frame) {
        return group(new String[] {frame});
    }
}
