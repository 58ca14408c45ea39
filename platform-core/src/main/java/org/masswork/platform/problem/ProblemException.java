package org.masswork.platform.problem;

import java.util.List;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;

/**
 * A domain failure the client can act on. Services throw the subclasses; the mapper turns each into
 * its problem+json response, in the request's {@link Language}. {@code code} is a stable English slug clients can
 * switch on.
 *
 * <p>With field errors the {@code detail} only sums them up ("2 fields are invalid: title, phone"): each error's
 * reason says what is wrong with its field, and no sentence is said twice.
 */
public class ProblemException extends RuntimeException {

    private static final int LISTED_FIELDS = 10;

    private final int status;
    private final String code;
    private final Text title;
    private final Text detail;
    private final List<FieldReason> errors;

    /** A rejected field and why, in each language. */
    public record FieldReason(String field, Text reason) {
    }

    public ProblemException(int status, String code, Text title, List<FieldReason> errors) {
        this(status, code, title, null, errors);
    }

    public ProblemException(int status, String code, Text title, Text detail) {
        this(status, code, title, detail, List.of());
    }

    /** With field errors and a detail of its own, which must not repeat any of their reasons. */
    protected ProblemException(int status, String code, Text title, Text detail, List<FieldReason> errors) {
        super(detail != null ? detail.en() : summary(status, errors).en());
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.detail = detail != null ? detail : summary(status, this.errors);
    }

    public Problem toProblem(String instance, Language language) {
        return new Problem(ProblemTypes.uri(code), title.in(language), status, detail.in(language), instance,
                errors.stream().map(e -> new Problem.FieldError(e.field(), e.reason().in(language))).toList());
    }

    public int status() {
        return status;
    }

    /** "1 field is invalid: title" for a 400, "1 field breaks a business rule: step" otherwise. */
    private static Text summary(int status, List<FieldReason> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a problem without field errors needs a detail");
        }
        List<String> fields = errors.stream().map(FieldReason::field).distinct().toList();
        int count = fields.size();
        String listed = String.join(", ", fields.subList(0, Math.min(count, LISTED_FIELDS))) + (count > LISTED_FIELDS ? ", …" : "");
        String listedZh = String.join("、", fields.subList(0, Math.min(count, LISTED_FIELDS))) + (count > LISTED_FIELDS ? "等" : "");
        if (status == 400) {
            return Text.of(count + " 个字段无效：" + listedZh,
                    count + (count == 1 ? " field is invalid: " : " fields are invalid: ") + listed);
        }
        return Text.of(count + " 个字段不符合业务规则：" + listedZh,
                count + (count == 1 ? " field breaks a business rule: " : " fields break business rules: ") + listed);
    }
}
