package org.masswork.platform.security;

/** Names of the token claims that say where a caller may act. Values are UUID strings. */
public final class ScopeClaims {

    /** The county a caller of a county role works for; province roles have none. */
    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    public static final String STATION = "station";
    public static final String CADRE = "cadre";

    private ScopeClaims() {
    }
}
