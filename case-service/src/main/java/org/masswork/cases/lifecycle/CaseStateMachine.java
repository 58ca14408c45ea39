package org.masswork.cases.lifecycle;

import static org.masswork.cases.casefile.CaseStatus.ACCEPTED;
import static org.masswork.cases.casefile.CaseStatus.CLOSED;
import static org.masswork.cases.casefile.CaseStatus.IN_PROGRESS;
import static org.masswork.cases.casefile.CaseStatus.NOT_ACCEPTED;
import static org.masswork.cases.casefile.CaseStatus.RECEIVED;
import static org.masswork.cases.casefile.CaseStatus.RESOLVED;
import static org.masswork.cases.lifecycle.CaseAction.ACCEPT;
import static org.masswork.cases.lifecycle.CaseAction.CLOSE;
import static org.masswork.cases.lifecycle.CaseAction.DE_ESCALATE;
import static org.masswork.cases.lifecycle.CaseAction.ESCALATE;
import static org.masswork.cases.lifecycle.CaseAction.EXTEND_DEADLINE;
import static org.masswork.cases.lifecycle.CaseAction.HAND_OVER;
import static org.masswork.cases.lifecycle.CaseAction.RATE;
import static org.masswork.cases.lifecycle.CaseAction.RECORD_ERRAND_STEP;
import static org.masswork.cases.lifecycle.CaseAction.RECORD_PETITION_OUTCOME;
import static org.masswork.cases.lifecycle.CaseAction.RECORD_REVIEW_STEP;
import static org.masswork.cases.lifecycle.CaseAction.REJECT;
import static org.masswork.cases.lifecycle.CaseAction.REOPEN;
import static org.masswork.cases.lifecycle.CaseAction.RESOLVE;
import static org.masswork.cases.lifecycle.CaseAction.RETURN_CALL;
import static org.masswork.cases.lifecycle.CaseAction.START;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.casefile.EscalationLevel;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.language.Text;

/**
 * The whole life of a case in one table: in each status, the actions allowed and the status they lead to.
 *
 * <pre>
 * RECEIVED ──ACCEPT──► ACCEPTED ──START──► IN_PROGRESS ──RESOLVE──► RESOLVED ──CLOSE──► CLOSED
 *    └──REJECT──► NOT_ACCEPTED (final)                      ▲              │               │
 *                                                           └────REOPEN────┴───────────────┘
 * </pre>
 * While accepted or in progress a case climbs the ladder (ESCALATE) station → township mass-work office →
 * township stability centre → joint mediation, and comes back down (DE_ESCALATE) when it is settled;
 * the station keeps owning it. A hand-over names another of the station's cadres in charge. Ratings, return calls, errand steps, extensions, reviews and petition outcomes
 * are steps that keep the status. Anything not in the table is a 409 naming the status and the action.
 */
public final class CaseStateMachine {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> TRANSITIONS = new EnumMap<>(CaseStatus.class);

    static {
        TRANSITIONS.put(RECEIVED, Map.of(ACCEPT, ACCEPTED, REJECT, NOT_ACCEPTED));
        TRANSITIONS.put(ACCEPTED, Map.of(START, IN_PROGRESS, ESCALATE, ACCEPTED, DE_ESCALATE, ACCEPTED,
                RECORD_ERRAND_STEP, ACCEPTED, EXTEND_DEADLINE, ACCEPTED, HAND_OVER, ACCEPTED));
        TRANSITIONS.put(IN_PROGRESS, Map.of(RESOLVE, RESOLVED, ESCALATE, IN_PROGRESS, DE_ESCALATE, IN_PROGRESS,
                RECORD_ERRAND_STEP, IN_PROGRESS, EXTEND_DEADLINE, IN_PROGRESS, RETURN_CALL, IN_PROGRESS,
                HAND_OVER, IN_PROGRESS));
        TRANSITIONS.put(RESOLVED, Map.of(CLOSE, CLOSED, REOPEN, IN_PROGRESS, RATE, RESOLVED,
                RECORD_REVIEW_STEP, RESOLVED, RECORD_PETITION_OUTCOME, RESOLVED, RETURN_CALL, RESOLVED));
        TRANSITIONS.put(CLOSED, Map.of(REOPEN, IN_PROGRESS, RATE, CLOSED,
                RECORD_REVIEW_STEP, CLOSED, RECORD_PETITION_OUTCOME, CLOSED, RETURN_CALL, CLOSED));
        TRANSITIONS.put(NOT_ACCEPTED, Map.of());
    }

    private CaseStateMachine() {
    }

    public static CaseStatus initial() {
        return RECEIVED;
    }

    public static boolean isOpen(CaseStatus status) {
        return status == RECEIVED || status == ACCEPTED || status == IN_PROGRESS;
    }

    /** The statuses in which the action is allowed. */
    public static Set<CaseStatus> allowing(CaseAction action) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        TRANSITIONS.forEach((status, actions) -> {
            if (actions.containsKey(action)) {
                statuses.add(status);
            }
        });
        return statuses;
    }

    /** The status after the action; a 409 if the action is not allowed in this status. */
    public static CaseStatus next(CaseStatus from, CaseAction action) {
        CaseStatus to = TRANSITIONS.get(from).get(action);
        if (to == null) {
            throw new ConflictProblem("illegal-transition", Text.of("处于%s（%s）状态的诉求不允许执行%s（%s）".formatted(from.label(), from, action.label(), action), "A case in state %s (%s) does not allow the action %s (%s)"
                    .formatted(from, from.englishLabel(), action, action.englishLabel())));
        }
        return to;
    }

    /** One rung up, or to a higher rung the caller names. */
    public static EscalationLevel up(EscalationLevel from, EscalationLevel requested) {
        EscalationLevel[] ladder = EscalationLevel.values();
        EscalationLevel to = requested != null ? requested
                : from.ordinal() + 1 < ladder.length ? ladder[from.ordinal() + 1] : null;
        if (to == null || to.compareTo(from) <= 0) {
            throw new ConflictProblem("illegal-escalation", Text.of("处于%s（%s）层级的诉求不能上报至%s".formatted(from.label(), from, to == null ? "更高层级" : to.label()), "A case at level %s (%s) cannot be escalated to %s"
                    .formatted(from, from.englishLabel(), to == null ? "a higher level" : to)));
        }
        return to;
    }

    /** Back down to the station, or to a lower rung the caller names. */
    public static EscalationLevel down(EscalationLevel from, EscalationLevel requested) {
        EscalationLevel to = requested != null ? requested : EscalationLevel.STATION;
        if (to.compareTo(from) >= 0) {
            throw new ConflictProblem("illegal-escalation", Text.of("处于%s（%s）层级的诉求不能下交至%s".formatted(from.label(), from, to.label()), "A case at level %s (%s) cannot be handed down to %s"
                    .formatted(from, from.englishLabel(), to)));
        }
        return to;
    }
}
