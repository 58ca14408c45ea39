package org.masswork.cadre.contactcard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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

    /**
     * The stations in scope, each with the counts kept for it (card_figures_station plus the deltas not yet folded,
     * V52__card_figures_rollup.sql), summed per group: every grouping of one county, and a county's or the province's
     * row narrowed to a township or a station. A county reads its ~590 station rows by the key's prefix.
     */
    private static final String BY_STATION = """
            with counted as (
                select f.station_id, sum(f.households) as households, sum(f.covered) as covered, sum(f.cards) as cards
                from card_figures_station_and_delta f
                where f.county_id = :county and (cast(:station as uuid) is null or f.station_id = :station)
                group by f.station_id
            ), per_station as (
                select s.county_id, s.id as station_id, s.name as station_name, s.township_id,
                       coalesce(c.households, 0) as households, coalesce(c.covered, 0) as covered,
                       coalesce(c.cards, 0) as cards
                from station s left join counted c on c.station_id = s.id
                where s.county_id = :county
                  and (cast(:station as uuid) is null or s.id = :station)
                  and (cast(:township as uuid) is null or s.township_id = :township)
            )
            select %s, count(*), coalesce(sum(p.households), 0), coalesce(sum(p.covered), 0), coalesce(sum(p.cards), 0)
            from per_station p join township t on t.id = p.township_id
            %s
            """;

    /**
     * Whole counties (the COUNTY and PROVINCE rows not narrowed below the county): the counts kept per county
     * (card_figures_county plus the deltas not yet folded) and the stations counted per county, a row per county.
     */
    private static final String BY_COUNTY = """
            with counted as (
                select f.county_id, sum(f.households) as households, sum(f.covered) as covered, sum(f.cards) as cards
                from card_figures_county_and_delta f
                where cast(:county as uuid) is null or f.county_id = :county
                group by f.county_id
            ), per_county as (
                select s.county_id, count(*) as stations
                from station s
                where cast(:county as uuid) is null or s.county_id = :county
                group by s.county_id
            )
            select %s, coalesce(sum(p.stations), 0), coalesce(sum(c.households), 0), coalesce(sum(c.covered), 0),
                   coalesce(sum(c.cards), 0)
            from per_county p left join counted c on c.county_id = p.county_id
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
        boolean wholeCounties = (groupBy == FiguresGrouping.COUNTY || groupBy == FiguresGrouping.PROVINCE)
                && area.townshipId() == null && area.stationId() == null;
        Query query = entityManager.createNativeQuery((wholeCounties ? BY_COUNTY : BY_STATION).formatted(grouping[0], grouping[1]))
                .setParameter("county", area.countyId());
        if (!wholeCounties) {
            query.setParameter("station", area.stationId()).setParameter("township", area.townshipId());
        }
        List<CardFigures> rows = FiguresRows.of(query).stream().map(row -> new CardFigures((UUID) row[0], (UUID) row[1],
                (String) row[2], (UUID) row[3], (String) row[4], number(row[5]), number(row[6]), number(row[7]),
                number(row[8]))).toList();
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
