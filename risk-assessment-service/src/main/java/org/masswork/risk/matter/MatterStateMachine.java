package org.masswork.risk.matter;

import static org.masswork.risk.matter.MatterAction.ASSIGN_MEASURE;
import static org.masswork.risk.matter.MatterAction.CARRY_OUT;
import static org.masswork.risk.matter.MatterAction.DECIDE;
import static org.masswork.risk.matter.MatterAction.PLAN;
import static org.masswork.risk.matter.MatterAction.REASSESS;
import static org.masswork.risk.matter.MatterAction.RECORD_ANALYSIS;
import static org.masswork.risk.matter.MatterAction.RECORD_MEETING;
import static org.masswork.risk.matter.MatterAction.RECORD_SURVEY;
import static org.masswork.risk.matter.MatterAction.SET_RISK_LEVEL;
import static org.masswork.risk.matter.MatterAction.START_GATHERING;
import static org.masswork.risk.matter.MatterAction.WRITE_REPORT;
import static org.masswork.risk.matter.MatterStatus.ANALYSIS;
import static org.masswork.risk.matter.MatterStatus.ASSESSMENT_PLAN;
import static org.masswork.risk.matter.MatterStatus.COLLECTIVE_DECISION;
import static org.masswork.risk.matter.MatterStatus.GATHERING_OPINION;
import static org.masswork.risk.matter.MatterStatus.MONITORING;
import static org.masswork.risk.matter.MatterStatus.REGISTERED;
import static org.masswork.risk.matter.MatterStatus.REPORT;
import static org.masswork.risk.matter.MatterStatus.RISK_LEVEL_SET;

import java.util.EnumMap;
import java.util.Map;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.language.Text;

/**
 * The whole review of a matter in one table: in each status, the actions allowed and where they lead.
 *
 * <pre>
 * REGISTERED ─PLAN─► ASSESSMENT_PLAN ─START_GATHERING─► GATHERING_OPINION ─RECORD_ANALYSIS─► ANALYSIS
 *   ─SET_RISK_LEVEL─► RISK_LEVEL_SET ─WRITE_REPORT─► REPORT ─DECIDE─► COLLECTIVE_DECISION ─CARRY_OUT─► MONITORING
 *                                                        ANALYSIS ◄─REASSESS─┘ (postponed)
 * </pre>
 * Meetings and surveys are recorded while gathering opinion (and still during analysis); measures get their
 * owners until the decision. Whether CARRY_OUT and REASSESS fit the decision (approved, postponed) is the
 * service's rule. Anything not in the table is a 409 naming the status and the action.
 */
public final class MatterStateMachine {

    private static final Map<MatterStatus, Map<MatterAction, MatterStatus>> TRANSITIONS = new EnumMap<>(MatterStatus.class);

    static {
        TRANSITIONS.put(REGISTERED, Map.of(PLAN, ASSESSMENT_PLAN));
        TRANSITIONS.put(ASSESSMENT_PLAN, Map.of(PLAN, ASSESSMENT_PLAN, START_GATHERING, GATHERING_OPINION));
        TRANSITIONS.put(GATHERING_OPINION, Map.of(RECORD_MEETING, GATHERING_OPINION, RECORD_SURVEY, GATHERING_OPINION,
                RECORD_ANALYSIS, ANALYSIS));
        TRANSITIONS.put(ANALYSIS, Map.of(RECORD_MEETING, ANALYSIS, RECORD_SURVEY, ANALYSIS, RECORD_ANALYSIS, ANALYSIS,
                ASSIGN_MEASURE, ANALYSIS, SET_RISK_LEVEL, RISK_LEVEL_SET));
        TRANSITIONS.put(RISK_LEVEL_SET, Map.of(ASSIGN_MEASURE, RISK_LEVEL_SET, WRITE_REPORT, REPORT));
        TRANSITIONS.put(REPORT, Map.of(ASSIGN_MEASURE, REPORT, DECIDE, COLLECTIVE_DECISION));
        TRANSITIONS.put(COLLECTIVE_DECISION, Map.of(CARRY_OUT, MONITORING, REASSESS, ANALYSIS));
        TRANSITIONS.put(MONITORING, Map.of());
    }

    private MatterStateMachine() {
    }

    public static MatterStatus initial() {
        return REGISTERED;
    }

    /** The status after the action; a 409 if the action is not allowed in this status. */
    public static MatterStatus next(MatterStatus from, MatterAction action) {
        MatterStatus to = TRANSITIONS.get(from).get(action);
        if (to == null) {
            throw new ConflictProblem("illegal-transition", Text.of("处于%s（%s）状态的事项不允许执行%s（%s）".formatted(from.label(), from, action.label(), action), "A matter in state %s (%s) does not allow the action %s (%s)"
                    .formatted(from, from.englishLabel(), action, action.englishLabel())));
        }
        return to;
    }
}
