package dev.stratum.runtime.spring;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes request bodies strict: unknown properties, {@code null} for primitives, trailing content, and values of the
 * wrong JSON type (a string for a number, a number for a string, an enum's index, {@code 1.5} for an integer, a
 * number or an empty string for a date) are rejected instead of silently dropped or coerced. Enums travel by
 * {@code name()}, dates as ISO-8601 strings; only instants still accept epoch seconds, which Jackson's reader offers
 * no switch for.
 *
 * <p>Runs after Spring Boot's own customizer, so {@code spring.jackson.*} properties cannot loosen these rules.
 */
public class StrictJsonCustomizer implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .withCoercionConfig(LogicalType.Textual, StrictJsonCustomizer::rejectScalars)
                .withCoercionConfig(LogicalType.Enum, StrictJsonCustomizer::rejectScalars)
                .defaultLeniency(false);
    }

    private static void rejectScalars(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
