package example.orders;

import dev.stratum.annotations.Sensitive;
import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A request body that is no entity: a record whose components carry the constraints. */
@Validatable
public record OrderRequest(
        @NotBlank @Size(max = 40) String customer,
        @Email String contact,
        @Min(1) @Max(99) int quantity,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal total,
        @FutureOrPresent LocalDate deliverOn,
        @Sensitive @Pattern(regexp = "[0-9]{4}") String pin,
        String note) {
}
