package example.orders;

import dev.stratum.annotations.Create;
import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A custom constraint on a property and on list elements, and constraints of the Create group. */
@Validatable
public record Review(
        @NotBlank @Size(max = 200) @NoBadWords(words = {"darn"}, ignoreCase = false) String text,
        @Size(max = 5) List<@NoBadWords String> tags,
        @NotNull(groups = Create.class) @Size(min = 2, max = 40, message = "{min} to {max} characters") String author) {
}
