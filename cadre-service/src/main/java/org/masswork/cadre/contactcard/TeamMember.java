package org.masswork.cadre.contactcard;

import java.util.UUID;

/** A cadre serving a station today, with what a contact card prints about them. */
public record TeamMember(UUID cadreId, String name, String phone, boolean leader) {
}
