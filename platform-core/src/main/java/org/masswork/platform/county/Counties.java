package org.masswork.platform.county;

import java.util.UUID;

/**
 * The counties one deployment serves (a province). Data from before counties existed belongs to the default county:
 * every service's migration writes its id, and an event written before the {@code countyid} attribute is read as its.
 */
public final class Counties {

    /** The county every single-county row and event migrates into. */
    public static final UUID DEFAULT_ID = UUID.fromString("8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa");

    private Counties() {
    }
}
