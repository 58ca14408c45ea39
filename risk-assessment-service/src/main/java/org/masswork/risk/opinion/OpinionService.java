package org.masswork.risk.opinion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.platform.county.KnownCounties;
import org.masswork.risk.RiskRules;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.risk.directory.KnownVillageRepository;
import org.masswork.risk.matter.Matter;
import org.masswork.risk.matter.MatterAccess;
import org.masswork.risk.matter.MatterAction;
import org.masswork.risk.matter.MatterRepository;
import org.masswork.risk.matter.MatterSteps;
import org.masswork.platform.language.Text;

/** Opinion gathered through the station network: meetings at stations or townships, and village surveys. */
@ApplicationScoped
public class OpinionService {

    static final String MEETING = "OpinionMeeting";

    private final OpinionRepository meetings;
    private final SurveyRepository surveys;
    private final MatterRepository matters;
    private final KnownVillageRepository villages;
    private final KnownCounties counties;
    private final RiskRules rules;
    private final MatterSteps steps;
    private final MatterAccess access;
    private final PersonalDataAudit audit;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;

    OpinionService(OpinionRepository meetings, SurveyRepository surveys, MatterRepository matters, KnownVillageRepository villages,
                   KnownCounties counties, RiskRules rules, MatterSteps steps, MatterAccess access, PersonalDataAudit audit, IdempotentCreates idempotency, Outbox outbox) {
        this.meetings = meetings;
        this.surveys = surveys;
        this.matters = matters;
        this.villages = villages;
        this.counties = counties;
        this.rules = rules;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @Transactional
    public MeetingView recordMeeting(UUID matterId, RecordMeetingRequest request, String idempotencyKey) {
        return idempotency.once("record-meeting:" + matterId, idempotencyKey, request, MeetingView::id, this::meeting, () -> {
            Matter matter = steps.beginAddition(matterId, MatterAction.RECORD_MEETING);
            if (request.heldOn().isAfter(counties.today(matter.countyId, rules.zone()))) {
                throw new InvalidInputProblem("heldOn", Text.of("不得晚于今天", "must not be in the future"));
            }
            if (!matter.townshipIds.contains(request.townshipId())) {
                throw new RuleViolationProblem("township-not-affected",
                        Text.of("乡镇 " + request.townshipId() + " 不受该事项影响", "Township " + request.townshipId() + " is not affected by the matter"), "townshipId");
            }
            if (request.stationId() != null && !villages.stationInTownship(matter.countyId, request.stationId(), request.townshipId())) {
                throw new RuleViolationProblem("unknown-station",
                        Text.of("乡镇 " + request.townshipId() + " 中没有已知的工作站 " + request.stationId(), "No station " + request.stationId() + " is known in township " + request.townshipId()), "stationId");
            }
            OpinionMeeting meeting = new OpinionMeeting();
            meeting.id = UUID.randomUUID();
            meeting.countyId = matter.countyId;
            meeting.matterId = matterId;
            meeting.kind = request.kind();
            meeting.heldOn = request.heldOn();
            meeting.stationId = request.stationId();
            meeting.townshipId = request.townshipId();
            meeting.place = request.place().strip();
            request.participants().forEach(input -> {
                Participant participant = new Participant();
                participant.name = input.name().strip();
                participant.phone = input.phone();
                participant.villageId = input.villageId();
                meeting.participants.add(participant);
            });
            request.opinions().forEach(input -> {
                OpinionTally tally = new OpinionTally();
                tally.topic = input.topic();
                tally.stance = input.stance();
                tally.count = input.count();
                meeting.opinions.add(tally);
            });
            meeting.markReceived(request.recordedAt());
            meetings.persist(meeting);
            meetings.flush();
            if (!meeting.participants.isEmpty()) {
                audit.record(MEETING, meeting.id, PersonalDataAudit.CREATE);
            }
            outbox.append(new HearingHeld(meeting.id, matterId, matter.countyId, meeting.kind, meeting.heldOn, meeting.stationId,
                    meeting.townshipId, meeting.participants.size(), meeting.count(Stance.SUPPORT),
                    meeting.count(Stance.OPPOSE), meeting.count(Stance.SUPPORT_WITH_CONDITIONS), meeting.count(Stance.NOT_UNDERSTOOD)));
            return MeetingView.of(meeting, true);
        });
    }

    @Transactional
    public SurveyView recordSurvey(UUID matterId, RecordSurveyRequest request, String idempotencyKey) {
        return idempotency.once("record-survey:" + matterId, idempotencyKey, request, SurveyView::id, this::survey, () -> {
            Matter matter = steps.beginAddition(matterId, MatterAction.RECORD_SURVEY);
            if (!matter.villageIds.contains(request.villageId())) {
                throw new RuleViolationProblem("village-not-affected",
                        Text.of("村 " + request.villageId() + " 不受该事项影响", "Village " + request.villageId() + " is not affected by the matter"), "villageId");
            }
            int notUnderstood = request.notUnderstood() == null ? 0 : request.notUnderstood();
            if (request.support() + request.oppose() + request.supportWithConditions() + notUnderstood > request.householdsReached()) {
                throw new RuleViolationProblem("survey-exceeds-households", Text.of("支持、反对、有条件支持与不了解的户数之和超过了走访户数", "Support, oppose, support with conditions and "
                        + "not understood together exceed the households reached"), "householdsReached");
            }
            VillageSurvey survey = new VillageSurvey();
            survey.id = UUID.randomUUID();
            survey.countyId = matter.countyId;
            survey.matterId = matterId;
            survey.villageId = request.villageId();
            survey.method = request.method();
            survey.householdsReached = request.householdsReached();
            survey.support = request.support();
            survey.oppose = request.oppose();
            survey.supportWithConditions = request.supportWithConditions();
            survey.notUnderstood = notUnderstood;
            survey.markReceived(request.recordedAt());
            surveys.persist(survey);
            surveys.flush();
            return SurveyView.of(survey);
        });
    }

    /** A meeting read back for its recorder replaying the create, as {@link #meetings} shows it. */
    @Transactional
    MeetingView meeting(UUID id) {
        OpinionMeeting meeting = meetings.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("会议", "meeting"), id));
        Matter matter = matters.get(meeting.matterId);
        access.requireVisible(matter);
        boolean full = access.seesParticipants(matter);
        if (full && !meeting.participants.isEmpty()) {
            audit.record(MEETING, meeting.id, PersonalDataAudit.READ);
        }
        return MeetingView.of(meeting, full);
    }

    @Transactional
    SurveyView survey(UUID id) {
        VillageSurvey survey = surveys.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("调查", "survey"), id));
        access.requireVisible(matters.get(survey.matterId));
        return SurveyView.of(survey);
    }

    /** Participants in full for the owning department and county administrators (audited), masked for everyone else. */
    @Transactional
    public Page<MeetingView> meetings(UUID matterId, PageQuery page) {
        Matter matter = matters.get(matterId);
        access.requireVisible(matter);
        boolean full = access.seesParticipants(matter);
        return Page.of(meetings.ofMatter(matterId), page, meeting -> {
            if (full && !meeting.participants.isEmpty()) {
                audit.record(MEETING, meeting.id, PersonalDataAudit.READ);
            }
            return MeetingView.of(meeting, full);
        });
    }

    @Transactional
    public Page<SurveyView> surveys(UUID matterId, PageQuery page) {
        access.requireVisible(matters.get(matterId));
        return Page.of(surveys.ofMatter(matterId), page, SurveyView::of);
    }
}
