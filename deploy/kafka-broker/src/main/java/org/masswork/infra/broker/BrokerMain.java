package org.masswork.infra.broker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs the Kafka broker and halts the JVM once standard input reaches EOF.
 * The launching JVM keeps that pipe open, so the broker cannot outlive it, even when it is SIGKILLed.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: BrokerMain <server.properties>");
            System.exit(2);
        }
        Thread watchdog = new Thread(BrokerMain::haltOnStdinEof, "stdin-eof-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }

    private static void haltOnStdinEof() {
        try (InputStream in = System.in) {
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // Content is irrelevant; only the end of the stream matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone as well.
        }
        // halt, not exit: the parent is gone, a clean shutdown would only leave the broker hanging longer.
        Runtime.getRuntime().halt(0);
    }
}
