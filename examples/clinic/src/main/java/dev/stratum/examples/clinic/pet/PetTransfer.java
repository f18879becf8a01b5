package dev.stratum.examples.clinic.pet;

import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/pets/{id}/transfer}: the new owner's id. */
@Validatable
public record PetTransfer(@NotNull @Min(1) Long ownerId) {
}
