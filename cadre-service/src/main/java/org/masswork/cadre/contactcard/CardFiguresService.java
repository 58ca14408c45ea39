package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.cadre.figures.FiguresScope;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.paging.FiguresRows;

/** Cards issued and households covered, for the county, per township or per station (the county report's first figure). */
@ApplicationScoped
public class CardFiguresService {

    /** One query for every grouping: the stations in scope, each counted once, summed per group. */
    private static final String FIGURES = """
            with per_station as (
                select s.county_id, s.id as station_id, s.name as station_name, s.township_id,
                       (select count(*) from household h where h.station_id = s.id) as households,
                       (select count(*) from contact_card c where c.station_id = s.id and c.current) as covered,
                       (select count(*) from contact_card c where c.station_id = s.id) as cards
                from station s
                where (cast(:county as uuid) is null or s.county_id = :county)
                  and (cast(:station as uuid) is null or s.id = :station)
                  and (cast(:township as uuid) is null or s.township_id = :township)
            )
            select %s, count(*), coalesce(sum(p.households), 0), coalesce(sum(p.covered), 0), coalesce(sum(p.cards), 0)
            from per_station p join township t on t.id = p.township_id
            %s
            """;

    private final EntityManager entityManager;
    private final FiguresScope scope;
    private final CountyClock clock;

    CardFiguresService(EntityManager entityManager, FiguresScope scope, CountyClock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public CardFiguresReport figures(FiguresGrouping groupBy, UUID countyId, UUID townshipId, UUID stationId) {
        groupBy.requireOneOf(FiguresGrouping.PROVINCE, FiguresGrouping.COUNTY, FiguresGrouping.TOWNSHIP, FiguresGrouping.STATION);
        WorkScope.Area area = scope.area(groupBy, countyId, stationId, townshipId);
        String[] grouping = switch (groupBy) {
            case TOWNSHIP -> new String[] {"t.county_id, t.id, t.name, cast(null as uuid), cast(null as varchar)",
                    "group by t.county_id, t.id, t.name, t.code order by t.code, t.id"};
            case STATION -> new String[] {"t.county_id, t.id, t.name, p.station_id, p.station_name",
                    "group by t.county_id, t.id, t.name, t.code, p.station_id, p.station_name order by t.code, p.station_name, p.station_id"};
            case COUNTY -> new String[] {"p.county_id, cast(null as uuid), cast(null as varchar), cast(null as uuid), cast(null as varchar)",
                    "group by p.county_id"};
            default -> new String[] {"cast(:county as uuid), cast(null as uuid), cast(null as varchar), cast(null as uuid), "
                    + "cast(null as varchar)", ""};
        };
        List<CardFigures> rows = FiguresRows.of(entityManager.createNativeQuery(FIGURES.formatted(grouping[0], grouping[1]))
                        .setParameter("county", area.countyId()).setParameter("station", area.stationId())
                        .setParameter("township", area.townshipId()))
                .stream().map(row -> new CardFigures((UUID) row[0], (UUID) row[1], (String) row[2], (UUID) row[3], (String) row[4],
                        number(row[5]), number(row[6]), number(row[7]), number(row[8]))).toList();
        if (groupBy == FiguresGrouping.COUNTY) {
            Map<UUID, CardFigures> counted = rows.stream().collect(Collectors.toMap(CardFigures::countyId, r -> r));
            rows = scope.countiesOf(area).stream().map(c -> counted.getOrDefault(c.id,
                    new CardFigures(c.id, null, null, null, null, 0, 0, 0, 0))).toList();
        }
        return new CardFiguresReport(clock.nowInCounty(area.countyId()), groupBy, rows);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
