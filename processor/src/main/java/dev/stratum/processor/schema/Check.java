package dev.stratum.processor.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A named check constraint on one column ({@code ck_<table>_<column>}): the conditions the column's enum or its
 * validation constraints put on every stored value, all of which must hold. A NULL passes, as SQL checks let unknown
 * through, so a nullable column stays nullable.
 *
 * @param name       the constraint's name
 * @param column     the column it checks
 * @param conditions what each value must satisfy, at least one
 */
public record Check(String name, String column, List<Condition> conditions) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("check " + name + " needs at least one condition");
        }
    }

    /**
     * Whether this check may reject a value {@code old} accepted, so that adding it can fail on the rows a table
     * holds: true unless each of its conditions follows from one of {@code old}'s.
     */
    boolean tightens(Check old) {
        return !conditions.stream().allMatch(now -> old.conditions().stream().anyMatch(then -> then.implies(now)));
    }

    /** The SQL condition, e.g. {@code care_level >= 1 and care_level <= 5}. */
    String sql() {
        return String.join(" and ", conditions.stream().map(c -> c.sql(column)).toList());
    }

    /** The same check on a renamed column. */
    Check onColumn(String otherColumn) {
        return new Check(name, otherColumn, conditions);
    }

    /** One condition on a column's value; its {@link #text()} is how the snapshot records it. */
    public sealed interface Condition permits In, Compare, MinLength, NotBlank {

        /** The snapshot's form, e.g. {@code in:CAT,DOG}, {@code >=:1}, {@code minLength:2}, {@code notBlank}. */
        String text();

        /** The SQL condition on {@code column}. */
        String sql(String column);

        /** Whether every value that satisfies this condition also satisfies {@code other}. */
        boolean implies(Condition other);

        /** The condition a snapshot recorded as {@code text}; throws {@link IllegalArgumentException} otherwise. */
        static Condition parse(String text) {
            if (text.equals("notBlank")) {
                return new NotBlank();
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("unknown check condition '" + text + "'");
            }
            String kind = text.substring(0, colon);
            String argument = text.substring(colon + 1);
            try {
                return switch (kind) {
                    case "in" -> new In(List.of(argument.split(",", -1)));
                    case "minLength" -> new MinLength(Integer.parseInt(argument));
                    case ">=", ">", "<=", "<" -> new Compare(Compare.Operator.of(kind), new BigDecimal(argument));
                    default -> throw new IllegalArgumentException("unknown check condition '" + text + "'");
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("check condition '" + text + "' needs a number", e);
            }
        }
    }

    /** The value is one of these constants (an enum stored by name). */
    public record In(List<String> values) implements Condition {
        public In {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> !v.matches("[A-Za-z_$][A-Za-z0-9_$]*"))) {
                throw new IllegalArgumentException("an enum check needs Java constant names, not " + values);
            }
        }

        @Override
        public String text() {
            return "in:" + String.join(",", values);
        }

        /**
         * {@code case c when 'CAT' then true when 'DOG' then true else c is null end}, where {@code c in ('CAT', 'DOG')}
         * would read better: H2 2.4 turns an {@code in} list, and an {@code or} chain of equalities, into a constant
         * set bound to the session that created the check, and fails every later insert once that session has closed
         * (a pool retiring the migration's connection is enough). A simple {@code case} is evaluated in the inserting
         * session; its {@code else} lets a null through, as a check does.
         */
        @Override
        public String sql(String column) {
            return "case " + column + values.stream().map(v -> " when '" + v + "' then true").collect(Collectors.joining())
                    + " else " + column + " is null end";
        }

        @Override
        public boolean implies(Condition other) {
            return other instanceof In in && in.values().containsAll(values);
        }
    }

    /** The number compares with a bound, e.g. {@code >= 1} from {@code @Min(1)}. */
    public record Compare(Operator operator, BigDecimal bound) implements Condition {
        public Compare {
            Objects.requireNonNull(operator, "operator");
            bound = bound.signum() == 0 ? BigDecimal.ZERO : bound.stripTrailingZeros();
        }

        /** The four comparisons, as SQL spells them. */
        public enum Operator {
            AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

            private final String sql;

            Operator(String sql) {
                this.sql = sql;
            }

            public String sql() {
                return sql;
            }

            boolean lower() {
                return this == AT_LEAST || this == ABOVE;
            }

            static Operator of(String sql) {
                for (Operator operator : values()) {
                    if (operator.sql.equals(sql)) {
                        return operator;
                    }
                }
                throw new IllegalArgumentException("unknown comparison " + sql);
            }
        }

        @Override
        public String text() {
            return operator.sql() + ":" + bound.toPlainString();
        }

        @Override
        public String sql(String column) {
            return column + " " + operator.sql() + " " + bound.toPlainString();
        }

        @Override
        public boolean implies(Condition other) {
            if (!(other instanceof Compare that) || operator.lower() != that.operator().lower()) {
                return false;
            }
            int order = bound.compareTo(that.bound());
            boolean strictOrSame = operator == that.operator() || operator == Operator.ABOVE
                    || operator == Operator.BELOW;
            // a lower bound implies a lower or equal one; an upper bound a higher or equal one
            int direction = operator.lower() ? order : -order;
            return direction > 0 || direction == 0 && strictOrSame;
        }
    }

    /** The string has at least this many characters ({@code @Size(min)}). */
    public record MinLength(int length) implements Condition {
        public MinLength {
            if (length < 1) {
                throw new IllegalArgumentException("a length check needs a minimum of 1 or more, not " + length);
            }
        }

        @Override
        public String text() {
            return "minLength:" + length;
        }

        @Override
        public String sql(String column) {
            return "char_length(" + column + ") >= " + length;
        }

        @Override
        public boolean implies(Condition other) {
            return other instanceof MinLength that && length >= that.length();
        }
    }

    /** The string has a character other than spaces ({@code @NotBlank}; the database trims spaces only). */
    public record NotBlank() implements Condition {
        @Override
        public String text() {
            return "notBlank";
        }

        @Override
        public String sql(String column) {
            return "char_length(trim(" + column + ")) > 0";
        }

        @Override
        public boolean implies(Condition other) {
            return other instanceof NotBlank;
        }
    }
}
