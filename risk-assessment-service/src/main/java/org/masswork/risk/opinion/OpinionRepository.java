package org.masswork.risk.opinion;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OpinionRepository implements PanacheRepositoryBase<OpinionMeeting, UUID> {

    public PanacheQuery<OpinionMeeting> ofMatter(UUID matterId) {
        return find("matterId", Sort.by("heldOn").and("id"), matterId);
    }

    public OpinionTotals totals(UUID matterId) {
        Object[] meetings = (Object[]) getEntityManager().createNativeQuery("""
                        select coalesce(sum(o.count) filter (where o.stance = 'SUPPORT'), 0),
                               coalesce(sum(o.count) filter (where o.stance = 'OPPOSE'), 0),
                               coalesce(sum(o.count) filter (where o.stance = 'SUPPORT_WITH_CONDITIONS'), 0),
                               coalesce(sum(o.count) filter (where o.stance = 'NOT_UNDERSTOOD'), 0)
                        from meeting_opinion o join opinion_meeting m on m.id = o.meeting_id
                        where m.matter_id = :matter""")
                .setParameter("matter", matterId).getSingleResult();
        Object[] surveys = (Object[]) getEntityManager().createNativeQuery("""
                        select coalesce(sum(support), 0), coalesce(sum(oppose), 0), coalesce(sum(support_with_conditions), 0),
                               coalesce(sum(not_understood), 0)
                        from village_survey where matter_id = :matter""")
                .setParameter("matter", matterId).getSingleResult();
        return new OpinionTotals(sum(meetings[0], surveys[0]), sum(meetings[1], surveys[1]), sum(meetings[2], surveys[2]),
                sum(meetings[3], surveys[3]));
    }

    private static long sum(Object a, Object b) {
        return ((Number) a).longValue() + ((Number) b).longValue();
    }
}
