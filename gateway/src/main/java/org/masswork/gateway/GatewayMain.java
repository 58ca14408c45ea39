package org.masswork.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway. Quarkus's outermost HTTP handler answers a request whose target {@link java.net.URI} cannot
 * parse (a bad percent-escape such as {@code /api/v1/%zz}) with a bare 400 before any route sees it, unless the
 * system property {@code vertx.disableURIValidation} is set when it is created; the gateway sets it here and checks
 * the target itself (ProxyRoutes), so that answer too is problem+json. The tests set the property in the build.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
