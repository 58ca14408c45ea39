package org.masswork.generated.calls;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.masswork.generated.evaluationclient.ApiClient;
import org.masswork.generated.evaluationclient.ApiException;
import org.masswork.generated.evaluationclient.api.WorkFiguresApi;

/**
 * Reads the county's work figures of a period with evaluation-service's generated client (tag "Work figures"): the
 * generator puts the required dates first, then cadreId, groupBy, stationId, townshipId and Accept-Language, all left out.
 */
public final class EvaluationCalls implements Function<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, Object> input) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + input.get("token")));
        try {
            return Map.of("baseUri", client.getBaseUri(), "figures", new WorkFiguresApi(client)
                    .getWorkFigures((LocalDate) input.get("from"), (LocalDate) input.get("to"), null, null, null, null, null, null));
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
