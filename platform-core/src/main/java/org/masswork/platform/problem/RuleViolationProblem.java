package org.masswork.platform.problem;

import java.util.List;
import org.masswork.platform.language.Text;

/** 422: the request is well formed but breaks a business rule; {@code code} names the rule. */
public class RuleViolationProblem extends ProblemException {

    static final Text TITLE = Text.of("违反业务规则", "Business rule violated");

    public RuleViolationProblem(String code, Text detail) {
        super(422, code, TITLE, detail);
    }

    /** The rule is about one field: {@code reason} is the field's error, the detail names the field. */
    public RuleViolationProblem(String code, Text reason, String field) {
        super(422, code, TITLE, List.of(new FieldReason(field, reason)));
    }

    public RuleViolationProblem(String code, List<FieldReason> errors) {
        super(422, code, TITLE, errors);
    }
}
