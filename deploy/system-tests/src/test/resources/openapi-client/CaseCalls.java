package org.masswork.generated.calls;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.masswork.generated.caseclient.ApiClient;
import org.masswork.generated.caseclient.ApiException;
import org.masswork.generated.caseclient.api.CasesApi;
import org.masswork.generated.caseclient.model.CaseCategory;
import org.masswork.generated.caseclient.model.CaseChannel;
import org.masswork.generated.caseclient.model.CaseKind;
import org.masswork.generated.caseclient.model.ModelCase;
import org.masswork.generated.caseclient.model.OpenCaseRequest;
import org.masswork.generated.caseclient.model.VillagerInput;

/** Files a case at a station with case-service's generated client and reads it back. */
public final class CaseCalls implements Function<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, Object> input) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + input.get("token")));
        CasesApi cases = new CasesApi(client);
        try {
            ModelCase opened = cases.openCase(new OpenCaseRequest().kind(CaseKind.PROBLEM).channel(CaseChannel.PHONE)
                    .category(CaseCategory.WATER).stationId((UUID) input.get("stationId"))
                    .villager(new VillagerInput().name("张三").phone("13800000000"))
                    .description((String) input.get("description")), "key-" + UUID.randomUUID(), null);
            return Map.of("baseUri", client.getBaseUri(), "opened", opened, "read", cases.getCase(opened.getId(), "en"));
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
