package dev.stratum.processor.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the candidate closest to a misspelt name, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate, when it is near enough to be a plausible misspelling (at most a third of it differs). */
    static Optional<String> closest(String name, List<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))
                        <= Math.max(2, Math.max(name.length(), candidate.length()) / 3));
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
