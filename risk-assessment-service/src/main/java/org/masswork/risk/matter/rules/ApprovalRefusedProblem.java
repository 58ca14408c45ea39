package org.masswork.risk.matter.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.language.Language;
import org.masswork.platform.problem.Problem;

/** The RFC 9457 problem of an approval the three rules refuse, with two extension members: blockedBy and rules. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "ApprovalRefusedProblem", description = "RFC 9457 problem details of a decision a rule refuses; `type` names "
        + "the rule (urn:masswork:problem:obvious-stability-risk-not-issued, unbalanced-project-not-approved, "
        + "wasteful-work-not-started, policy-not-understood-postponed, or medium-risk-needs-assigned-measures, which has "
        + "no rules)")
public record ApprovalRefusedProblem(
        @Schema(maxLength = 200, examples = "urn:masswork:problem:unbalanced-project-not-approved") String type,
        @Schema(maxLength = 200) String title,
        @Schema(minimum = "400", maximum = "599") int status,
        @Schema(maxLength = 2000) String detail,
        @Schema(maxLength = 2000) String instance,
        @Schema(maxItems = 100) List<Problem.FieldError> errors,
        @Schema(maxItems = 4, description = "Every rule that blocks approval, in the order the type names the first")
        List<DecisionRule> blockedBy,
        @Schema(maxItems = 4, description = "Every rule evaluated on the matter, with its checks and figures") List<RuleEvaluation> rules) {

    static ApprovalRefusedProblem of(Problem problem, ApprovalRefused refused, Language language) {
        return new ApprovalRefusedProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                problem.errors(), refused.blockedBy(), refused.rules().stream().map(rule -> rule.in(language)).toList());
    }
}
