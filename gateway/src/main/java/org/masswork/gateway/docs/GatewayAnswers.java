package org.masswork.gateway.docs;

import java.util.Map;
import java.util.TreeMap;
import org.masswork.gateway.edge.RateLimiter;
import org.masswork.platform.problem.Problem;

/** What the documents say about the answers the gateway itself gives and the headers it adds. */
final class GatewayAnswers {

    static final String PROBLEM_MEDIA_TYPE = Problem.MEDIA_TYPE;
    static final String RATE_LIMIT = RateLimiter.Quota.HEADER;
    static final String RATE_LIMIT_DESCRIPTION = "Set by the gateway: the client's remaining quota and the seconds until it is "
            + "whole again, e.g. `\"default\";r=42;t=1` (IETF draft-ietf-httpapi-ratelimit-headers)";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_ORIGIN_DESCRIPTION = "Set by the gateway when the request's Origin is one of the allowed web clients";
    static final String RETRY_AFTER = "Retry-After";
    static final String URI_TOO_LONG = "414";
    static final String URI_TOO_LONG_DESCRIPTION = "The path and query string are longer than the gateway accepts";

    /** What the gateway answers on any operation of a service, in the service's place. */
    static final Map<String, String> PROXY_PROBLEMS = new TreeMap<>(Map.of(
            URI_TOO_LONG, URI_TOO_LONG_DESCRIPTION,
            "502", "The service broke off the exchange (the gateway's answer)",
            "504", "The service did not answer within its route's timeout (the gateway's answer)"));

    private GatewayAnswers() {
    }

    static String responseName(String status) {
        return "Problem" + status;
    }

    /** Names the environment, so a test stack's documents are never mistaken for production's. */
    static String serverDescription(String environment) {
        return "The gateway, " + environment + " environment";
    }
}
