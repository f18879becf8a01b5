package example.shop;

import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Validatable
public record Rename(@NotBlank @Size(max = 60) String name, @Size(max = 200) String reason) {
}
