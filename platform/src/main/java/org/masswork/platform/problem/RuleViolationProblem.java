package org.masswork.platform.problem;

import java.util.List;

/** 422: the request is well formed but breaks a business rule; {@code code} names the rule. */
public class RuleViolationProblem extends ProblemException {

    public RuleViolationProblem(String code, String detail) {
        super(422, code, "Business rule violated", detail);
    }

    public RuleViolationProblem(String code, String detail, String field) {
        super(422, code, "Business rule violated", detail, List.of(new Problem.FieldError(field, detail)));
    }
}
