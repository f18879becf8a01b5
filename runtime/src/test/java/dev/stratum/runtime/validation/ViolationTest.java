package dev.stratum.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void theThreeArgumentFormCarriesNoValue() {
        assertThat(new Violation("/name", "must not be blank", "NotBlank").rejectedValue()).isNull();
    }

    @Test
    void toStringNeverShowsTheRejectedValue() {
        var violation = new Violation("/pin", "must match \"[0-9]{4}\"", "Pattern", "hunter2");

        assertThat(violation.toString()).contains("/pin", "Pattern").doesNotContain("hunter2");
    }

    @Test
    void theProblemExtensionsLeaveTheValuesOut() {
        var exception = new ValidationException(List.of(new Violation("/pin", "wrong", "Pattern", "hunter2")));

        assertThat(exception.violations().get(0).rejectedValue()).isEqualTo("hunter2");
        assertThat(exception.extensions().get("violations"))
                .isEqualTo(List.of(new ValidationException.Reported("/pin", "wrong", "Pattern")));
    }
}
