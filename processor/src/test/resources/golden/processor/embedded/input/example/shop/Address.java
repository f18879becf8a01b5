package example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address, stored in the columns of the entity that embeds it. */
@Embeddable
public record Address(
        @NotBlank @Size(max = 120) String street,
        @NotBlank @Size(max = 60) String city,
        @NotBlank @Size(min = 4, max = 10) @Pattern(regexp = "[0-9A-Z -]+") @Column(length = 10) String postalCode) {
}
