package org.masswork.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP peer standing in for the services behind the gateway: it records every request that
 * reaches it and answers by path. Tests read what it saw at {@code GET /_recorded}.
 * <ul>
 * <li>{@code .../slow...}: never answers (the gateway must time out);</li>
 * <li>{@code .../broken...}: closes the connection without an answer, once it has read the request;</li>
 * <li>{@code .../crash-before-body...}: closes the connection as soon as the request's head arrives, its body unread;</li>
 * <li>{@code .../crash-after-head...}: sends the head of a chunked answer, then closes the connection;</li>
 * <li>{@code .../crash-mid-answer...}: sends the head and part of a chunked answer, then closes the connection;</li>
 * <li>{@code POST}: 201 with a {@code Location} built from the X-Forwarded headers, echoing the body;</li>
 * <li>{@code GET} of a figures endpoint or of the visits list: as {@link FiguresAnswers} says;</li>
 * <li>anything else: 200 with what it received, or the status asked for in {@code ?status=}.</li>
 * </ul>
 */
final class Downstream implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final CopyOnWriteArrayList<JsonObject> recorded = new CopyOnWriteArrayList<>();

    Downstream() {
        server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the test downstream did not start", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/_recorded")) {
            request.response().putHeader("Content-Type", "application/json").end(new JsonArray(recorded).encode());
            return;
        }
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (path.contains("/crash-before-body")) {
            // As a SIGKILL while the body is on its way: the connection goes, the body is never read.
            request.connection().close();
            return;
        }
        if (path.contains("/crash-after-head")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/json").putHeader("X-Downstream", "seen")
                    .write(Buffer.buffer());
            vertx.setTimer(100, id -> request.connection().close());
            return;
        }
        if (path.contains("/crash-mid-answer")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/json").write("{\"partial\":");
            vertx.setTimer(100, id -> request.connection().close());
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            // A header sent twice is recorded as both values, comma-separated, so a test sees the duplicate.
            request.headers().names().forEach(name -> headers.put(name.toLowerCase(), String.join(", ", request.headers().getAll(name))));
            JsonObject seen = new JsonObject().put("method", request.method().name()).put("uri", request.uri())
                    .put("headers", headers).put("body", body.toString());
            recorded.add(seen);
            answer(request, seen);
        });
    }

    private static void answer(HttpServerRequest request, JsonObject seen) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("openapi", "3.1.0").put("info", new JsonObject().put("title", "downstream").put("version", "1"))
                    .put("servers", new JsonArray().add(new JsonObject().put("url", "http://internal:8081")))
                    .put("paths", new JsonObject().put("/api/v1/stations", new JsonObject().put("get", new JsonObject()
                            .put("operationId", "listStations")
                            .put("responses", new JsonObject().put("200", new JsonObject().put("description", "The stations"))))))
                    .encode());
        } else if (path.contains("/slow")) {
            return;
        } else if (path.contains("/broken")) {
            request.connection().close();
        } else if (FiguresAnswers.answers(request)) {
            FiguresAnswers.answer(request);
        } else if (request.method().name().equals("POST")) {
            String location = request.getHeader("X-Forwarded-Proto") + "://" + request.getHeader("X-Forwarded-Host") + path + "/42";
            request.response().setStatusCode(201).putHeader("Location", location)
                    .putHeader("Content-Type", "application/json").end(seen.encode());
        } else {
            String status = request.getParam("status");
            request.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json").putHeader("X-Downstream", "seen").end(seen.encode());
        }
    }

    @Override
    public void close() {
        vertx.close();
    }
}
