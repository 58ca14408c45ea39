package org.masswork.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * The new rows of a write sent to PostgreSQL in one statement (one round trip) instead of one per table: each table's
 * rows become one multi-row {@code INSERT}, and several tables are joined as data-modifying CTEs
 * ({@code with w1 as (insert ...) insert ...}). Foreign keys and triggers are checked at the end of that statement, so
 * the order of the tables does not matter. Rows are taken from the entities' own mapping (columns, converters,
 * encryption) and their element collections, so an entity is stored exactly as {@code persist} would store it.
 * <p>
 * The rows are written by {@link #flush()}, or at the latest right after Hibernate's own flush before the commit.
 * They are not managed by the session: read them back only after {@link #flush()}, and never persist an entity that
 * refers to one of them before it. A broken constraint fails the transaction like any other write (at the commit if
 * not flushed before), with the constraint's name for {@code ProblemMapper}.
 */
@ApplicationScoped
public class InsertBatch {

    private static final Object PENDING = InsertBatch.class;
    /** PostgreSQL binds at most 65,535 parameters to one statement. */
    static final int MAX_VALUES = 30_000;

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;

    InsertBatch(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Adds a new entity (its id assigned, or left null for a generated key) to this transaction's batch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Object entity) {
        pending().add(entity);
    }

    /** Writes the rows added so far in this transaction, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        write(pending(), session());
    }

    private List<Object> pending() {
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) transactions.getResource(PENDING);
        if (rows == null) {
            List<Object> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            session().getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> write(created, session));
            rows = created;
        }
        return rows;
    }

    private SharedSessionContractImplementor session() {
        return entityManager.unwrap(SharedSessionContractImplementor.class);
    }

    private static void write(List<Object> entities, SharedSessionContractImplementor session) {
        if (entities.isEmpty()) {
            return;
        }
        Map<String, TableRows> tables = new LinkedHashMap<>();
        for (Object entity : entities) {
            rowsOf(entity, session, tables);
        }
        entities.clear();
        for (List<TableRows> statement : statements(tables.values())) {
            execute(statement, session);
        }
    }

    /**
     * One statement, unless the rows hold more values than PostgreSQL binds in one (a round's closing announces a
     * county's results): then several, the tables in the order their first rows were added (parents first).
     */
    static List<List<TableRows>> statements(Collection<TableRows> tables) {
        List<List<TableRows>> statements = new ArrayList<>();
        List<TableRows> current = new ArrayList<>();
        int values = 0;
        for (TableRows table : tables) {
            for (TableRows part : table.split(MAX_VALUES)) {
                if (values + part.values() > MAX_VALUES && !current.isEmpty()) {
                    statements.add(current);
                    current = new ArrayList<>();
                    values = 0;
                }
                current.add(part);
                values += part.values();
            }
        }
        statements.add(current);
        return statements;
    }

    private static void execute(List<TableRows> tables, SharedSessionContractImplementor session) {
        String sql = statement(tables);
        // Through Hibernate's own JDBC coordinator: logged, inspected and released as its statements are.
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement insert = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            int index = 1;
            for (TableRows table : tables) {
                for (List<Value> row : table.rows) {
                    for (Value value : row) {
                        value.bind(insert, index++, session);
                    }
                }
            }
            jdbc.getResultSetReturn().executeUpdate(insert, sql);
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "could not insert a batch", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(insert);
            jdbc.afterStatementExecution();
        }
    }

    private static void rowsOf(Object entity, SharedSessionContractImplementor session, Map<String, TableRows> tables) {
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity.getClass());
        Object id = persister.getIdentifier(entity, session);
        List<String> columns = new ArrayList<>();
        List<Value> row = new ArrayList<>();
        if (id != null) {
            persister.getIdentifierMapping().breakDownJdbcValues(id, 0, columns, row, InsertBatch::collect, session);
        }
        List<PluralAttributeMapping> collections = new ArrayList<>();
        for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
            AttributeMapping attribute = persister.getAttributeMapping(i);
            if (attribute.isPluralAttributeMapping()) {
                collections.add(attribute.asPluralAttributeMapping());
            } else {
                attribute.breakDownJdbcValues(attribute.getValue(entity), 0, columns, row, InsertBatch::collect, session);
            }
        }
        tables.computeIfAbsent(persister.getTableName(), table -> new TableRows(table, columns)).add(columns, row);
        for (PluralAttributeMapping collection : collections) {
            collectionRows(collection, id, collection.getValue(entity), session, tables);
        }
    }

    private static void collectionRows(PluralAttributeMapping collection, Object ownerId, Object elements,
                                       SharedSessionContractImplementor session, Map<String, TableRows> tables) {
        if (collection.getIndexDescriptor() != null || collection.getSeparateCollectionTable() == null) {
            throw new IllegalArgumentException(collection.getNavigableRole() + ": only unindexed element collections");
        }
        if (elements == null) {
            return;
        }
        for (Object element : (Iterable<?>) elements) {
            List<String> columns = new ArrayList<>();
            List<Value> row = new ArrayList<>();
            collection.getKeyDescriptor().getKeyPart().breakDownJdbcValues(ownerId, 0, columns, row, InsertBatch::collect, session);
            collection.getElementDescriptor().breakDownJdbcValues(element, 0, columns, row, InsertBatch::collect, session);
            tables.computeIfAbsent(collection.getSeparateCollectionTable(), table -> new TableRows(table, columns))
                    .add(columns, row);
        }
    }

    private static void collect(int index, List<String> columns, List<Value> row, Object value, SelectableMapping column) {
        if (column.isInsertable() && !column.isFormula()) {
            columns.add(column.getSelectionExpression());
            row.add(new Value(value, column));
        }
    }

    /** {@code insert into a ...} alone, or {@code with w1 as (insert into a ...), ... insert into z ...}. */
    static String statement(List<TableRows> tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables.size() - 1; i++) {
            sql.append(i == 0 ? "with " : ", ").append('w').append(i + 1).append(" as (").append(tables.get(i).insert()).append(')');
        }
        return sql.append(sql.isEmpty() ? "" : " ").append(tables.get(tables.size() - 1).insert()).toString();
    }

    /** A column's value as the mapping breaks it down: already converted (an encrypted name is ciphertext here). */
    record Value(Object relational, SelectableMapping column) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        void bind(PreparedStatement statement, int index, SharedSessionContractImplementor session) throws SQLException {
            ((ValueBinder) column.getJdbcMapping().getJdbcValueBinder()).bind(statement, relational, index, session);
        }
    }

    static final class TableRows {
        private final String table;
        private final List<String> columns;
        private final List<List<Value>> rows;

        TableRows(String table, List<String> columns) {
            this(table, columns, new ArrayList<>());
        }

        private TableRows(String table, List<String> columns, List<List<Value>> rows) {
            this.table = table;
            this.columns = List.copyOf(columns);
            this.rows = rows;
        }

        int values() {
            return rows.size() * columns.size();
        }

        String table() {
            return table;
        }

        /** These rows in parts of at most {@code maxValues} values each. */
        List<TableRows> split(int maxValues) {
            int rowsPerPart = Math.max(1, maxValues / Math.max(1, columns.size()));
            List<TableRows> parts = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += rowsPerPart) {
                parts.add(new TableRows(table, columns, rows.subList(from, Math.min(rows.size(), from + rowsPerPart))));
            }
            return parts;
        }

        void add(List<String> rowColumns, List<Value> row) {
            if (!columns.equals(rowColumns)) {
                // e.g. one row with a generated key and one with an assigned key: not one multi-row insert.
                throw new IllegalArgumentException(table + ": rows of one batch must have the same columns");
            }
            rows.add(row);
        }

        String insert() {
            String placeholders = "(" + String.join(",", columns.stream().map(c -> "?").toList()) + ")";
            return "insert into " + table + " (" + String.join(",", columns) + ") values "
                    + String.join(",", rows.stream().map(r -> placeholders).toList());
        }
    }
}
