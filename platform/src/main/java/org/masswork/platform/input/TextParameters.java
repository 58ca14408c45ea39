package org.masswork.platform.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.masswork.platform.language.Text;

/**
 * Every text parameter of a form, query or header is refused (400 naming it) when it holds a NUL character or bytes
 * that were not UTF-8 ({@link InputRules#refuseDecodedText}), before a resource sees it. Path parameters are left to
 * the resources (a malformed id is a 404).
 */
@Provider
public class TextParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != String.class) {
            return null;
        }
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<String>() {
            @Override
            public String fromString(String value) {
                Text refusal = InputRules.refuseDecodedText(value);
                if (refusal != null) {
                    throw new InvalidParameter(name, refusal);
                }
                return value;
            }

            @Override
            public String toString(String value) {
                return value;
            }
        };
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return null;
    }
}
