package org.masswork.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masswork.platform.persistence.InsertBatch.TableRows;
import org.masswork.platform.persistence.InsertBatch.Value;

class InsertBatchStatementsTest {

    @Test
    void shouldJoinTheTablesOfAWriteInOneStatement() {
        List<List<TableRows>> statements = InsertBatch.statements(List.of(table("case_file", 30, 1),
                table("case_timeline", 13, 1), table("outbox_event", 8, 1)));

        assertThat(statements).hasSize(1);
        assertThat(InsertBatch.statement(statements.get(0))).isEqualTo("with w1 as (insert into case_file ("
                + columns(30) + ") values (" + marks(30) + ")), w2 as (insert into case_timeline (" + columns(13)
                + ") values (" + marks(13) + ")) insert into outbox_event (" + columns(8) + ") values (" + marks(8) + ")");
    }

    @Test
    void shouldSplitRowsBeyondWhatOneStatementBindsKeepingTheOrderOfTheTables() {
        // A county's round closing: a result row and an event per cadre, far more values than one statement binds.
        List<List<TableRows>> statements = InsertBatch.statements(List.of(table("cadre_result", 10, 5_000),
                table("outbox_event", 8, 5_000)));

        assertThat(statements).allSatisfy(statement ->
                assertThat(statement.stream().mapToInt(TableRows::values).sum()).isLessThanOrEqualTo(InsertBatch.MAX_VALUES));
        assertThat(statements.stream().flatMap(List::stream).mapToInt(TableRows::values).sum()).isEqualTo(5_000 * 10 + 5_000 * 8);
        List<String> order = statements.stream().flatMap(List::stream).map(TableRows::table).toList();
        assertThat(order.indexOf("outbox_event")).isGreaterThan(order.lastIndexOf("cadre_result"));
    }

    private static TableRows table(String name, int columnCount, int rowCount) {
        List<String> columns = IntStream.range(0, columnCount).mapToObj(i -> "c" + i).toList();
        TableRows table = new TableRows(name, columns);
        List<Value> row = Collections.nCopies(columnCount, new Value(null, null));
        for (int i = 0; i < rowCount; i++) {
            table.add(columns, row);
        }
        return table;
    }

    private static String columns(int count) {
        return String.join(",", IntStream.range(0, count).mapToObj(i -> "c" + i).toList());
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
