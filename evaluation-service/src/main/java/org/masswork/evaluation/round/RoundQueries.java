package org.masswork.evaluation.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The set-based parts of a round: who is evaluated, the draw of representatives, the counts. */
@ApplicationScoped
public class RoundQueries {

    private final EntityManager entityManager;
    private final BallotBox box;

    RoundQueries(EntityManager entityManager, BallotBox box) {
        this.entityManager = entityManager;
        this.box = box;
    }

    /**
     * Puts every cadre stationed in the scope (of the round's county) on the day into the round (one stationing per cadre), but
     * none already evaluated in another round of the half year (moved from a township that had its round).
     */
    public int enrolStationedCadres(EvaluationRound round, LocalDate on) {
        return entityManager.createNativeQuery("""
                        insert into round_cadre (round_id, cadre_id, station_id, village_id, township_id)
                        select distinct on (cadre_id) :round, cadre_id, station_id, village_id, township_id
                          from stationing s
                         where county_id = :county and cadre_id is not null and starts_on <= :on and (ended_on is null or ended_on > :on)
                           and (cast(:township as uuid) is null or township_id = cast(:township as uuid))
                           and not exists (select 1 from round_cadre rc join evaluation_round r on r.id = rc.round_id
                                            where rc.cadre_id = s.cadre_id and r.period = :period)
                         order by cadre_id, starts_on desc""")
                .setParameter("round", round.id).setParameter("county", round.countyId).setParameter("on", on)
                .setParameter("period", round.period)
                .setParameter("township", round.townshipId == null ? null : round.townshipId.toString())
                .executeUpdate();
    }

    /**
     * Draws up to {@code perCadre} households of each cadre's village at random and gives each a fresh code. The
     * draw is the database's, never the cadre's choice. The codes go back to the opener with their households,
     * for printing; only their hashes are stored, with the cadre and never the household.
     */
    public List<IssuedCode> drawRepresentatives(EvaluationRound round, BallotCodeHash hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> drawn = entityManager.createNativeQuery("""
                        select rc.cadre_id, h.household_id
                          from round_cadre rc
                          cross join lateral (select household_id from known_household kh
                                               where kh.county_id = :county and kh.village_id = rc.village_id
                                               order by random() limit :n) h
                         where rc.round_id = :round
                         order by rc.cadre_id""")
                .setParameter("round", round.id).setParameter("county", round.countyId).setParameter("n", round.representativesPerCadre)
                .getResultList();
        List<IssuedCode> codes = new ArrayList<>(drawn.size());
        List<BallotBox.CodeRow> rows = new ArrayList<>(drawn.size());
        for (Object[] row : drawn) {
            IssuedCode code = new IssuedCode((UUID) row[0], (UUID) row[1], BallotCodes.next());
            codes.add(code);
            rows.add(new BallotBox.CodeRow(code.cadreId(), hash.of(round.id, round.keyedCodes, code.code())));
        }
        box.keepCodes(round.id, rows);
        return codes;
    }

    /** Keeps the number of codes issued on the round without a new version of it: the opener reads version 0. */
    public void recordIssued(EvaluationRound round, int codes) {
        entityManager.createNativeQuery("update evaluation_round set ballots_issued = :codes where id = :round")
                .setParameter("codes", codes).setParameter("round", round.id).executeUpdate();
        entityManager.refresh(round);
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

    /** The codes issued are kept on the round (the codes themselves go at the close); the ballots are counted. */
    public RoundView view(EvaluationRound round) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                        select (select count(*) from round_cadre where round_id = :round), b.returned, b.invalid
                          from (select count(*) as returned, count(*) filter (where not valid) as invalid
                                  from %s b) b""".formatted(BallotBox.ballotsOf(":round")))
                .setParameter("round", round.id).getSingleResult();
        return new RoundView(round.id, round.countyId, round.period, round.townshipId, round.status, round.status.displayLabel(),
                number(counts[0]), round.ballotsIssued, number(counts[1]), number(counts[2]),
                round.openedAt, round.closedAt, round.version);
    }

    /** While the round is open: how many valid ballots about the cadre there are, nothing more. */
    public CadreResultsView count(EvaluationRound round, UUID cadreId, int shownFrom) {
        long valid = number(entityManager.createNativeQuery(
                        "select count(*) from %s b where cadre_id = :cadre and valid".formatted(BallotBox.ballotsOf(":round")))
                .setParameter("round", round.id).setParameter("cadre", cadreId).getSingleResult());
        return new CadreResultsView(round.id, cadreId, round.status, valid, shownFrom, false, null, null, null, null, null, null, null);
    }

    /** Once the round is closed: the cadre's figures, from {@code shownFrom} valid ballots on. */
    public CadreResultsView results(EvaluationRound round, UUID cadreId, int shownFrom) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*), count(*) filter (where rating = 'SATISFIED'),
                               count(*) filter (where rating = 'BASICALLY_SATISFIED'), count(*) filter (where rating = 'UNSATISFIED'),
                               avg(attitude), avg(effectiveness), avg(integrity), avg(diligence)
                          from %s b where cadre_id = :cadre and valid""".formatted(BallotBox.ballotsOf(":round")))
                .setParameter("round", round.id).setParameter("cadre", cadreId).getSingleResult();
        long valid = number(row[0]);
        if (valid < shownFrom) {
            return new CadreResultsView(round.id, cadreId, round.status, valid, shownFrom, false, null, null, null, null, null, null, null);
        }
        return new CadreResultsView(round.id, cadreId, round.status, valid, shownFrom, true, number(row[1]), number(row[2]),
                number(row[3]), average(row[4]), average(row[5]), average(row[6]), average(row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double average(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
