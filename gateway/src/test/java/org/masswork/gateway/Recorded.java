package org.masswork.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What reached the {@link Downstream}, read over HTTP. */
final class Recorded {

    private Recorded() {
    }

    /** The requests whose URI contains {@code marker}, in arrival order. */
    static List<Map<String, Object>> requestsWith(String marker) {
        String downstream = ConfigProvider.getConfig().getValue("masswork.gateway.routes.cadre.url", String.class);
        List<Map<String, Object>> all = given().baseUri(downstream).when().get("/_recorded")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(request -> String.valueOf(request.get("uri")).contains(marker)).toList();
    }

    /** The requests that carried {@code token} as their bearer token, in arrival order. */
    static List<Map<String, Object>> requestsBearing(String token) {
        String downstream = ConfigProvider.getConfig().getValue("masswork.gateway.routes.cadre.url", String.class);
        List<Map<String, Object>> all = given().baseUri(downstream).when().get("/_recorded")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(request -> ("Bearer " + token).equals(headers(request).get("authorization"))).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> headers(Map<String, Object> request) {
        return (Map<String, String>) request.get("headers");
    }
}
