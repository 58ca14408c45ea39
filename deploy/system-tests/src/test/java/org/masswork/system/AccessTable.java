package org.masswork.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may call each operation with an id in its path, read from {@code scope-matrix.txt}: one line per operation,
 * one cell per role, each cell saying what the role gets at a record of its own scope and at one of another scope.
 */
final class AccessTable {

    /** The roles of domain.md, in the table's column order. */
    static final List<String> ROLES = List.of("COUNTY_ADMIN", "INSPECTOR", "ORG_DEPT", "SYSTEM", "TOWNSHIP_OFFICER",
            "STATION_LEADER", "CADRE", "DECISION_OWNER", "VILLAGER");

    /** What a caller gets. */
    enum Access {
        /** Refused: 401, 403, 404, or 422 {@code cadre-not-serving}. */
        REFUSED('-'),
        /** Answered (or, for a write, let through to the operation's own rules), personal data in full. */
        FULL('A'),
        /** Answered with every personal data field of the row masked. */
        MASKED('M'),
        /** Answered, but with nothing of the record's scope: an empty list. */
        EMPTY('E');

        final char code;

        Access(char code) {
            this.code = code;
        }

        static Access of(char code) {
            return Arrays.stream(values()).filter(access -> access.code == code).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no access '" + code + "'"));
        }
    }

    /** A role's cell: what it gets in its own scope and in another. */
    record Cell(Access own, Access other) {

        static Cell parse(String text) {
            String[] parts = text.split("/");
            if (parts.length > 2 || parts[0].length() != 1 || parts.length == 2 && parts[1].length() != 1) {
                throw new IllegalArgumentException("a cell is one of - A M E, or own/other such as A/-: " + text);
            }
            Access own = Access.of(parts[0].charAt(0));
            return new Cell(own, parts.length == 2 ? Access.of(parts[1].charAt(0)) : own);
        }

        Access in(boolean ownScope) {
            return ownScope ? own : other;
        }
    }

    /**
     * One operation's line. {@code hiddenBy} names the read that decides whether a caller may know the record
     * exists (or is null): whoever it refuses must get, from this operation too, what an unknown id gets.
     * {@code personalData} are the JSON paths of personal data in an answer ({@code [*]} for every element).
     */
    record Row(String service, String operationId, Map<String, Cell> cells, String hiddenBy, List<String> personalData) {

        Access expected(String role, boolean ownScope) {
            return cells.get(role).in(ownScope);
        }
    }

    private AccessTable() {
    }

    /** The rows by operationId. */
    static Map<String, Row> read(String resource) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\\s+");
                if (fields.length != ROLES.size() + 4) {
                    throw new IllegalArgumentException(resource + ":" + number + ": expected service, operation, "
                            + ROLES.size() + " cells, hidden-by and personal data, found " + fields.length + " fields");
                }
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    cells.put(ROLES.get(i), Cell.parse(fields[2 + i]));
                }
                String hiddenBy = fields[ROLES.size() + 2];
                String personal = fields[ROLES.size() + 3];
                Row row = new Row(fields[0], fields[1], cells, "-".equals(hiddenBy) ? null : hiddenBy,
                        "-".equals(personal) ? List.of() : List.of(personal.split(",")));
                if (rows.put(key(row.service(), row.operationId()), row) != null) {
                    throw new IllegalArgumentException(resource + ":" + number + ": " + row.operationId() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.values().stream().filter(row -> row.hiddenBy() != null && !rows.containsKey(key(row.service(), row.hiddenBy()))).findFirst()
                .ifPresent(row -> {
                    throw new IllegalArgumentException(row.operationId() + " is hidden by " + row.hiddenBy() + ", which has no row");
                });
        return rows;
    }

    /** A row's key: operationIds are unique within a service's document (the parked events' are alike in every one). */
    static String key(String service, String operationId) {
        return service + " " + operationId;
    }
}
