package dev.stratum.runtime.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons that stand outside string literals, quoted identifiers and
 * comments. Comments are dropped; dollar-quoted PostgreSQL bodies are not supported (Stratum never writes them).
 */
final class SqlScript {

    private final String text;
    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int position;

    private SqlScript(String text) {
        this.text = text;
    }

    /** The script's statements in order, trimmed, without their terminating semicolons and without comments. */
    static List<String> statements(String text) {
        return new SqlScript(text).split();
    }

    private List<String> split() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (startsWith("--")) {
                skipPast("\n");
            } else if (startsWith("/*")) {
                skipPast("*/");
                current.append(' ');
            } else if (c == '\'' || c == '"') {
                copyQuoted(c);
            } else if (c == ';') {
                endStatement();
                position++;
            } else {
                current.append(c);
                position++;
            }
        }
        endStatement();
        return List.copyOf(statements);
    }

    private boolean startsWith(String token) {
        return text.startsWith(token, position);
    }

    private void skipPast(String terminator) {
        int end = text.indexOf(terminator, position + 2);
        position = end < 0 ? text.length() : end + terminator.length();
    }

    // A doubled quote inside a quoted run is an escaped quote, which this loop copies as two consecutive runs.
    private void copyQuoted(char quote) {
        int end = text.indexOf(quote, position + 1);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated " + (quote == '\'' ? "string literal" : "quoted identifier")
                    + " starting at character " + position);
        }
        current.append(text, position, end + 1);
        position = end + 1;
    }

    private void endStatement() {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
