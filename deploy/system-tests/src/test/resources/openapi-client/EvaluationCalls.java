package org.masswork.generated.calls;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.masswork.generated.evaluationclient.ApiClient;
import org.masswork.generated.evaluationclient.ApiException;
import org.masswork.generated.evaluationclient.api.ObjectiveFiguresApi;

/** Reads a station team's figures of a month with evaluation-service's generated client. */
public final class EvaluationCalls implements Function<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, Object> input) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + input.get("token")));
        try {
            return Map.of("baseUri", client.getBaseUri(), "figures", new ObjectiveFiguresApi(client)
                    .getStationFigures((UUID) input.get("stationId"), (String) input.get("month"), null));
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
