package dev.stratum.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.model.Constraint.SignKind;
import dev.stratum.processor.model.Constraint.TemporalKind;
import org.junit.jupiter.api.Test;

/** The texts must equal what the reference implementation renders for the same attributes. */
class DefaultMessagesTest {

    @Test
    void presenceAndLength() {
        assertThat(DefaultMessages.notNull()).isEqualTo("must not be null");
        assertThat(DefaultMessages.notBlank()).isEqualTo("must not be blank");
        assertThat(DefaultMessages.notEmpty()).isEqualTo("must not be empty");
        assertThat(DefaultMessages.size(0, 40)).isEqualTo("size must be between 0 and 40");
        assertThat(DefaultMessages.size(2, Integer.MAX_VALUE)).isEqualTo("size must be between 2 and 2147483647");
    }

    @Test
    void integerBounds() {
        assertThat(DefaultMessages.min(1)).isEqualTo("must be greater than or equal to 1");
        assertThat(DefaultMessages.max(10)).isEqualTo("must be less than or equal to 10");
        assertThat(DefaultMessages.min(-5_000_000_000L)).isEqualTo("must be greater than or equal to -5000000000");
    }

    @Test
    void decimalBoundsShowTheValueAsWritten() {
        assertThat(DefaultMessages.decimalMin("0.5", true)).isEqualTo("must be greater than or equal to 0.5");
        assertThat(DefaultMessages.decimalMin("0.5", false)).isEqualTo("must be greater than 0.5");
        assertThat(DefaultMessages.decimalMax("1.50", true)).isEqualTo("must be less than or equal to 1.50");
        assertThat(DefaultMessages.decimalMax("-2", false)).isEqualTo("must be less than -2");
    }

    @Test
    void signs() {
        assertThat(DefaultMessages.sign(SignKind.POSITIVE)).isEqualTo("must be greater than 0");
        assertThat(DefaultMessages.sign(SignKind.POSITIVE_OR_ZERO)).isEqualTo("must be greater than or equal to 0");
        assertThat(DefaultMessages.sign(SignKind.NEGATIVE)).isEqualTo("must be less than 0");
        assertThat(DefaultMessages.sign(SignKind.NEGATIVE_OR_ZERO)).isEqualTo("must be less than or equal to 0");
    }

    @Test
    void digitsEmailAndPattern() {
        assertThat(DefaultMessages.digits(3, 2))
                .isEqualTo("numeric value out of bounds (<3 digits>.<2 digits> expected)");
        assertThat(DefaultMessages.email()).isEqualTo("must be a well-formed email address");
        assertThat(DefaultMessages.pattern("[a-z]+\\d")).isEqualTo("must match \"[a-z]+\\d\"");
    }

    @Test
    void time() {
        assertThat(DefaultMessages.temporal(TemporalKind.PAST)).isEqualTo("must be a past date");
        assertThat(DefaultMessages.temporal(TemporalKind.PAST_OR_PRESENT))
                .isEqualTo("must be a date in the past or in the present");
        assertThat(DefaultMessages.temporal(TemporalKind.FUTURE)).isEqualTo("must be a future date");
        assertThat(DefaultMessages.temporal(TemporalKind.FUTURE_OR_PRESENT))
                .isEqualTo("must be a date in the present or in the future");
    }

    @Test
    void assertions() {
        assertThat(DefaultMessages.assertTrue()).isEqualTo("must be true");
        assertThat(DefaultMessages.assertFalse()).isEqualTo("must be false");
    }
}
