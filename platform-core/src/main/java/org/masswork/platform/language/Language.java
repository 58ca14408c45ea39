package org.masswork.platform.language;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * The languages users read the API in: simplified Chinese, the default, and English. A request chooses with
 * {@code Accept-Language} (RFC 9110, section 12.5.4): the range of highest weight that names one of them wins, so
 * {@code en-US}, {@code en-GB;q=0.8} and {@code en} are English, any {@code zh} range is Chinese, and a request naming
 * neither (or none, or a header that does not parse) gets Chinese. The answer says which in {@code Content-Language}
 * ({@link ContentLanguage}).
 */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    public static final Language DEFAULT = ZH_CN;
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    private static final String CHOSEN = Language.class.getName();

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag the answer's {@code Content-Language} carries. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language an {@code Accept-Language} header asks for (null or blank: none asked). */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                String primary = range.getRange().split("-", 2)[0];
                if (primary.equals("zh") || primary.equals("*")) {
                    return ZH_CN;
                }
                if (primary.equals("en")) {
                    return EN;
                }
            }
        }
        return DEFAULT;
    }

    /** The language a request asks for (the gateway's own answers, made outside a REST resource). */
    public static Language of(HttpServerRequest request) {
        return negotiate(String.join(",", request.headers().getAll(ACCEPT_LANGUAGE)));
    }

    /** The current request's language, chosen once per request; outside a request (a consumer, a job) the default. */
    public static Language current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return DEFAULT;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return DEFAULT;
        }
        Language chosen = request.get(CHOSEN);
        if (chosen == null) {
            chosen = of(request.request());
            request.put(CHOSEN, chosen);
        }
        return chosen;
    }
}
