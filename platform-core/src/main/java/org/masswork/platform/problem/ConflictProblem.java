package org.masswork.platform.problem;

import org.masswork.platform.language.Text;

/** 409: the request clashes with the current state (a duplicate, a taken slot, a wrong state). */
public class ConflictProblem extends ProblemException {

    static final Text TITLE = Text.of("与当前状态冲突", "Conflict with the current state");

    public ConflictProblem(String code, Text detail) {
        super(409, code, TITLE, detail);
    }
}
