package dev.stratum.processor.model;

import java.util.Map;
import java.util.Optional;

/**
 * Interpolates a constraint's message template at compile time, as Jakarta Validation's message interpolation does
 * without an expression language: {@code {min}} and the other attributes of the constraint become their values,
 * {@code {jakarta.validation.constraints.Size.message}} and the other keys of the specification become their English
 * text (itself interpolated), and {@code \{}, {@code \}}, {@code \$} and {@code \\} stand for the character after the
 * backslash. A placeholder naming no attribute or key stays as written. Expression-language parts ({@code ${...}})
 * are not evaluated: they stay as written and {@link Interpolated#expression()} says one was seen.
 */
public final class MessageTemplates {

    private static final String KEY_PREFIX = "jakarta.validation.constraints.";
    private static final String KEY_SUFFIX = ".message";

    private MessageTemplates() {
    }

    /**
     * A finished message.
     *
     * @param text       the message
     * @param expression whether the template held an expression-language part, left unevaluated
     */
    public record Interpolated(String text, boolean expression) {
    }

    /**
     * The template with the constraint's attributes filled in; {@code attributes} are rendered as the reference
     * implementation renders them ({@code 5}, {@code true}, {@code [CASE_INSENSITIVE]}).
     */
    public static Interpolated interpolate(String template, Map<String, String> attributes) {
        var text = new StringBuilder();
        boolean expression = false;
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c == '\\' && at + 1 < template.length() && "{}$\\".indexOf(template.charAt(at + 1)) >= 0) {
                text.append(template.charAt(at + 1));
                at += 2;
            } else if (c == '$' && at + 1 < template.length() && template.charAt(at + 1) == '{') {
                expression = true;
                int end = template.indexOf('}', at);
                text.append(template, at, end < 0 ? template.length() : end + 1);
                at = end < 0 ? template.length() : end + 1;
            } else if (c == '{') {
                int end = closing(template, at);
                if (end == -2) {
                    // A brace inside a placeholder: the reference implementation leaves the whole template alone.
                    return new Interpolated(template, template.contains("${"));
                }
                if (end < 0) {
                    text.append(template, at, template.length());
                    break;
                }
                String name = template.substring(at + 1, end);
                Optional<String> value = Optional.ofNullable(attributes.get(name))
                        .or(() -> keyTemplate(name, attributes).map(key -> interpolate(key, attributes).text()));
                text.append(value.orElse("{" + name + "}"));
                at = end + 1;
            } else {
                text.append(c);
                at++;
            }
        }
        return new Interpolated(text.toString(), expression);
    }

    /** The index of the brace closing the placeholder at {@code open}; -1 when none does, -2 when another opens first. */
    private static int closing(String template, int open) {
        for (int at = open + 1; at < template.length(); at++) {
            char c = template.charAt(at);
            if (c == '}') {
                return at;
            }
            if (c == '{') {
                return -2;
            }
        }
        return -1;
    }

    /** The English template of one of the specification's message keys, such as {@code ...Size.message}. */
    private static Optional<String> keyTemplate(String key, Map<String, String> attributes) {
        if (!key.startsWith(KEY_PREFIX) || !key.endsWith(KEY_SUFFIX)) {
            return Optional.empty();
        }
        // The reference bundle words the inclusive bound with an expression; its two outcomes are spelled out here.
        String orEqual = "false".equals(attributes.get("inclusive")) ? "" : "or equal to ";
        return Optional.ofNullable(switch (key.substring(KEY_PREFIX.length(), key.length() - KEY_SUFFIX.length())) {
            case "AssertFalse" -> "must be false";
            case "AssertTrue" -> "must be true";
            case "DecimalMax" -> "must be less than " + orEqual + "{value}";
            case "DecimalMin" -> "must be greater than " + orEqual + "{value}";
            case "Digits" -> "numeric value out of bounds (<{integer} digits>.<{fraction} digits> expected)";
            case "Email" -> "must be a well-formed email address";
            case "Future" -> "must be a future date";
            case "FutureOrPresent" -> "must be a date in the present or in the future";
            case "Max" -> "must be less than or equal to {value}";
            case "Min" -> "must be greater than or equal to {value}";
            case "Negative" -> "must be less than 0";
            case "NegativeOrZero" -> "must be less than or equal to 0";
            case "NotBlank" -> "must not be blank";
            case "NotEmpty" -> "must not be empty";
            case "NotNull" -> "must not be null";
            case "Null" -> "must be null";
            case "Past" -> "must be a past date";
            case "PastOrPresent" -> "must be a date in the past or in the present";
            case "Pattern" -> "must match \"{regexp}\"";
            case "Positive" -> "must be greater than 0";
            case "PositiveOrZero" -> "must be greater than or equal to 0";
            case "Size" -> "size must be between {min} and {max}";
            default -> null;
        });
    }
}
