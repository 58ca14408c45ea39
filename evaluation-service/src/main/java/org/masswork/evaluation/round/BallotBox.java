package org.masswork.evaluation.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Where a round's codes and ballots are kept, and how nothing of them is left to link a ballot to anyone.
 * <p>
 * While the round is open, its codes and ballots are in partitions of their own ({@code ballot_code_<round>},
 * {@code ballot_<round>}), created when it opens. A ballot's transaction deletes its code and inserts the ballot,
 * so the ballot's xmin is the xmax of a dead code tuple and orders it among other rows: unavoidable while one
 * transaction both spends the code and counts the ballot. The code rows name no household, and their hashes are
 * keyed ({@link BallotCodeHash}).
 * <p>
 * Once the round is closed, {@link #seal} copies its ballots in random order into {@code counted_ballot} and
 * drops both partitions in one transaction that writes nothing else: their files, with every version of every
 * code and ballot row, go with them, and every counted ballot of the round has the seal's xmin. No vacuum is
 * needed (a vacuum could not remove versions some open snapshot still sees; a dropped file has none).
 */
@ApplicationScoped
public class BallotBox {

    private static final String COLUMNS = "round_id, cadre_id, valid, rating, attitude, effectiveness, integrity, diligence, comment";

    private final EntityManager entityManager;
    private final RoundGate gate;

    BallotBox(EntityManager entityManager, RoundGate gate) {
        this.entityManager = entityManager;
        this.gate = gate;
    }

    /** The round's own partitions, in the opening's transaction; codes first, the order every ballot takes them in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare(UUID roundId) {
        execute("create table %s partition of ballot_code for values in ('%s')".formatted(codePartition(roundId), roundId));
        execute("create table %s partition of ballot for values in ('%s')".formatted(ballotPartition(roundId), roundId));
    }

    /** Stores the hashes of the round's codes: the round, the cadre, the hash; never the household. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepCodes(UUID roundId, List<CodeRow> codes) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ballot_code (code_hash, round_id, cadre_id) values (?, ?, ?)")) {
                for (CodeRow code : codes) {
                    insert.setString(1, code.hash());
                    insert.setObject(2, roundId);
                    insert.setObject(3, code.cadreId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Deletes the cadre's unused code if the round is open; false when there is no such code or the round is closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean spend(UUID roundId, UUID cadreId, String codeHash) {
        return entityManager.createNativeQuery("""
                        delete from ballot_code
                         where round_id = :round and code_hash = :hash and cadre_id = :cadre
                           and exists (select 1 from evaluation_round where id = :round and status = 'OPEN')""")
                .setParameter("hash", codeHash).setParameter("round", roundId).setParameter("cadre", cadreId)
                .executeUpdate() == 1;
    }

    /** Inserts a ballot, valid with its marks or spoiled without them: no id, no time, no code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void drop(UUID roundId, UUID cadreId, CastBallotRequest marks) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ballot (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, roundId);
                insert.setObject(2, cadreId);
                insert.setBoolean(3, marks != null);
                insert.setString(4, marks == null ? null : marks.rating().name());
                Integer[] scores = marks == null ? new Integer[4]
                        : new Integer[] {marks.attitude(), marks.effectiveness(), marks.integrity(), marks.diligence()};
                for (int i = 0; i < scores.length; i++) {
                    if (scores[i] == null) {
                        insert.setNull(5 + i, Types.SMALLINT);
                    } else {
                        insert.setShort(5 + i, scores[i].shortValue());
                    }
                }
                String comment = marks == null || marks.comment() == null || marks.comment().isBlank() ? null : marks.comment().strip();
                insert.setString(9, comment);
                insert.executeUpdate();
            }
        });
    }

    /**
     * Seals a closed round, in a transaction of its own that writes nothing but the counted ballots: they are
     * copied in random order (no physical order follows the casting's), then the code and ballot partitions are
     * dropped, codes first as every ballot locks them. Returns the ballots counted; 0 when already sealed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int seal(UUID roundId) {
        gate.enterExclusive(roundId);
        List<?> status = entityManager.createNativeQuery("select status from evaluation_round where id = :round")
                .setParameter("round", roundId).getResultList();
        if (!status.equals(List.of(RoundStatus.CLOSED.name()))) {
            throw new IllegalStateException("round " + roundId + " is not closed: its ballots cannot be sealed");
        }
        int counted = 0;
        if (exists(ballotPartition(roundId))) {
            counted = execute("insert into counted_ballot (" + COLUMNS + ") select " + COLUMNS + " from "
                    + ballotPartition(roundId) + " order by random()");
        }
        execute("drop table if exists " + codePartition(roundId));
        execute("drop table if exists " + ballotPartition(roundId));
        return counted;
    }

    /** Closed rounds whose partitions are still there: a seal that failed or was cut short by a crash. */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<UUID> unsealed() {
        return entityManager.createNativeQuery("""
                        select r.id from evaluation_round r
                         where r.status = 'CLOSED'
                           and exists (select 1 from pg_inherits i join pg_class c on c.oid = i.inhrelid
                                        where i.inhparent in (cast('ballot' as regclass), cast('ballot_code' as regclass))
                                          and c.relname in ('ballot_' || replace(cast(r.id as text), '-', ''),
                                                            'ballot_code_' || replace(cast(r.id as text), '-', '')))""", UUID.class)
                .getResultList();
    }

    /** The ballots of a round, open or closed, sealed or not; for counts and figures. */
    public static String ballotsOf(String roundParameter) {
        return "(select " + COLUMNS + " from ballot where round_id = " + roundParameter
                + " union all select " + COLUMNS + " from counted_ballot where round_id = " + roundParameter + ")";
    }

    static String codePartition(UUID roundId) {
        return "ballot_code_" + roundId.toString().replace("-", "");
    }

    static String ballotPartition(UUID roundId) {
        return "ballot_" + roundId.toString().replace("-", "");
    }

    private boolean exists(String table) {
        return entityManager.createNativeQuery("select to_regclass(:name) is not null").setParameter("name", table)
                .getSingleResult().equals(Boolean.TRUE);
    }

    private int execute(String sql) {
        return entityManager.createNativeQuery(sql).executeUpdate();
    }

    /** A code's hash and its cadre, to store. */
    public record CodeRow(UUID cadreId, String hash) {
    }
}
