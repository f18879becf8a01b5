package dev.stratum.benchmarks;

import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The benchmarked request: a typical body with text, number, decimal and pattern constraints. */
@Validatable
public record Order(
        @NotBlank @Size(max = 40) String customer,
        @Size(max = 200) String note,
        @Min(1) @Max(99) int quantity,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal total,
        @NotNull @Pattern(regexp = "[A-Z]{3}-[0-9]{4}") String code) {
}
