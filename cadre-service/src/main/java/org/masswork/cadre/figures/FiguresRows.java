package org.masswork.cadre.figures;

import jakarta.persistence.Query;
import java.util.List;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Text;

/** The rows of a figures report: at most {@value #MAX} (more than the county's stations), else narrowed by township. */
public final class FiguresRows {

    public static final int MAX = 2000;

    private FiguresRows() {
    }

    /** The query's rows, read one past the cap so that a grouping giving more is a 400 naming groupBy, not a cut list. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> of(Query query) {
        List<Object[]> rows = query.setMaxResults(MAX + 1).getResultList();
        if (rows.size() > MAX) {
            throw new InvalidParameter("groupBy", Text.of("超过 " + MAX + " 行，请按 townshipId 缩小范围",
                    "gives more than " + MAX + " rows; narrow by townshipId"));
        }
        return rows;
    }
}
