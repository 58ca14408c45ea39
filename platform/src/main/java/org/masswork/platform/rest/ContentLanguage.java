package org.masswork.platform.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.masswork.platform.language.Language;

/**
 * Every answer says the language its text is in ({@code Content-Language}), and that it depends on
 * {@code Accept-Language} ({@code Vary}), so a cache never hands one language's answer to a reader of the other.
 */
public class ContentLanguage {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(Language.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(Language.CONTENT_LANGUAGE, Language.current().tag());
        }
        response.getHeaders().add(HttpHeaders.VARY, Language.ACCEPT_LANGUAGE);
    }
}
