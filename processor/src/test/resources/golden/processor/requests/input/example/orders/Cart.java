package example.orders;

import dev.stratum.annotations.Validatable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Containers: constraints on each element, map key and value, and nested objects in a list. */
@Validatable
public record Cart(
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 20) String> items,
        @Size(max = 5) Set<@NotBlank String> labels,
        @Size(max = 50) Map<@Size(max = 20) String, @NotNull @Positive Integer> quantities,
        Optional<@Email String> receiptTo,
        @NotNull @Size(max = 3) List<@Valid ShippingAddress> addresses,
        @Size(max = 100) List<String> notes) {
}
