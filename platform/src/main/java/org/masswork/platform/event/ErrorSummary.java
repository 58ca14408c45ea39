package org.masswork.platform.event;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An error told without the data it was about, for logs and for the parked-events list: each cause's class; for
 * a database error its SQLSTATE and constraint; for an unreadable event the field. Messages of the database and of
 * JSON parsing quote the values (a name, a phone), so they are left out; our own exceptions' messages are kept.
 */
public final class ErrorSummary {

    private static final int MAX_LENGTH = 1000;

    private ErrorSummary() {
    }

    public static String of(Throwable error) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = error; t != null && parts.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            parts.add(describe(t));
        }
        String summary = String.join(" <- ", parts);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH);
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        if (t instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            String constraint = server == null ? null : server.getConstraint();
            return name + "[" + psql.getSQLState() + (constraint == null ? "" : " " + constraint) + "]";
        }
        if (t instanceof SQLException sql) {
            return name + "[" + sql.getSQLState() + "]";
        }
        if (t instanceof JsonMappingException mapping) {
            return name + "[" + mapping.getPathReference() + "]";
        }
        if (t instanceof JacksonException) {
            return name;
        }
        if (t.getClass().getName().startsWith("org.masswork.") && t.getMessage() != null) {
            return name + ": " + t.getMessage();
        }
        return name;
    }
}
