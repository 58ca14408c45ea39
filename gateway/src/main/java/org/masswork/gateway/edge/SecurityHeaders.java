package org.masswork.gateway.edge;

import io.vertx.core.MultiMap;

/** The response headers every answer of the gateway carries (OWASP secure headers). */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(MultiMap headers, boolean data) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        if (data) {
            // Data, never pages: nothing may run in or frame them, and API answers hold personal data.
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        }
    }
}
