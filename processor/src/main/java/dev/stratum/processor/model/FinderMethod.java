package dev.stratum.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One derived finder, parsed from its name: {@code findBySpeciesAndNameStartsWithOrderByNameAsc(Species, String)}.
 *
 * @param name        the method name
 * @param action      what the method does with the matching rows
 * @param result      what it returns
 * @param where       the criteria; empty for a finder without any ({@code findByOrderByNameAsc})
 * @param orderBy     the ordering, in the order written
 * @param parameters  the method's parameters, in declaration order
 */
public record FinderMethod(
        String name,
        Action action,
        Result result,
        Optional<Criterion> where,
        List<Ordering> orderBy,
        List<FinderDeclaration.Parameter> parameters) {

    public FinderMethod {
        orderBy = List.copyOf(orderBy);
        parameters = List.copyOf(parameters);
    }

    /** The prefix of the method name: what happens to the rows the criteria select. */
    public enum Action {
        FIND("findBy"), EXISTS("existsBy"), COUNT("countBy"), DELETE("deleteBy");

        private final String prefix;

        Action(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** The declared return type. */
    public enum Result {
        /** {@code Optional<E>}: at most one row. */
        OPTIONAL,
        /** {@code List<E>}: every matching row. */
        LIST,
        /** {@code Page<E>}: one page of the matching rows and their total, selected by a trailing {@code PageRequest}. */
        PAGE,
        /** {@code boolean}: whether any row matches. */
        BOOLEAN,
        /** {@code long}: how many rows match, or were deleted. */
        LONG
    }

    /** The {@code PageRequest} parameter of a {@link Result#PAGE} finder, always the last one. */
    public Optional<FinderDeclaration.Parameter> pageRequest() {
        return result == Result.PAGE ? Optional.of(parameters.get(parameters.size() - 1)) : Optional.empty();
    }

    /** One {@code OrderBy} property and its direction. */
    public record Ordering(PropertyModel property, boolean descending) {
    }
}
