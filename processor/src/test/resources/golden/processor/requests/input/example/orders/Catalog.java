package example.orders;

import dev.stratum.annotations.Validatable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Arrays and containers of containers: sizes at every level, elements checked in nested loops. */
@Validatable
public record Catalog(
        @NotNull @Size(min = 1, max = 8) String[] codes,
        @NotEmpty @Size(max = 4) int[] weights,
        @Valid @Size(max = 3) ShippingAddress[] depots,
        @Size(max = 5) List<@NotNull @Size(max = 3) List<@NotBlank String>> shelves,
        @Size(max = 10) Map<@NotBlank String, @Size(max = 4) List<@Positive Integer>> stock,
        Optional<@Size(max = 2) List<@NotBlank String>> aliases,
        @Size(max = 3) Set<@Size(max = 2) Map<String, @Size(max = 2) List<@Valid ShippingAddress>>> routes,
        @Size(max = 2) List<@Size(max = 2) List<String>> unchecked,
        @Size(max = 2) Map<String, @Size(max = 2) List<Object>> opaque) {
}
