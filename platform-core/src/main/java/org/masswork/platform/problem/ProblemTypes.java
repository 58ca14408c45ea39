package org.masswork.platform.problem;

/** Problem type URIs; the slug after the prefix names the rule or failure. */
public final class ProblemTypes {

    private static final String PREFIX = "urn:masswork:problem:";

    private ProblemTypes() {
    }

    public static String uri(String code) {
        return PREFIX + code;
    }
}
