package org.masswork.cadre.contactcard;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masswork.cadre.household.Household;
import org.masswork.cadre.household.HouseholdRepository;
import org.masswork.cadre.household.HouseholdWorkConfig;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class ContactCardService {

    private static final String RESOURCE = "ContactCard";
    private static final String HOUSEHOLD = "Household";
    private static final Text CARD_NAME = Text.of("联系卡", "contact card");
    private static final Text HOUSEHOLD_NAME = Text.of("农户", "household");
    private static final String CURRENT_CARD = "select 1 from ContactCard c where c.householdId = h.id and c.current = true";

    private final ContactCardRepository cards;
    private final ConfirmationCodeRepository codes;
    private final HouseholdRepository households;
    private final CurrentTeam team;
    private final ConfirmationCodes hashing;
    private final WorkScope scope;
    private final PersonalDataAudit audit;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final int codesPerCard;
    private final int maxFailedAttempts;

    ContactCardService(ContactCardRepository cards, ConfirmationCodeRepository codes, HouseholdRepository households,
                       CurrentTeam team, ConfirmationCodes hashing, WorkScope scope, PersonalDataAudit audit,
                       IdempotentCreates idempotency, Outbox outbox, HouseholdWorkConfig config) {
        this.cards = cards;
        this.codes = codes;
        this.households = households;
        this.team = team;
        this.hashing = hashing;
        this.scope = scope;
        this.audit = audit;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.codesPerCard = config.card().codes();
        this.maxFailedAttempts = config.card().maxFailedAttempts();
    }

    /**
     * Issues a card showing the station's team today; it replaces the household's current card. The
     * plain codes leave the service only in this first answer: the stored replay has none.
     */
    @Transactional
    public IssuedContactCardView issue(IssueContactCardRequest request, String idempotencyKey) {
        List<String> plainCodes = new ArrayList<>();
        ContactCardView card = idempotency.once("issue-contact-card", idempotencyKey, request, ContactCardView::id, this::get,
                () -> create(request, plainCodes));
        return new IssuedContactCardView(card, plainCodes.isEmpty() ? null : List.copyOf(plainCodes));
    }

    private ContactCardView create(IssueContactCardRequest request, List<String> plainCodes) {
        Household household = households.findByIdOptional(request.householdId()).orElseThrow(() ->
                new RuleViolationProblem("unknown-household", Text.of("没有农户 " + request.householdId(), "No household " + request.householdId()), "householdId"));
        scope.requireStation(household.countyId, household.stationId, household.townshipId);
        households.getForUpdate(household.id);
        List<TeamMember> members = team.of(household.stationId);
        if (members.isEmpty()) {
            throw new RuleViolationProblem("station-without-team",
                    Text.of("该户所属工作站没有在岗干部，联系卡上将无人可联系", "The household's station has no cadre serving it, so a card would carry no one to call"));
        }
        return issueTo(household, members, request.recordedAt(), plainCodes);
    }

    /**
     * Re-issues the card of every household of the station that holds one, showing the team it has now (a handover's
     * successor in place of the outgoing cadre): the old cards stop confirming visits, as on any re-issue. Each new
     * card's plain codes are in its answer, as {@link #issue} gives them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IssuedContactCardView> reissueAtStation(UUID stationId, OffsetDateTime recordedAt) {
        List<TeamMember> members = team.of(stationId);
        List<IssuedContactCardView> issued = new ArrayList<>();
        for (Household household : households.holdingCardsForUpdate(stationId)) {
            List<String> plainCodes = new ArrayList<>();
            ContactCardView card = issueTo(household, members, recordedAt, plainCodes);
            issued.add(new IssuedContactCardView(card, List.copyOf(plainCodes)));
        }
        return issued;
    }

    /** Issues the household (locked) a card showing {@code members}; it replaces the current card. */
    private ContactCardView issueTo(Household household, List<TeamMember> members, OffsetDateTime recordedAt,
                                    List<String> plainCodes) {
        Optional<ContactCard> previous = cards.current(household.id);
        cards.retireCurrent(household.id);

        ContactCard card = new ContactCard();
        card.id = UUID.randomUUID();
        card.householdId = household.id;
        card.countyId = household.countyId;
        card.stationId = household.stationId;
        card.villageId = household.villageId;
        card.townshipId = household.townshipId;
        card.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        card.issuedBy = scope.caller().subject();
        card.current = true;
        card.teamSignature = CurrentTeam.signature(members);
        card.codeSalt = hashing.newSalt();
        card.codeHashing = hashing.forNewCards();
        card.codeCount = codesPerCard;
        for (int i = 0; i < members.size(); i++) {
            TeamMember member = members.get(i);
            CardMember printed = new CardMember();
            printed.cadreId = member.cadreId();
            printed.name = member.name();
            printed.phone = member.phone();
            printed.leader = member.leader();
            printed.position = i;
            card.members.add(printed);
        }
        card.markReceived(recordedAt);
        cards.persist(card);
        for (String plain : hashing.newCodes()) {
            ConfirmationCode code = new ConfirmationCode();
            code.id = UUID.randomUUID();
            code.cardId = card.id;
            code.codeHash = hashing.hash(plain, card);
            codes.persist(code);
            plainCodes.add(plain);
        }
        cards.flush();
        outbox.append(new ContactCardIssued(card.id, card.countyId, household.id, card.stationId, card.villageId, card.townshipId,
                members.stream().map(TeamMember::cadreId).toList(),
                members.stream().filter(TeamMember::leader).map(TeamMember::cadreId).findFirst().orElse(null),
                card.issuedAt, previous.map(c -> c.id).orElse(null)));
        return view(card, 0, PersonalDataAudit.CREATE);
    }

    @Transactional
    public ContactCardView get(UUID id) {
        ContactCard card = cards.get(id);
        scope.requireVisible(CARD_NAME, id, card.countyId, card.stationId, card.townshipId);
        return view(card, codes.usedPerCard(List.of(card.id)).getOrDefault(card.id, 0L), PersonalDataAudit.READ);
    }

    /** A household's cards, newest first. */
    @Transactional
    public Page<ContactCardView> ofHousehold(UUID householdId, PageQuery page) {
        Household household = households.get(householdId);
        scope.requireVisible(HOUSEHOLD_NAME, householdId, household.countyId, household.stationId, household.townshipId);
        PanacheQuery<ContactCard> query = cards.find("householdId = ?1 order by issuedAt desc, id", householdId);
        Page<ContactCard> found = Page.of(query, page, Function.identity());
        Map<UUID, Long> used = codes.usedPerCard(found.items().stream().map(c -> c.id).toList());
        return new Page<>(found.items().stream().map(c -> view(c, used.getOrDefault(c.id, 0L), PersonalDataAudit.READ)).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    /** Households of a station that have no card, or whose card does not show today's team. */
    @Transactional
    public Page<CardNeededView> needed(UUID stationId, CardNeed reason, PageQuery page) {
        Station station = scope.station(stationId);
        String signature = CurrentTeam.signature(team.of(station.id));
        String condition = reason == null ? "not exists (" + CURRENT_CARD + " and c.teamSignature = :signature)"
                : switch (reason) {
                    case NO_CARD -> "not exists (" + CURRENT_CARD + ")";
                    case OUTDATED -> "exists (" + CURRENT_CARD + " and c.teamSignature <> :signature)";
                };
        Parameters parameters = Parameters.with("station", station.id);
        if (reason != CardNeed.NO_CARD) {
            parameters.and("signature", signature);
        }
        PanacheQuery<Household> query = households.find(
                "from Household h where h.stationId = :station and " + condition + " order by h.receivedAt, h.id", parameters);
        Page<Household> found = Page.of(query, page, Function.identity());
        Map<UUID, ContactCard> current = cards.currentOf(found.items().stream().map(h -> h.id).toList()).stream()
                .collect(Collectors.toMap(c -> c.householdId, Function.identity()));
        boolean full = scope.seesPersonalData(station.countyId, station.id, station.townshipId);
        List<CardNeededView> items = found.items().stream().map(h -> {
            ContactCard card = current.get(h.id);
            CardNeed need = card == null ? CardNeed.NO_CARD : CardNeed.OUTDATED;
            if (full) {
                audit.record(HOUSEHOLD, h.id, PersonalDataAudit.READ);
            }
            return new CardNeededView(h.id, h.villageId, full ? h.headName : Masking.name(h.headName),
                    full ? h.address : Masking.address(h.address), !full, need, need.displayLabel(),
                    card == null ? null : card.id, card == null ? null : card.issuedAt);
        }).toList();
        return new Page<>(items, found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    private ContactCardView view(ContactCard card, long codesUsed, String action) {
        boolean full = scope.seesPersonalData(card.countyId, card.stationId, card.townshipId);
        if (full) {
            audit.record(RESOURCE, card.id, action);
        }
        return ContactCardView.of(card, codesUsed, card.failedCodeAttempts >= maxFailedAttempts, !full);
    }
}
