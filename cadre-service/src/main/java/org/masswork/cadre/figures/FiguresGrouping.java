package org.masswork.cadre.figures;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Labelled;
import org.masswork.platform.language.Text;

/** What one row of a figures report covers: the same codes in every service's figures (README, "Figures"). */
public enum FiguresGrouping implements Labelled {
    /** One row for every county of the province together: province roles only. */
    PROVINCE("全省"),
    /** One row for the county; for province roles, one row per county. */
    COUNTY("全县"),
    TOWNSHIP("乡镇"),
    STATION("工作站"),
    CADRE("干部");

    private final String label;

    FiguresGrouping(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the level is below a county's (its rows are of one county's townships, stations or cadres). */
    public boolean belowCounty() {
        return this == TOWNSHIP || this == STATION || this == CADRE;
    }

    /** This grouping, if the endpoint has that level; otherwise a 400 naming groupBy and the levels it has. */
    public FiguresGrouping requireOneOf(FiguresGrouping... accepted) {
        if (Arrays.asList(accepted).contains(this)) {
            return this;
        }
        String codes = Arrays.stream(accepted).map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidParameter("groupBy", Text.of("须为以下之一：" + codes, "must be one of " + codes));
    }
}
