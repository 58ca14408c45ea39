package org.masswork.platform.paging;

import jakarta.persistence.Query;
import java.util.List;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Text;

/**
 * The rows of a figures report (docs/architecture.md, "Figures endpoints"): at most {@value #MAX}, more than a county's
 * stations. A grouping that gives more is a 400 naming {@code groupBy} (narrow by township), never a cut list.
 */
public final class FiguresRows {

    public static final int MAX = 2000;

    private FiguresRows() {
    }

    /** The query's rows, read one past the cap so that too many are told apart from exactly the cap. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> of(Query query) {
        return capped(query.setMaxResults(MAX + 1).getResultList());
    }

    public static <T> List<T> capped(List<T> rows) {
        if (rows.size() > MAX) {
            throw new InvalidParameter("groupBy", Text.of("超过 %d 行，请用 townshipId 缩小范围".formatted(MAX),
                    "more than %d rows: narrow by townshipId".formatted(MAX)));
        }
        return rows;
    }
}
