package org.masswork.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/** The gateway's management interface (health, metrics): a port of its own, free in the tests. */
final class Management {

    private Management() {
    }

    static String url() {
        return ConfigProvider.getConfig().getValue("test.management.url", String.class);
    }

    /** A request to the management interface. */
    static RequestSpecification request() {
        URI url = URI.create(url());
        return given().baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort());
    }
}
