package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Map;

/** The four services' OpenAPI documents as the gateway serves them, and the database each service owns. */
final class ServiceDocuments {

    /** By the gateway's name of a service's document: the service's own database. */
    static final Map<String, String> DATABASES = Map.of("cadre", "cadre", "case", "cases", "evaluation", "evaluation",
            "risk", "risk");

    private ServiceDocuments() {
    }

    /** The document of a service ({@code cadre}, {@code case}, ...), parsed with its references resolved. */
    static OpenAPI read(String gateway, String service) {
        String json = Http.get(gateway + "/openapi/" + service, null).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getOpenAPI()).as("%s's document: %s", service, result.getMessages()).isNotNull();
        return result.getOpenAPI();
    }
}
