package dev.stratum.processor.model;

import java.util.Locale;

/** Stratum's naming conventions for tables, columns and accessors. */
public final class Naming {

    private Naming() {
    }

    /** {@code birthDate} → {@code birth_date}; {@code HTTPStatus} → {@code http_status}. */
    public static String snakeCase(String javaName) {
        var out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(javaName, i)) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return Character.isLowerCase(previous) || Character.isDigit(previous)
                || (Character.isUpperCase(previous) && nextIsLower);
    }

    /** {@code name} → {@code Name}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** {@code Pet} → {@code pet}: the name of a local variable holding an entity. */
    public static String decapitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** {@code pet} → {@code pets}, {@code category} → {@code categories}: the name of a list of entities. */
    public static String plural(String name) {
        if (name.endsWith("s") || name.endsWith("x") || name.endsWith("ch") || name.endsWith("sh")) {
            return name + "es";
        }
        if (name.length() > 1 && name.endsWith("y") && "aeiou".indexOf(name.charAt(name.length() - 2)) < 0) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }
}
