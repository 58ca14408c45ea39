package org.masswork.platform.problem;

import java.util.List;
import org.masswork.platform.language.Text;

/** 400 for input that no annotation can check (a date in the future, a header out of shape). */
public class InvalidInputProblem extends ProblemException {

    public static final Text TITLE = Text.of("请求无效", "Invalid request");

    public InvalidInputProblem(String field, Text reason) {
        this(List.of(new FieldReason(field, reason)));
    }

    public InvalidInputProblem(List<FieldReason> errors) {
        super(400, "validation-failed", TITLE, errors);
    }
}
