package dev.stratum.processor.generate;

import dev.stratum.processor.model.Criterion;
import dev.stratum.processor.model.Criterion.Condition;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderMethod;
import dev.stratum.processor.model.FinderMethod.Ordering;
import dev.stratum.processor.model.FinderMethod.Result;
import dev.stratum.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL of one finder, built from its parsed criteria: identifiers come from the model, every value is a bind
 * parameter, in the order the method declares them. Portable between H2 and PostgreSQL: {@code LOWER} for
 * {@code IgnoreCase}, {@code = ANY(?)} for {@code In}, {@code ESCAPE '!'} for {@code LIKE}.
 */
record FinderSql(EntityModel entity, FinderMethod method) {

    /** The statement the finder runs; for a page, the page's rows. */
    String statement() {
        return switch (method.action()) {
            case FIND -> "SELECT " + columns() + "\nFROM " + RelationCode.from(entity) + "\n" + where() + orderBy() + limit();
            case EXISTS -> "SELECT 1\nFROM " + entity.table() + "\n" + where() + "FETCH FIRST 1 ROW ONLY\n";
            case COUNT -> count();
            case DELETE -> "DELETE FROM " + entity.table() + "\n" + where();
        };
    }

    /** How many rows the criteria select. */
    String count() {
        return "SELECT COUNT(*)\nFROM " + entity.table() + "\n" + where();
    }

    private String columns() {
        return RepositoryWriter.RepositorySql.selectList(entity);
    }

    /**
     * The criteria, then on an owner-scoped entity the owner condition, so a finder sees only the caller's rows like
     * every read of its repository; criteria with {@code Or} are parenthesized before the owner condition.
     */
    private String where() {
        Optional<String> criteria = method.where().map(criterion -> criterion instanceof Criterion.AnyOf && scoped()
                ? "(" + render(criterion, false) + ")" : render(criterion, false));
        Optional<String> owner = scoped() ? Optional.of(OwnerScoping.condition(entity)) : Optional.empty();
        String conditions = Stream.concat(criteria.stream(), owner.stream()).collect(Collectors.joining(" AND "));
        return conditions.isEmpty() ? "" : "WHERE " + conditions + "\n";
    }

    private boolean scoped() {
        return entity.owner().isPresent();
    }

    /** {@code And} binds tighter than {@code Or} in SQL too; the parentheses are for the reader. */
    private String render(Criterion criterion, boolean nested) {
        if (criterion instanceof Criterion.AnyOf any) {
            return any.parts().stream().map(part -> render(part, true)).collect(Collectors.joining(" OR "));
        }
        if (criterion instanceof Criterion.AllOf all) {
            String parts = all.parts().stream().map(part -> render(part, false)).collect(Collectors.joining(" AND "));
            return nested ? "(" + parts + ")" : parts;
        }
        return condition((Condition) criterion);
    }

    private String condition(Condition condition) {
        String column = RelationCode.column(entity, condition.property());
        String subject = condition.ignoreCase() ? "LOWER(" + column + ")" : column;
        String value = condition.ignoreCase() ? "LOWER(?)" : "?";
        return switch (condition.operator()) {
            case EQUALS -> subject + " = " + value;
            case NOT -> subject + " <> " + value;
            case LESS_THAN -> column + " < ?";
            case LESS_THAN_EQUAL -> column + " <= ?";
            case GREATER_THAN -> column + " > ?";
            case GREATER_THAN_EQUAL -> column + " >= ?";
            case BETWEEN -> column + " BETWEEN ? AND ?";
            case IN -> column + " = ANY(?)";
            case IS_NULL -> column + " IS NULL";
            case IS_NOT_NULL -> column + " IS NOT NULL";
            case TRUE -> column + " = TRUE";
            case FALSE -> column + " = FALSE";
            case STARTS_WITH, ENDS_WITH, CONTAINING -> subject + " LIKE " + value + " ESCAPE '!'";
        };
    }

    /** The declared ordering; a page ends with the id, so rows with equal sort keys never move between pages. */
    private String orderBy() {
        List<Ordering> ordering = new ArrayList<>(method.orderBy());
        PropertyModel id = entity.id();
        if (method.result() == Result.PAGE && ordering.stream().noneMatch(o -> o.property().equals(id))) {
            ordering.add(new Ordering(id, false));
        }
        if (ordering.isEmpty()) {
            return "";
        }
        return "ORDER BY " + ordering.stream()
                .map(o -> RelationCode.column(entity, o.property()) + (o.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", ")) + "\n";
    }

    /** An optional result fetches two rows at most: enough to tell that the criteria were not unique. */
    private String limit() {
        return switch (method.result()) {
            case OPTIONAL -> "FETCH FIRST 2 ROWS ONLY\n";
            case PAGE -> "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY\n";
            default -> "";
        };
    }
}
