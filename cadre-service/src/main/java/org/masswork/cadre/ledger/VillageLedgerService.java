package org.masswork.cadre.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masswork.cadre.contactcard.ContactCardRepository;
import org.masswork.cadre.contactcard.CurrentTeam;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.household.HouseholdRepository;
import org.masswork.cadre.household.HouseholdTag;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.cadre.visit.VisitCoverageView;
import org.masswork.cadre.visit.VisitRepository;

@ApplicationScoped
public class VillageLedgerService {

    private final WorkScope scope;
    private final VillageRepository villages;
    private final HouseholdRepository households;
    private final ContactCardRepository cards;
    private final CurrentTeam team;
    private final VisitRepository visits;
    private final LedgerCaseRepository cases;
    private final CountyClock clock;

    VillageLedgerService(WorkScope scope, VillageRepository villages, HouseholdRepository households,
                         ContactCardRepository cards, CurrentTeam team, VisitRepository visits, LedgerCaseRepository cases,
                         CountyClock clock) {
        this.scope = scope;
        this.villages = villages;
        this.households = households;
        this.cards = cards;
        this.team = team;
        this.visits = visits;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public VillageLedgerView ledger(UUID villageId, Integer year) {
        Station station = scope.stationOfVillage(villageId);
        Village village = villages.get(villageId);
        int wanted = year == null ? clock.today(station.countyId).getYear() : year;
        LocalDate from = LocalDate.of(wanted, 1, 1);
        LocalDate to = from.withDayOfYear(from.lengthOfYear());

        long householdCount = households.countInVillage(villageId);
        Map<HouseholdTag, Long> perTag = households.countPerTag(villageId);
        List<VillageLedgerView.TagCount> keyHouseholds = perTag.entrySet().stream()
                .map(e -> new VillageLedgerView.TagCount(e.getKey(), e.getKey().displayLabel(), e.getValue())).toList();
        VillageLedgerView.Cards cardFigures = new VillageLedgerView.Cards(cards.countCovered(villageId),
                cards.countOutdated(villageId, CurrentTeam.signature(team.of(station.id))), cards.countIssued(villageId));
        VisitRepository.Counts visitCounts = visits.counts("villageId", villageId, from, to);
        List<LedgerCaseRepository.KindCount> perKind = cases.perKind(villageId);
        VillageLedgerView.Cases caseFigures = new VillageLedgerView.Cases(
                perKind.stream().mapToLong(LedgerCaseRepository.KindCount::open).sum(),
                perKind.stream().mapToLong(LedgerCaseRepository.KindCount::closed).sum(), perKind);

        return new VillageLedgerView(village.id, village.code, village.name, station.id, station.townshipId, wanted,
                householdCount, keyHouseholds, cardFigures,
                VisitCoverageView.of(villageId, wanted, householdCount, visits.coverage(villageId, from, to)),
                new VillageLedgerView.Visits(visitCounts.confirmed(), visitCounts.unconfirmed()), caseFigures);
    }
}
