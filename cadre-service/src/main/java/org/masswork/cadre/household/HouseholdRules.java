package org.masswork.cadre.household;

final class HouseholdRules {

    static final String PHONE_PATTERN = "^[0-9+\\- ]{5,20}$";
    static final int MAX_MEMBERS = 30;

    private HouseholdRules() {
    }
}
