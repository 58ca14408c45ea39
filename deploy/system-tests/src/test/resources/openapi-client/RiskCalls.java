package org.masswork.generated.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.masswork.generated.riskclient.ApiClient;
import org.masswork.generated.riskclient.ApiException;
import org.masswork.generated.riskclient.api.MattersApi;
import org.masswork.generated.riskclient.model.Matter;
import org.masswork.generated.riskclient.model.MatterKind;
import org.masswork.generated.riskclient.model.RegisterMatterRequest;

/** Proposes a matter affecting a village with risk-assessment-service's generated client and reads it back. */
public final class RiskCalls implements Function<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, Object> input) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + input.get("token")));
        MattersApi matters = new MattersApi(client);
        try {
            Matter registered = matters.registerMatter(new RegisterMatterRequest().kind(MatterKind.CONSTRUCTION_PROJECT)
                    .title((String) input.get("title")).villageIds(List.of((UUID) input.get("villageId")))
                    .householdsAffected(120).plannedDecisionOn(LocalDate.now().plusMonths(2)), "key-" + UUID.randomUUID(), null);
            return Map.of("baseUri", client.getBaseUri(), "registered", registered, "read", matters.getMatter(registered.getId(), null));
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
