package dev.stratum.examples.clinic.owner;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An owner's postal address, stored in the owners table as {@code address_street}, {@code address_city} and
 * {@code address_postal_code}, and sent as a nested JSON object.
 */
@Embeddable
public record Address(
        @NotBlank @Size(max = 80) String street,
        @NotBlank @Size(max = 40) String city,
        @NotBlank @Pattern(regexp = "[0-9]{4,5}") @Size(max = 5) String postalCode) {
}
