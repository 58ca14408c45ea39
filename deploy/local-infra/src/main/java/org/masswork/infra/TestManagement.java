package org.masswork.infra;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the service under test (health, metrics): a port of its own, apart from the API's,
 * free in the tests ({@code quarkus.management.test-port=0}). For rest-assured:
 * {@code given().baseUri(TestManagement.base()).port(TestManagement.port())}.
 */
public final class TestManagement {

    private TestManagement() {
    }

    public static URI url() {
        return URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
    }

    /** Scheme and host, without the port. */
    public static String base() {
        return url().getScheme() + "://" + url().getHost();
    }

    public static int port() {
        return url().getPort();
    }
}
