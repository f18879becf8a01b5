package dev.stratum.processor.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON tree for documents the processor writes, printed with two-space indentation. Objects keep their
 * insertion order, so a writer that inserts in a fixed order gets byte-identical output; the processor carries no
 * JSON library so it cannot clash with the user's.
 */
final class Json {

    /** JSON's {@code null}, where a document needs it as a value (e.g. in an {@code enum}). */
    static final Object NULL = new Object();

    private Json() {
    }

    /** An object whose members print in insertion order. */
    static final class Obj {

        private final Map<String, Object> members = new LinkedHashMap<>();

        /** Adds a member; the value is a string, boolean, number, {@link Obj} or list of those. */
        Obj put(String name, Object value) {
            members.put(name, value);
            return this;
        }

        /** Adds every member of {@code other}, in its order. */
        Obj putAll(Obj other) {
            members.putAll(other.members);
            return this;
        }

        /** A copy with the members in name order, e.g. responses by status code. */
        Obj sortedByName() {
            var sorted = new Obj();
            new java.util.TreeMap<>(members).forEach(sorted::put);
            return sorted;
        }

        /** The member object of that name, added empty first when there is none. */
        Obj object(String name) {
            return (Obj) members.computeIfAbsent(name, missing -> new Obj());
        }

        /** Whether a member of that name exists. */
        boolean has(String name) {
            return members.containsKey(name);
        }

        /** Adds a member only when the value is present. */
        Obj putIfPresent(String name, Object value) {
            return value == null ? this : put(name, value);
        }
    }

    static Obj obj() {
        return new Obj();
    }

    /** A reference to a schema in {@code components/schemas}. */
    static Obj ref(String kind, String name) {
        return obj().put("$ref", "#/components/" + kind + "/" + name);
    }

    static List<Object> array(Object... values) {
        return new ArrayList<>(List.of(values));
    }

    static String print(Obj root) {
        var out = new StringBuilder();
        write(out, root, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Obj object) {
            writeObject(out, object, indent);
        } else if (value instanceof List<?> list) {
            writeArray(out, list, indent);
        } else if (value == NULL) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else if (value instanceof BigDecimal number) {
            out.append(number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static void writeObject(StringBuilder out, Obj object, String indent) {
        if (object.members.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        var first = true;
        for (Map.Entry<String, Object> member : object.members.entrySet()) {
            out.append(first ? "" : ",\n").append(inner).append(quote(member.getKey())).append(": ");
            write(out, member.getValue(), inner);
            first = false;
        }
        out.append('\n').append(indent).append('}');
    }

    private static void writeArray(StringBuilder out, List<?> list, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        if (list.stream().noneMatch(item -> item instanceof Obj || item instanceof List)) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(out, list.get(i), indent);
            }
            out.append(']');
            return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ",\n").append(inner);
            write(out, list.get(i), inner);
        }
        out.append('\n').append(indent).append(']');
    }

    static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
