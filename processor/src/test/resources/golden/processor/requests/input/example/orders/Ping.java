package example.orders;

import dev.stratum.annotations.Validatable;

/** Nothing to check: the validator accepts every instance. */
@Validatable
public record Ping(String text) {
}
