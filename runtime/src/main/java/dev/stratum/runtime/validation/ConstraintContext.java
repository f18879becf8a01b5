package dev.stratum.runtime.validation;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.time.Clock;

/**
 * The {@link ConstraintValidatorContext} generated validators pass to a custom constraint's validator: enough for a
 * validator that answers {@code true} or {@code false} and lets the constraint's own message be reported. A validator
 * that builds its own violations ({@code buildConstraintViolationWithTemplate}) is not supported: the call throws, so
 * the difference cannot go unnoticed. The clock is the system's.
 */
public final class ConstraintContext implements ConstraintValidatorContext {

    private final String messageTemplate;

    /** A context for a constraint whose message template is {@code messageTemplate}. */
    public ConstraintContext(String messageTemplate) {
        this.messageTemplate = messageTemplate;
    }

    /** Has no effect: generated validators always report the constraint's message. */
    @Override
    public void disableDefaultConstraintViolation() {
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return messageTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        return Clock::systemDefaultZone;
    }

    /** Not supported: generated validators report one violation per constraint, with its message. */
    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw new UnsupportedOperationException("custom violations are not supported by Stratum's generated"
                + " validators; return false and let the constraint's message be reported");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new ValidationException("Stratum's constraint context cannot be unwrapped to " + type.getName());
    }
}
