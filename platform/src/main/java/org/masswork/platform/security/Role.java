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
    /** The province's mass-work department: registers counties, reads figures across them, writes nothing of a county's. */
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    /** The province's inspectors: read figures across the counties, nothing else. */
    public static final String PROVINCE_INSPECTOR = "PROVINCE_INSPECTOR";
    /** Runs the system itself (not a role of the brief): replays parked events. Grants no access to the county's data. */
    public static final String OPERATOR = "OPERATOR";

    private Role() {
    }
}
