package org.masswork.evaluation.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The set-based parts of a round: who is evaluated, the draw of representatives, the counts. */
@ApplicationScoped
public class RoundQueries {

    private final EntityManager entityManager;

    RoundQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Puts every cadre stationed in the scope on the day into the round (one stationing per cadre), but
     * none already evaluated in another round of the half year (moved from a township that had its round).
     */
    public int enrolStationedCadres(EvaluationRound round, LocalDate on) {
        return entityManager.createNativeQuery("""
                        insert into round_cadre (round_id, cadre_id, station_id, village_id, township_id)
                        select distinct on (cadre_id) :round, cadre_id, station_id, village_id, township_id
                          from stationing s
                         where cadre_id is not null and starts_on <= :on and (ended_on is null or ended_on > :on)
                           and (cast(:township as uuid) is null or township_id = cast(:township as uuid))
                           and not exists (select 1 from round_cadre rc join evaluation_round r on r.id = rc.round_id
                                            where rc.cadre_id = s.cadre_id and r.period = :period)
                         order by cadre_id, starts_on desc""")
                .setParameter("round", round.id).setParameter("on", on).setParameter("period", round.period)
                .setParameter("township", round.townshipId == null ? null : round.townshipId.toString())
                .executeUpdate();
    }

    /**
     * Draws up to {@code perCadre} households of each cadre's village at random, gives each a fresh code
     * and stores the codes' hashes. The draw is the database's, never the cadre's choice.
     */
    public List<IssuedCode> drawRepresentatives(UUID roundId, int perCadre) {
        @SuppressWarnings("unchecked")
        List<Object[]> drawn = entityManager.createNativeQuery("""
                        select rc.cadre_id, h.household_id
                          from round_cadre rc
                          cross join lateral (select household_id from known_household kh
                                               where kh.village_id = rc.village_id order by random() limit :n) h
                         where rc.round_id = :round
                         order by rc.cadre_id""")
                .setParameter("round", roundId).setParameter("n", perCadre)
                .getResultList();
        List<IssuedCode> codes = new ArrayList<>(drawn.size());
        for (Object[] row : drawn) {
            codes.add(new IssuedCode((UUID) row[0], (UUID) row[1], BallotCodes.next()));
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ballot_code (code_hash, round_id, cadre_id, household_id) values (?, ?, ?, ?)")) {
                for (IssuedCode code : codes) {
                    insert.setString(1, BallotCodes.hash(code.code()));
                    insert.setObject(2, roundId);
                    insert.setObject(3, code.cadreId());
                    insert.setObject(4, code.householdId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return codes;
    }

    /** Deletes the cadre's unused code if the round is open; false when there is no such code or the round is closed. */
    public boolean spendCode(UUID roundId, UUID cadreId, String codeHash) {
        return entityManager.createNativeQuery("""
                        delete from ballot_code
                         where code_hash = :hash and round_id = :round and cadre_id = :cadre
                           and exists (select 1 from evaluation_round where id = :round and status = 'OPEN')""")
                .setParameter("hash", codeHash).setParameter("round", roundId).setParameter("cadre", cadreId)
                .executeUpdate() == 1;
    }

    public boolean inRound(UUID roundId, UUID cadreId) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from round_cadre where round_id = :round and cadre_id = :cadre")
                .setParameter("round", roundId).setParameter("cadre", cadreId).getSingleResult()).intValue() > 0;
    }

    /** The township a cadre was evaluated in, if the cadre is in the round. */
    @SuppressWarnings("unchecked")
    public List<UUID> townshipOf(UUID roundId, UUID cadreId) {
        return entityManager.createNativeQuery(
                        "select township_id from round_cadre where round_id = :round and cadre_id = :cadre", UUID.class)
                .setParameter("round", roundId).setParameter("cadre", cadreId).getResultList();
    }

    /** Every ballot spent one code, so the codes issued are those left plus the ballots. */
    public RoundView view(EvaluationRound round) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                        select (select count(*) from round_cadre where round_id = :round),
                               (select count(*) from ballot_code where round_id = :round),
                               b.returned, b.invalid
                          from (select count(*) as returned, count(*) filter (where not valid) as invalid
                                  from ballot where round_id = :round) b""")
                .setParameter("round", round.id).getSingleResult();
        return new RoundView(round.id, round.period, round.townshipId, round.status, round.status.label(),
                number(counts[0]), number(counts[1]) + number(counts[2]), number(counts[2]), number(counts[3]),
                round.openedAt, round.closedAt, round.version);
    }

    public CadreResultsView results(UUID roundId, UUID cadreId, int shownFrom) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*), count(*) filter (where rating = 'SATISFIED'),
                               count(*) filter (where rating = 'BASICALLY_SATISFIED'), count(*) filter (where rating = 'UNSATISFIED'),
                               avg(attitude), avg(effectiveness), avg(integrity), avg(diligence)
                          from ballot where round_id = :round and cadre_id = :cadre and valid""")
                .setParameter("round", roundId).setParameter("cadre", cadreId).getSingleResult();
        long valid = number(row[0]);
        if (valid < shownFrom) {
            return new CadreResultsView(roundId, cadreId, valid, shownFrom, false, null, null, null, null, null, null, null);
        }
        return new CadreResultsView(roundId, cadreId, valid, shownFrom, true, number(row[1]), number(row[2]), number(row[3]),
                average(row[4]), average(row[5]), average(row[6]), average(row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double average(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
