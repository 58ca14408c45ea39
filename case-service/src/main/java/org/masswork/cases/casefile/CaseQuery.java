package org.masswork.cases.casefile;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** The conditions of a case search, built one filter at a time; a filter left empty matches all. */
public final class CaseQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public CaseQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    public CaseQuery and(String condition) {
        conditions.add(condition);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
