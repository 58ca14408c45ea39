package org.masswork.cases.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseQuery;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

/** The lists of overdue and nearly due deadlines, limited to the caller's station, township or county. */
@ApplicationScoped
public class DeadlineQueries {

    private final DeadlineRepository deadlines;
    private final CaseAccess access;

    DeadlineQueries(DeadlineRepository deadlines, CaseAccess access) {
        this.deadlines = deadlines;
        this.access = access;
    }

    @Transactional
    public Page<DeadlineView> overdue(PageQuery page) {
        CaseQuery query = new CaseQuery().and("metAt is null").and("dueAt < :now", "now", now());
        access.restrictCaseRows(query);
        return Page.of(deadlines.search(query), page, DeadlineView::of);
    }

    @Transactional
    public Page<DeadlineView> dueWithin(int days, PageQuery page) {
        OffsetDateTime now = now();
        CaseQuery query = new CaseQuery().and("metAt is null").and("dueAt >= :now", "now", now)
                .and("dueAt < :until", "until", now.plusDays(days));
        access.restrictCaseRows(query);
        return Page.of(deadlines.search(query), page, DeadlineView::of);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
