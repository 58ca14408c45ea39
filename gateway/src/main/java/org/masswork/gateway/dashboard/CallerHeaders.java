package org.masswork.gateway.dashboard;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The headers of the caller's request that go on to the services: the token, the request id, and the trace context,
 * the gateway's own span's (as the proxy's requests carry it), or the caller's as it came when tracing is off.
 */
record CallerHeaders(Map<String, String> headers) {

    private static final String[] PASSED_ON = {"Authorization", "X-Request-Id"};
    private static final String[] TRACE_CONTEXT = {"traceparent", "tracestate"};

    static CallerHeaders from(Function<String, String> header) {
        Map<String, String> headers = new LinkedHashMap<>();
        passOn(PASSED_ON, header, headers);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        if (!headers.containsKey("traceparent")) {
            passOn(TRACE_CONTEXT, header, headers);
        }
        return new CallerHeaders(headers);
    }

    private static void passOn(String[] names, Function<String, String> header, Map<String, String> headers) {
        for (String name : names) {
            String value = header.apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
    }

    void forEach(BiConsumer<String, String> action) {
        headers.forEach(action);
    }
}
