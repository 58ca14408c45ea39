package org.masswork.platform.problem;

import java.util.UUID;

/** 404: no such resource, or one the caller may not know exists. */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String resource, UUID id) {
        super(404, "not-found", "Resource not found", resource + " " + id + " does not exist");
    }
}
