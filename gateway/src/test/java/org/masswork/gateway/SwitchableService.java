package org.masswork.gateway;

import static io.restassured.RestAssured.given;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service that can be taken down and brought back on the same port, counting every connection made to it, so
 * a test can prove that the gateway did not even try to connect. Down, it closes each connection as soon as it
 * has accepted it (the gateway sees the exchange broken off); up, it answers 200 with what it received, or the
 * status asked for in {@code ?status=}. It starts down. Tests switch it over HTTP on a port of its own
 * ({@link Control}).
 */
final class SwitchableService implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicBoolean down = new AtomicBoolean(true);
    private final AtomicInteger connections = new AtomicInteger();
    private final HttpServer service;
    private final HttpServer control;

    SwitchableService() {
        service = vertx.createHttpServer()
                .connectionHandler(connection -> {
                    connections.incrementAndGet();
                    if (down.get()) {
                        connection.close();
                    }
                })
                .requestHandler(SwitchableService::answer);
        control = vertx.createHttpServer().requestHandler(this::control);
        try {
            service.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            control.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the switchable service did not start", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + service.actualPort();
    }

    String controlUrl() {
        return "http://127.0.0.1:" + control.actualPort();
    }

    private static void answer(HttpServerRequest request) {
        String status = request.getParam("status");
        request.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("service", "switchable").put("uri", request.uri()).encode());
    }

    private void control(HttpServerRequest request) {
        switch (request.path()) {
            case "/down" -> down.set(true);
            case "/up" -> down.set(false);
            default -> {
            }
        }
        request.response().end(String.valueOf(connections.get()));
    }

    @Override
    public void close() {
        vertx.close();
    }

    /** The service's switch and connection count, from a test. */
    record Control(String url) {

        void down() {
            given().baseUri(url).when().post("/down").then().statusCode(200);
        }

        void up() {
            given().baseUri(url).when().post("/up").then().statusCode(200);
        }

        /** Connections the service has accepted since it started. */
        int connections() {
            return Integer.parseInt(given().baseUri(url).when().get("/connections").then().statusCode(200).extract().asString());
        }
    }
}
