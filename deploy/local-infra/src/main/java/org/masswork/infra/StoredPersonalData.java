package org.masswork.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the tests of personal data at rest look at beneath a service's API: the raw columns, every text column
 * of its database, and its log ({@code %test.quarkus.log.file.path}, platform defaults).
 */
public final class StoredPersonalData {

    /** The log file of the service under test, relative to its module. */
    public static final Path LOG = Path.of("target/quarkus-test.log");

    private StoredPersonalData() {
    }

    /** The value of one column as stored, by a query returning one row and one column. */
    public static String raw(Connection db, String sql, Object... parameters) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * Every column of every table of the database's {@code public} schema whose type is text of any kind (text,
     * varchar, char, json, jsonb, and domains over them) and that holds one of {@code values} anywhere in it, as
     * {@code table.column}. A column forgotten by the encryption shows up here.
     */
    public static List<String> columnsHolding(Connection db, Collection<String> values) {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                order by 1, 2""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1) + "." + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> holding = new ArrayList<>();
        for (String column : columns) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            String sql = "select count(*) from \"" + table + "\" where strpos(\"" + name + "\"::text, ?) > 0";
            for (String value : values) {
                if (Long.parseLong(raw(db, sql, value)) > 0) {
                    holding.add(column);
                    break;
                }
            }
        }
        return holding;
    }

    /** Where the service's log ends now: pass it to {@link #logSince(long)}. */
    public static long logMark() {
        try {
            return Files.exists(LOG) ? Files.size(LOG) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the service logged after {@code mark}. */
    public static String logSince(long mark) {
        try (FileChannel log = FileChannel.open(LOG, StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.max(0, log.size() - mark));
            log.read(bytes, mark);
            return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOG.toAbsolutePath() + " (%test.quarkus.log.file.*)", e);
        }
    }

    /** A unique name-like value: the prefix and {@code count} random Chinese characters, to be searched for afterwards. */
    public static String randomChinese(String prefix, int count) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return text.toString();
    }

    /** A unique phone-like value: the prefix and {@code count} random digits. */
    public static String randomDigits(String prefix, int count) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            text.append(ThreadLocalRandom.current().nextInt(10));
        }
        return text.toString();
    }
}
