package org.masswork.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A deployment behind TLS gives its public URL and environment; the documents then name both. */
class DocumentRewriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAddressTheDocumentToTheConfiguredPublicUrlAndEnvironment() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "servers": [{"url": "http://cadre-service:8080"}],
                 "components": {"responses": {"Problem502": {"description": "the service's own"}}},
                 "paths": {"/api/v1/stations": {"get": {"responses": {"200": {"description": "ok"}}}}}}""");

        DocumentRewrite.apply(document, URI.create("https://api.county.example/"), "production");

        assertThat(document.at("/servers")).hasSize(1);
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("https://api.county.example");
        assertThat(document.at("/servers/0/description").asText()).contains("production");
        assertThat(document.at("/servers/0/x-internal").isBoolean()).isTrue();
        assertThat(document.at("/servers/0/x-internal").booleanValue()).isFalse();
        assertThat(document.at("/paths/~1api~1v1~1stations/get/responses/414/$ref").asText()).isEqualTo("#/components/responses/Problem414");
        // A service's own definition is kept, never silently replaced.
        assertThat(document.at("/components/responses/Problem502/description").asText()).isEqualTo("the service's own");
    }
}
