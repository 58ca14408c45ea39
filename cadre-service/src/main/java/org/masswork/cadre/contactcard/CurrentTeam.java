package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.assignment.TeamRole;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;

/** The team a station has today, from the active assignments: what a new card must show. */
@ApplicationScoped
public class CurrentTeam {

    private final AssignmentRepository assignments;
    private final CadreRepository cadres;

    CurrentTeam(AssignmentRepository assignments, CadreRepository cadres) {
        this.assignments = assignments;
        this.cadres = cadres;
    }

    /** The leader first, then by name. */
    public List<TeamMember> of(UUID stationId) {
        return assignments.activeForStation(stationId).stream()
                .map(assignment -> {
                    Cadre cadre = cadres.get(assignment.cadreId);
                    return new TeamMember(cadre.id, cadre.name, cadre.phone, assignment.role == TeamRole.LEADER);
                })
                .sorted(Comparator.comparing(TeamMember::leader).reversed().thenComparing(TeamMember::name)
                        .thenComparing(TeamMember::cadreId))
                .toList();
    }

    /**
     * A fingerprint of who is on the team, who leads and which phones: a card printed with another
     * fingerprint no longer tells the household whom to call.
     */
    public static String signature(List<TeamMember> team) {
        StringBuilder text = new StringBuilder();
        team.stream().sorted(Comparator.comparing(TeamMember::cadreId)).forEach(member -> text
                .append(member.cadreId()).append('|').append(member.name()).append('|').append(member.phone())
                .append('|').append(member.leader() ? "LEADER" : "MEMBER").append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
