package org.masswork.gateway.language;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * The languages users read the API in: simplified Chinese, the default, and English, chosen by {@code Accept-Language}
 * exactly as the services choose (the platform's {@code Language}, which the gateway does not depend on): the range of
 * highest weight naming one of them wins ({@code en-US} is English, any {@code zh} Chinese); none, or a header that
 * does not parse, is Chinese. Every answer the gateway makes itself says which in {@code Content-Language}
 * ({@link org.masswork.gateway.edge.EdgeHandler}); a service's answer carries its own.
 */
public enum Language {
    ZH_CN("zh-CN"),
    EN("en");

    public static final Language DEFAULT = ZH_CN;
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

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

    /** The language a request asks for. */
    public static Language of(HttpServerRequest request) {
        return negotiate(String.join(",", request.headers().getAll(ACCEPT_LANGUAGE)));
    }

    /** The current request's language, in a REST resource; outside a request the default. */
    public static Language current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return DEFAULT;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? DEFAULT : of(request.request());
    }
}
