package org.masswork.gateway.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The headers of the caller's request that go on to the services: the token, the request id, the trace context. */
record CallerHeaders(Map<String, String> headers) {

    private static final String[] PASSED_ON = {"Authorization", "X-Request-Id", "traceparent", "tracestate"};

    static CallerHeaders from(Function<String, String> header) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : PASSED_ON) {
            String value = header.apply(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new CallerHeaders(headers);
    }

    void forEach(BiConsumer<String, String> action) {
        headers.forEach(action);
    }
}
