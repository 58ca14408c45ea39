package org.masswork.evaluation.figures;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Labelled;
import org.masswork.platform.language.Text;

/** What one row of the figures covers (the figures convention's {@code groupBy}, the same codes in every service). */
public enum FiguresGrouping implements Labelled {
    /** All the counties of the deployment in one row: province roles only. */
    PROVINCE("全省"),
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

    /** This grouping, if the endpoint has that level; otherwise a 400 naming groupBy and the levels it has. */
    public FiguresGrouping requireOneOf(FiguresGrouping... accepted) {
        if (Arrays.asList(accepted).contains(this)) {
            return this;
        }
        String codes = Arrays.stream(accepted).map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidParameter("groupBy", Text.of("须为以下之一：" + codes, "must be one of " + codes));
    }
}
