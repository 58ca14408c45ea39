package org.masswork.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Ends every operation's description with the roles that may call it, so a client learns before its 403 who may.
 * The roles are those the framework read from the resource method's {@code @RolesAllowed}, {@code @Authenticated}
 * or {@code @PermitAll} (its security requirement, whose scopes are the roles): written from the code, they cannot
 * drift from it. A description says in its own words what the caller's scope (township, station, department) narrows.
 * One that already ends with its roles keeps them: the framework does not see the roles of a method a resource
 * inherits (the parked events), so those say them themselves, and each service's OpenApiDocumentTest holds every
 * roles sentence to the resource method's annotations.
 */
final class OperationRoles {

    static final String PREFIX = "Roles: ";
    static final String ANY = "any signed-in caller";
    static final String NONE = "none, no token needed";

    private OperationRoles() {
    }

    /** Appends "Roles: …." to the description; {@code requirements} is the framework's for the operation, or null. */
    static void describe(Operation operation, List<SecurityRequirement> requirements, String frameworkScheme) {
        String description = operation.getDescription();
        if (description != null && description.contains(PREFIX)) {
            return;
        }
        String sentence = PREFIX + roles(requirements, frameworkScheme) + ".";
        operation.setDescription(description == null || description.isBlank() ? sentence : description.strip() + "\n\n" + sentence);
    }

    private static String roles(List<SecurityRequirement> requirements, String frameworkScheme) {
        if (requirements == null) {
            return NONE;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            Map<String, List<String>> schemes = requirement.getSchemes();
            if (schemes != null && schemes.get(frameworkScheme) != null) {
                roles.addAll(schemes.get(frameworkScheme));
            }
        }
        return roles.isEmpty() ? ANY : String.join(", ", roles);
    }
}
