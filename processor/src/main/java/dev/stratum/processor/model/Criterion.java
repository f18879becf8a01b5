package dev.stratum.processor.model;

import java.util.List;

/**
 * The parsed criteria of a finder: a tree of {@code Or} over {@code And} over conditions ({@code And} binds tighter,
 * as in SQL).
 */
public sealed interface Criterion {

    /** Any of the parts holds. */
    record AnyOf(List<Criterion> parts) implements Criterion {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    /** All of the parts hold. */
    record AllOf(List<Criterion> parts) implements Criterion {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    /**
     * One property compared by one operator.
     *
     * @param property   the property
     * @param operator   how it is compared
     * @param ignoreCase whether strings compare without regard to case
     * @param parameters the names of the method parameters it binds, {@link Operator#arity()} of them
     */
    record Condition(PropertyModel property, Operator operator, boolean ignoreCase, List<String> parameters)
            implements Criterion {
        public Condition {
            parameters = List.copyOf(parameters);
        }
    }

    /** The operators of the finder grammar, with the keyword that names each and the parameters it takes. */
    enum Operator {
        EQUALS("Equals", 1),
        NOT("Not", 1),
        LESS_THAN("LessThan", 1),
        LESS_THAN_EQUAL("LessThanEqual", 1),
        GREATER_THAN("GreaterThan", 1),
        GREATER_THAN_EQUAL("GreaterThanEqual", 1),
        BETWEEN("Between", 2),
        IN("In", 1),
        IS_NULL("IsNull", 0),
        IS_NOT_NULL("IsNotNull", 0),
        TRUE("True", 0),
        FALSE("False", 0),
        STARTS_WITH("StartsWith", 1),
        ENDS_WITH("EndsWith", 1),
        CONTAINING("Containing", 1);

        private final String keyword;
        private final int arity;

        Operator(String keyword, int arity) {
            this.keyword = keyword;
            this.arity = arity;
        }

        public String keyword() {
            return keyword;
        }

        public int arity() {
            return arity;
        }

        /** Whether the operator matches a pattern with {@code LIKE}. */
        public boolean like() {
            return this == STARTS_WITH || this == ENDS_WITH || this == CONTAINING;
        }
    }
}
