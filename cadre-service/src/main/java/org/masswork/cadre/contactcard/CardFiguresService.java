package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.paging.FiguresRows;

/** Cards issued and households covered, for the county, per township or per station (the county report's first figure). */
@ApplicationScoped
public class CardFiguresService {

    /** One query for every grouping: the stations in scope, each counted once, summed per group. */
    private static final String FIGURES = """
            with per_station as (
                select s.id as station_id, s.name as station_name, s.township_id,
                       (select count(*) from household h where h.station_id = s.id) as households,
                       (select count(*) from contact_card c where c.station_id = s.id and c.current) as covered,
                       (select count(*) from contact_card c where c.station_id = s.id) as cards
                from station s
                where (cast(:station as uuid) is null or s.id = :station)
                  and (cast(:township as uuid) is null or s.township_id = :township)
            )
            select %s, count(*), coalesce(sum(p.households), 0), coalesce(sum(p.covered), 0), coalesce(sum(p.cards), 0)
            from per_station p join township t on t.id = p.township_id
            %s
            """;

    private final EntityManager entityManager;
    private final WorkScope scope;
    private final CountyClock clock;

    CardFiguresService(EntityManager entityManager, WorkScope scope, CountyClock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public CardFiguresReport figures(FiguresGrouping groupBy, UUID townshipId, UUID stationId) {
        groupBy.requireOneOf(FiguresGrouping.COUNTY, FiguresGrouping.TOWNSHIP, FiguresGrouping.STATION);
        WorkScope.Area area = scope.area(stationId, townshipId);
        String[] grouping = switch (groupBy) {
            case TOWNSHIP -> new String[] {"t.id, t.name, cast(null as uuid), cast(null as varchar)",
                    "group by t.id, t.name, t.code order by t.code, t.id"};
            case STATION -> new String[] {"t.id, t.name, p.station_id, p.station_name",
                    "group by t.id, t.name, t.code, p.station_id, p.station_name order by t.code, p.station_name, p.station_id"};
            default -> new String[] {"cast(null as uuid), cast(null as varchar), cast(null as uuid), cast(null as varchar)", ""};
        };
        List<CardFigures> rows = FiguresRows.of(entityManager.createNativeQuery(FIGURES.formatted(grouping[0], grouping[1]))
                        .setParameter("station", area.stationId()).setParameter("township", area.townshipId()))
                .stream().map(row -> new CardFigures((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3],
                        number(row[4]), number(row[5]), number(row[6]), number(row[7]))).toList();
        return new CardFiguresReport(clock.nowInCounty(), groupBy, rows);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
