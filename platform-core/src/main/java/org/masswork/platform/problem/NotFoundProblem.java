package org.masswork.platform.problem;

import java.util.Locale;
import org.masswork.platform.language.Text;

/** 404: no such resource, or one the caller may not know exists. */
public class NotFoundProblem extends ProblemException {

    private static final Text TITLE = Text.of("资源不存在", "Resource not found");

    /** {@code resource} names the kind, e.g. {@code Text.of("干部", "cadre")}. */
    public NotFoundProblem(Text resource, Object id) {
        super(404, "not-found", TITLE, Text.of(resource.zh() + " " + id + " 不存在",
                resource.en().substring(0, 1).toUpperCase(Locale.ROOT) + resource.en().substring(1) + " " + id + " does not exist"));
    }
}
