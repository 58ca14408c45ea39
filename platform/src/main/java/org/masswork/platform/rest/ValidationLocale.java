package org.masswork.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;
import org.masswork.platform.language.Language;

/**
 * Bean Validation messages in the request's {@link Language}: Hibernate Validator's own messages (it ships Chinese
 * ones) and each service's {@code ValidationMessages_zh/_en}. Replaces the framework's resolver (excluded in the
 * platform's configuration), which filters {@code Accept-Language} differently ({@code en-US} would not match
 * {@code en}).
 */
@ApplicationScoped
public class ValidationLocale implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Language.current().locale();
    }
}
