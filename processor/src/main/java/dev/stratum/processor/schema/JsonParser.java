package dev.stratum.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the JSON subset schema snapshots use: objects, arrays, strings, integers and booleans. Every
 * value remembers where it started, so the snapshot reader can name the line of a wrong value.
 */
final class JsonParser {

    /** A parsed value and the line and column it starts at. */
    sealed interface Value permits JsonObject, JsonArray, JsonString, JsonInteger, JsonBoolean {
        int line();

        int column();
    }

    record JsonObject(Map<String, Value> members, int line, int column) implements Value {
    }

    record JsonArray(List<Value> elements, int line, int column) implements Value {
    }

    record JsonString(String value, int line, int column) implements Value {
    }

    record JsonInteger(long value, int line, int column) implements Value {
    }

    record JsonBoolean(boolean value, int line, int column) implements Value {
    }

    private final String text;
    private int position;
    private int line = 1;
    private int lineStart;

    private JsonParser(String text) {
        this.text = text;
    }

    static Value parse(String text) {
        var parser = new JsonParser(text);
        parser.skipWhitespace();
        Value root = parser.value();
        parser.skipWhitespace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected " + parser.describeNext() + " after the end of the document");
        }
        return root;
    }

    private Value value() {
        if (atEnd()) {
            throw error("expected a value but the text ended");
        }
        char next = text.charAt(position);
        if (next == '{') {
            return object();
        }
        if (next == '[') {
            return array();
        }
        if (next == '"') {
            return string();
        }
        if (next == '-' || Character.isDigit(next)) {
            return integer();
        }
        if (text.startsWith("true", position) || text.startsWith("false", position)) {
            return bool();
        }
        throw error("expected a value but found " + describeNext());
    }

    private JsonObject object() {
        int startLine = line;
        int startColumn = column();
        position++;
        var members = new LinkedHashMap<String, Value>();
        skipWhitespace();
        if (consume('}')) {
            return new JsonObject(members, startLine, startColumn);
        }
        do {
            skipWhitespace();
            if (atEnd() || text.charAt(position) != '"') {
                throw error("expected a quoted key but found " + describeNext());
            }
            JsonString key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (members.put(key.value(), value()) != null) {
                throw new SnapshotFormatException(key.line(), key.column(), "duplicate key \"" + key.value() + "\"");
            }
            skipWhitespace();
        } while (consume(','));
        if (!consume('}')) {
            throw error("expected ',' or '}' but found " + describeNext());
        }
        return new JsonObject(members, startLine, startColumn);
    }

    private JsonArray array() {
        int startLine = line;
        int startColumn = column();
        position++;
        var elements = new ArrayList<Value>();
        skipWhitespace();
        if (consume(']')) {
            return new JsonArray(elements, startLine, startColumn);
        }
        do {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
        } while (consume(','));
        if (!consume(']')) {
            throw error("expected ',' or ']' but found " + describeNext());
        }
        return new JsonArray(elements, startLine, startColumn);
    }

    private JsonString string() {
        int startLine = line;
        int startColumn = column();
        position++;
        var out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error("the string that starts at line " + startLine + ", column " + startColumn + " never ends");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return new JsonString(out.toString(), startLine, startColumn);
            }
            if (c < 0x20) {
                position--;
                throw error("a control character must be escaped inside a string");
            }
            out.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        if (atEnd()) {
            throw error("the text ended inside an escape sequence");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                position--;
                throw error("unknown escape sequence \\" + c);
            }
        };
    }

    private char unicodeEscape() {
        if (position + 4 > text.length() || !text.substring(position, position + 4).matches("[0-9a-fA-F]{4}")) {
            throw error("\\u must be followed by four hex digits");
        }
        char c = (char) Integer.parseInt(text.substring(position, position + 4), 16);
        position += 4;
        return c;
    }

    private JsonInteger integer() {
        int startColumn = column();
        int start = position;
        consume('-');
        while (!atEnd() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        String digits = text.substring(start, position);
        if (!digits.matches("-?(0|[1-9][0-9]{0,17})")) {
            position = start;
            throw error("expected an integer (no leading zeros, at most 18 digits) but found " + describeNext());
        }
        if (!atEnd() && ".eE".indexOf(text.charAt(position)) >= 0) {
            throw error("expected an integer; a schema snapshot has no fractions or exponents");
        }
        return new JsonInteger(Long.parseLong(digits), line, startColumn);
    }

    private JsonBoolean bool() {
        int startColumn = column();
        boolean value = text.startsWith("true", position);
        position += value ? 4 : 5;
        return new JsonBoolean(value, line, startColumn);
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw error("expected '" + expected + "' but found " + describeNext());
        }
    }

    private boolean consume(char expected) {
        if (!atEnd() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (!atEnd() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            if (text.charAt(position) == '\n') {
                line++;
                lineStart = position + 1;
            }
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private int column() {
        return position - lineStart + 1;
    }

    private String describeNext() {
        return atEnd() ? "the end of the text" : "'" + text.charAt(position) + "'";
    }

    private SnapshotFormatException error(String problem) {
        return new SnapshotFormatException(line, column(), problem);
    }
}
