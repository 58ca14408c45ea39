package org.masswork.platform.problem;

/** 409: the request clashes with the current state (a duplicate, a taken slot, a wrong state). */
public class ConflictProblem extends ProblemException {

    public ConflictProblem(String code, String detail) {
        super(409, code, "Conflict with the current state", detail);
    }
}
