package example.orders;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Locale;

/** Checks {@link NoBadWords}. */
public class NoBadWordsValidator implements ConstraintValidator<NoBadWords, CharSequence> {

    private List<String> words;
    private boolean ignoreCase;

    @Override
    public void initialize(NoBadWords constraint) {
        this.words = List.of(constraint.words());
        this.ignoreCase = constraint.ignoreCase();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = ignoreCase ? value.toString().toLowerCase(Locale.ROOT) : value.toString();
        return words.stream().noneMatch(word -> text.contains(ignoreCase ? word.toLowerCase(Locale.ROOT) : word));
    }
}
