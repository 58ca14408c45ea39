package org.masswork.gateway.route;

import io.vertx.core.Context;
import io.vertx.core.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A service's HTTP clients, one per event loop. Vert.x's connection pool hands an idle connection to any
 * caller, whichever event loop the connection lives on; a request read on one loop then went out on a
 * connection of another, and the exchange crossed threads both ways (in a profile under load, about a fifth
 * of the gateway's CPU went to those hand-offs and the wake-ups they cost). With a client per loop, each
 * exchange stays on the thread that read the request. The pool size applies to each loop's client.
 */
final class EventLoopClients {

    private final Supplier<HttpClient> factory;
    private final Map<Thread, HttpClient> perLoop = new ConcurrentHashMap<>();
    private final HttpClient shared;

    EventLoopClients(Supplier<HttpClient> factory) {
        this.factory = factory;
        this.shared = factory.get();
    }

    /** The client of the calling event loop; off an event loop, one client shared by the other threads. */
    HttpClient current() {
        return Context.isOnEventLoopThread() ? perLoop.computeIfAbsent(Thread.currentThread(), thread -> factory.get()) : shared;
    }

    HttpClient shared() {
        return shared;
    }
}
