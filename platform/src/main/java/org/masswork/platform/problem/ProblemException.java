package org.masswork.platform.problem;

import java.util.List;

/**
 * A domain failure the client can act on. Services throw the subclasses; the mapper turns each into
 * its problem+json response. {@code code} is a stable English slug clients can switch on.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem(ProblemTypes.uri(code), title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
