package org.masswork.cases.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.security.CallerScope;

/** The county report's figures, computed from the cases in one query. */
@ApplicationScoped
public class FiguresService {

    private static final String FIGURES = """
            select %s,
                   count(*),
                   count(*) filter (where c.kind = 'OPINION'),
                   count(*) filter (where c.kind = 'PROBLEM' and c.status in ('RESOLVED', 'CLOSED')),
                   count(*) filter (where c.kind = 'DISPUTE' and c.status in ('RESOLVED', 'CLOSED')),
                   count(*) filter (where c.kind = 'ERRAND'),
                   count(*) filter (where c.kind = 'PETITION'),
                   count(*) filter (where p.outcome = 'ENDED_SATISFIED'),
                   count(*) filter (where c.status = 'CLOSED'),
                   count(*) filter (where c.status = 'CLOSED' and c.closed_at_level = 'STATION'),
                   count(*) filter (where c.on_time),
                   count(c.on_time),
                   count(*) filter (where c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
                   count(c.satisfaction),
                   avg(extract(epoch from c.closed_at - c.recorded_at) / 86400.0) filter (where c.status = 'CLOSED')
            from case_file c left join petition p on p.case_id = c.id
            where c.recorded_at >= :from and c.recorded_at < :to
              and (cast(:township as uuid) is null or c.township_id = :township)
              and (cast(:station as uuid) is null or c.station_id = :station)
            %s
            """;

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final CallerScope caller;

    FiguresService(EntityManager entityManager, CaseAccess access, CallerScope caller) {
        this.entityManager = entityManager;
        this.access = access;
        this.caller = caller;
    }

    @Transactional
    public FiguresReport figures(OffsetDateTime from, OffsetDateTime to, UUID townshipId, UUID stationId, FiguresGrouping groupBy) {
        if (!from.isBefore(to)) {
            throw new InvalidInputProblem("to", "must be after from");
        }
        boolean countyWide = caller.isCountyWide();
        if (!countyWide && access.township().isEmpty() && access.station().isEmpty()) {
            throw new ForbiddenException();
        }
        UUID township = countyWide ? townshipId : within(townshipId, access.township());
        UUID station = countyWide ? stationId : within(stationId, access.station());
        String[] grouping = switch (groupBy) {
            case COUNTY -> new String[] {"cast(null as uuid), cast(null as uuid)", ""};
            case TOWNSHIP -> new String[] {"c.township_id, cast(null as uuid)", "group by c.township_id order by c.township_id"};
            case STATION -> new String[] {"c.township_id, c.station_id",
                    "group by c.township_id, c.station_id order by c.township_id, c.station_id"};
        };
        Query query = entityManager.createNativeQuery(FIGURES.formatted(grouping[0], grouping[1]))
                .setParameter("from", from).setParameter("to", to)
                .setParameter("township", township).setParameter("station", station)
                .setMaxResults(FiguresReport.MAX_ROWS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new FiguresReport(from, to, groupBy, rows.stream().map(FiguresService::row).toList());
    }

    /** A township officer or a cadre asks only within their own township or station. */
    private static UUID within(UUID requested, Optional<UUID> own) {
        if (own.isEmpty()) {
            return requested;
        }
        if (requested != null && !requested.equals(own.get())) {
            throw new ForbiddenException();
        }
        return own.get();
    }

    private static CaseFigures row(Object[] r) {
        long closed = number(r[9]);
        long closedAtStation = number(r[10]);
        return new CaseFigures((UUID) r[0], (UUID) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5]),
                number(r[6]), number(r[7]), number(r[8]), closed, closedAtStation, ratio(closedAtStation, closed),
                ratio(number(r[11]), number(r[12])), ratio(number(r[13]), number(r[14])),
                r[15] == null ? null : ((Number) r[15]).doubleValue());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
