package example.orders;

import dev.stratum.annotations.Validatable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Nested objects: each is checked by its own generated validator, under its property's pointer. */
@Validatable
public record Shipment(@Valid @NotNull OrderRequest order, @Valid ShippingAddress address) {
}
