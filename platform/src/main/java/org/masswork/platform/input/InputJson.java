package org.masswork.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.masswork.platform.language.Text;

/**
 * The rules of {@link InputRules} for every JSON body: a string with a NUL character and a date outside the years
 * 1900–9999 are refused while the body is read, as a {@link RefusedValue} that the problem mapper turns into a 400
 * naming the field ({@code villager.name}). Registered after Jackson's Java time module, so these readers win.
 */
@Singleton
public class InputJson implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // After the default customizers (which register the Java time module), so these deserializers take precedence.
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("masswork-input-rules");
        module.addDeserializer(String.class, new CheckedText());
        module.addDeserializer(LocalDate.class, new BoundedTemporal<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        module.addDeserializer(LocalDateTime.class, new BoundedTemporal<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));
        module.addDeserializer(OffsetDateTime.class, new BoundedTemporal<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(ZonedDateTime.class, new BoundedTemporal<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME));
        module.addDeserializer(Instant.class, new BoundedTemporal<>(Instant.class, InstantDeserializer.INSTANT));
        mapper.registerModule(module);
    }

    /** A value Jackson could read but the rules refuse; {@link #reason()} says why. */
    public static final class RefusedValue extends InvalidFormatException {

        private final Text reason;

        RefusedValue(JsonParser parser, Text reason, Object value, Class<?> type) {
            super(parser, "The value " + reason.en(), null, type);
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    static final class CheckedText extends StdDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            Text refusal = InputRules.refuseJsonText(value);
            if (refusal != null) {
                throw new RefusedValue(parser, refusal, null, String.class);
            }
            return value;
        }
    }

    static final class BoundedTemporal<T> extends StdDeserializer<T> implements ContextualDeserializer {

        private final JsonDeserializer<? extends T> delegate;

        BoundedTemporal(Class<T> type, JsonDeserializer<? extends T> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = delegate.deserialize(parser, context);
            Text refusal = InputRules.refuseTemporal(value);
            if (refusal != null) {
                throw new RefusedValue(parser, refusal, null, handledType());
            }
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            if (delegate instanceof ContextualDeserializer contextual) {
                return new BoundedTemporal<>((Class<T>) handledType(), (JsonDeserializer<? extends T>) contextual.createContextual(context, property));
            }
            return this;
        }
    }
}
