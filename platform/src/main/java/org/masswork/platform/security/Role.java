package org.masswork.platform.security;

/** The role codes of domain.md, and the operators', as they appear in a token's {@code groups} claim. */
public final class Role {

    public static final String CADRE = "CADRE";
    public static final String STATION_LEADER = "STATION_LEADER";
    public static final String TOWNSHIP_OFFICER = "TOWNSHIP_OFFICER";
    public static final String COUNTY_ADMIN = "COUNTY_ADMIN";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String ORG_DEPT = "ORG_DEPT";
    public static final String DECISION_OWNER = "DECISION_OWNER";
    public static final String VILLAGER = "VILLAGER";
    public static final String SYSTEM = "SYSTEM";
    /** Runs the system itself (not a role of the brief): replays parked events. Grants no access to the county's data. */
    public static final String OPERATOR = "OPERATOR";

    private Role() {
    }
}
