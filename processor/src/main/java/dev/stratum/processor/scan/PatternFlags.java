package dev.stratum.processor.scan;

import java.util.List;
import java.util.regex.Pattern;

/** Maps {@code jakarta.validation.constraints.Pattern.Flag} constant names to {@link Pattern} flag bits. */
final class PatternFlags {

    private PatternFlags() {
    }

    static int toBits(List<String> flagNames) {
        int bits = 0;
        for (String name : flagNames) {
            bits |= switch (name) {
                case "UNIX_LINES" -> Pattern.UNIX_LINES;
                case "CASE_INSENSITIVE" -> Pattern.CASE_INSENSITIVE;
                case "COMMENTS" -> Pattern.COMMENTS;
                case "MULTILINE" -> Pattern.MULTILINE;
                case "DOTALL" -> Pattern.DOTALL;
                case "UNICODE_CASE" -> Pattern.UNICODE_CASE;
                case "CANON_EQ" -> Pattern.CANON_EQ;
                default -> throw new IllegalArgumentException("unknown Pattern.Flag " + name);
            };
        }
        return bits;
    }
}
