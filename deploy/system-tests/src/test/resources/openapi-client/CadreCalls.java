package org.masswork.generated.calls;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.masswork.generated.cadreclient.ApiClient;
import org.masswork.generated.cadreclient.ApiException;
import org.masswork.generated.cadreclient.api.StationsApi;
import org.masswork.generated.cadreclient.api.TownshipsApi;
import org.masswork.generated.cadreclient.api.VillagesApi;
import org.masswork.generated.cadreclient.model.RegisterStationRequest;
import org.masswork.generated.cadreclient.model.RegisterTownshipRequest;
import org.masswork.generated.cadreclient.model.RegisterVillageRequest;
import org.masswork.generated.cadreclient.model.Station;
import org.masswork.generated.cadreclient.model.Township;
import org.masswork.generated.cadreclient.model.Village;
import org.masswork.generated.cadreclient.model.VillageKind;
import org.masswork.generated.cadreclient.model.VillageType;

/** Registers a township, a village and its station with cadre-service's generated client, and reads the station back. */
public final class CadreCalls implements Function<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> apply(Map<String, Object> input) {
        ApiClient client = new ApiClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + input.get("token")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try {
            Township township = new TownshipsApi(client).registerTownship(
                    new RegisterTownshipRequest().code("T-" + suffix).name("城关镇"), "key-" + UUID.randomUUID(), null);
            Village village = new VillagesApi(client).registerVillage(new RegisterVillageRequest().townshipId(township.getId())
                    .code("V-" + suffix).name("东沟村").kind(VillageKind.VILLAGE).type(VillageType.POOR), "key-" + UUID.randomUUID(), null);
            StationsApi stations = new StationsApi(client);
            Station registered = stations.registerStation(
                    new RegisterStationRequest().villageId(village.getId()).name("东沟村群众工作站"), "key-" + UUID.randomUUID(), null);
            return Map.of("baseUri", client.getBaseUri(), "township", township, "village", village,
                    "registered", registered, "read", stations.getStation(registered.getId(), null));
        } catch (ApiException e) {
            throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
