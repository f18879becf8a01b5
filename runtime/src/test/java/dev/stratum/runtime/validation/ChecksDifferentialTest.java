package dev.stratum.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern.Flag;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link Checks} with Hibernate Validator, the reference implementation, on generated values. Each run uses a
 * fresh seed, printed with any disagreement; {@code -Dstratum.seed=<seed>} replays a run.
 */
class ChecksDifferentialTest {

    private static final int SAMPLES = 5_000;
    private static final int EMAIL_SAMPLES = 40_000;
    private static final Instant NOW = Instant.parse("2024-02-29T23:59:59.999999999Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Kolkata"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static ValidatorFactory factory;
    private static Validator reference;

    private final long seed = Long.getLong("stratum.seed", new SecureRandom().nextLong());
    private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    private final Values values = new Values(random);

    @BeforeAll
    static void startReference() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new Verbatim())
                .clockProvider(() -> CLOCK)
                .buildValidatorFactory();
        reference = factory.getValidator();
    }

    @AfterAll
    static void stopReference() {
        factory.close();
    }

    @Test
    void email() {
        agree(EMAIL_SAMPLES, values::email, DefaultEmail.class, Checks::email);
        Pattern clinic = Pattern.compile("[a-z.]+@clinic\\.example", Pattern.CASE_INSENSITIVE);
        agree(SAMPLES, values::email, ClinicEmail.class, value -> Checks.email(value, clinic));
    }

    @Test
    void emailCorner() {
        var corner = List.of("", "a@b", "\"a@b\"@example.com", "\"quote\\\"inside\"@example.com", "user@[999.1.1.1]",
                "user@[IPv6:::]", "user@[IPv6:1:2:3:4:5:6:7::]", "user@[IPv6:1:2:3:4:5:6:7::8]", "user@[IPv6:fe80:%a]",
                "user@[IPv6:1:2:3:4:5:6:1.2.3.4]", "user@[IPv6:::ffff:0:1.2.3.4]", "user@[IPv6:1:2::01.2.3.4]",
                "smile\uD83D\uDE00@example.com", "a@" + "\u00FC".repeat(62) + ".de", "a@\u0131.com", "a@\u212A.com",
                "\u00FC".repeat(64) + "@example.com", "a@" + "b".repeat(64) + ".com");
        var samples = corner.iterator();
        agree(corner.size(), samples::next, DefaultEmail.class, Checks::email);
    }

    @Test
    void size() {
        agree(SAMPLES, values::shortText, Sized.class, value -> Checks.size(value, 2, 5));
    }

    @Test
    void notBlankAndNotEmpty() {
        agree(SAMPLES, values::shortText, Blank.class, Checks::notBlank);
        agree(SAMPLES, values::shortText, Empty.class, Checks::notEmpty);
    }

    @Test
    void digits() {
        agree(SAMPLES, values::decimal, DecimalDigits.class, value -> NumberChecks.digits(value, 3, 2));
        agree(SAMPLES, values::decimal, FractionOnly.class, value -> NumberChecks.digits(value, 0, 4));
        agree(SAMPLES, values::longValue, LongDigits.class, value -> NumberChecks.digits(value, 4, 0));
        agree(SAMPLES, values::intValue, IntDigits.class, value -> NumberChecks.digits(value, 2, 1));
    }

    @Test
    void decimalBounds() {
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal lower = new BigDecimal("-10.25");
        agree(SAMPLES, values::decimal, AtLeastHalf.class, value -> NumberChecks.decimalMin(value, half, true));
        agree(SAMPLES, values::decimal, AboveLower.class, value -> NumberChecks.decimalMin(value, lower, false));
        agree(SAMPLES, values::decimal, AtMostHalf.class, value -> NumberChecks.decimalMax(value, half, true));
        agree(SAMPLES, values::decimal, BelowLower.class, value -> NumberChecks.decimalMax(value, lower, false));
        agree(SAMPLES, values::longValue, LongAboveHalf.class, value -> NumberChecks.decimalMin(value, half, false));
        agree(SAMPLES, values::intValue, IntAtMostLower.class, value -> NumberChecks.decimalMax(value, lower, true));
    }

    @Test
    void minAndMax() {
        agree(SAMPLES, values::intValue, IntRange.class, value -> NumberChecks.min(value, -3) && NumberChecks.max(value, 7));
        agree(SAMPLES, values::longValue, LongRange.class, value -> NumberChecks.min(value, -3) && NumberChecks.max(value, 7));
        agree(SAMPLES, values::decimal, DecimalRange.class, value -> NumberChecks.min(value, -3) && NumberChecks.max(value, 7));
    }

    @Test
    void signs() {
        agree(SAMPLES, values::decimal, DecimalPositive.class, NumberChecks::positive);
        agree(SAMPLES, values::decimal, DecimalPositiveOrZero.class, NumberChecks::positiveOrZero);
        agree(SAMPLES, values::longValue, LongNegative.class, NumberChecks::negative);
        agree(SAMPLES, values::intValue, IntNegativeOrZero.class, NumberChecks::negativeOrZero);
    }

    @Test
    void time() {
        agree(SAMPLES, () -> values.date(TODAY), PastDate.class, value -> TimeChecks.past(value, CLOCK));
        agree(SAMPLES, () -> values.date(TODAY), PastOrPresentDate.class, value -> TimeChecks.pastOrPresent(value, CLOCK));
        agree(SAMPLES, () -> values.date(TODAY), FutureDate.class, value -> TimeChecks.future(value, CLOCK));
        agree(SAMPLES, () -> values.date(TODAY), FutureOrPresentDate.class, v -> TimeChecks.futureOrPresent(v, CLOCK));
        agree(SAMPLES, () -> values.instant(NOW), PastInstant.class, v -> TimeChecks.past(v, CLOCK));
        agree(SAMPLES, () -> values.instant(NOW), FutureOrPresentInstant.class, v -> TimeChecks.futureOrPresent(v, CLOCK));
    }

    /** Both give the same verdict on every sample; {@code bean} declares the constraint on its field {@code value}. */
    private <T> void agree(int samples, Supplier<T> generator, Class<?> bean, Predicate<T> check) {
        for (int i = 0; i < samples; i++) {
            T value = generator.get();
            boolean expected = reference.validateValue(bean, "value", value).isEmpty();
            assertThat(check.test(value))
                    .as("%s on <%s> (replay with -Dstratum.seed=%d)", bean.getSimpleName(), value, seed)
                    .isEqualTo(expected);
        }
    }

    /** Only verdicts are compared, so messages stay uninterpolated (and need no expression language). */
    private static final class Verbatim implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }

    static final class DefaultEmail { @Email String value; }
    static final class ClinicEmail {
        @Email(regexp = "[a-z.]+@clinic\\.example", flags = Flag.CASE_INSENSITIVE) String value;
    }
    static final class Sized { @Size(min = 2, max = 5) String value; }
    static final class Blank { @NotBlank String value; }
    static final class Empty { @NotEmpty String value; }
    static final class DecimalDigits { @Digits(integer = 3, fraction = 2) BigDecimal value; }
    static final class FractionOnly { @Digits(integer = 0, fraction = 4) BigDecimal value; }
    static final class LongDigits { @Digits(integer = 4, fraction = 0) Long value; }
    static final class IntDigits { @Digits(integer = 2, fraction = 1) Integer value; }
    static final class AtLeastHalf { @DecimalMin("0.5") BigDecimal value; }
    static final class AboveLower { @DecimalMin(value = "-10.25", inclusive = false) BigDecimal value; }
    static final class AtMostHalf { @DecimalMax("0.5") BigDecimal value; }
    static final class BelowLower { @DecimalMax(value = "-10.25", inclusive = false) BigDecimal value; }
    static final class LongAboveHalf { @DecimalMin(value = "0.5", inclusive = false) Long value; }
    static final class IntAtMostLower { @DecimalMax("-10.25") Integer value; }
    static final class IntRange { @Min(-3) @Max(7) Integer value; }
    static final class LongRange { @Min(-3) @Max(7) Long value; }
    static final class DecimalRange { @Min(-3) @Max(7) BigDecimal value; }
    static final class DecimalPositive { @Positive BigDecimal value; }
    static final class DecimalPositiveOrZero { @PositiveOrZero BigDecimal value; }
    static final class LongNegative { @Negative Long value; }
    static final class IntNegativeOrZero { @NegativeOrZero Integer value; }
    static final class PastDate { @Past LocalDate value; }
    static final class PastOrPresentDate { @PastOrPresent LocalDate value; }
    static final class FutureDate { @Future LocalDate value; }
    static final class FutureOrPresentDate { @FutureOrPresent LocalDate value; }
    static final class PastInstant { @Past Instant value; }
    static final class FutureOrPresentInstant { @FutureOrPresent Instant value; }
}
