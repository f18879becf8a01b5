package dev.stratum.processor.schema;

import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.JoinTableModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.TableIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Table and column names must read the same, unquoted, in every dialect (see {@link SqlDialect} for why Stratum never
 * quotes): lower-case snake_case, at most 63 characters, and no dialect's reserved word.
 */
public final class IdentifierRules {

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9_]*");

    private IdentifierRules() {
    }

    /** Every table and column name of these entities that some dialect could not read unquoted. */
    public static List<SchemaProblem> check(List<EntityModel> entities, List<SqlDialect> dialects) {
        var problems = new ArrayList<SchemaProblem>();
        for (EntityModel entity : entities) {
            String entityName = entity.qualifiedName();
            problem(entity.table(), dialects).ifPresent(why -> problems.add(new SchemaProblem(
                    Location.entity(entityName),
                    entity.simpleName() + " maps to table '" + entity.table() + "', which " + why
                            + "; set @Table(name = \"" + suggestion(entity.table(), dialects) + "\")")));
            for (PropertyModel property : entity.columns()) {
                String column = property.column().name();
                problem(column, dialects).ifPresent(why -> problems.add(new SchemaProblem(
                        Location.field(entityName, property.javaField()),
                        entity.simpleName() + "." + property.name() + " maps to column '" + column + "', which " + why
                                + "; choose another name with " + (property.reference().isPresent()
                                        ? "@JoinColumn" : "@Column") + "(name = \"...\")")));
            }
            for (EmbeddedModel embedded : entity.embedded()) {
                for (PropertyModel component : embedded.components()) {
                    String column = component.column().name();
                    problem(column, dialects).ifPresent(why -> problems.add(new SchemaProblem(
                            Location.field(embedded.qualifiedName(), component.name()),
                            entity.simpleName() + "." + embedded.name() + "." + component.name() + " maps to column '"
                                    + column + "', which " + why + "; choose a shorter or other name with"
                                    + " @Column(name = \"...\") in " + embedded.simpleName()
                                    + " or rename the embedded field")));
                }
            }
            for (TableIndex index : entity.tableIndexes()) {
                index.name().ifPresent(name -> problem(name, dialects).ifPresent(why -> problems.add(
                        new SchemaProblem(Location.entity(entityName).annotation("jakarta.persistence.Table")
                                .attribute(index.constraint() ? "uniqueConstraints" : "indexes"),
                                entity.simpleName() + " names an index or unique constraint '" + name + "', which "
                                        + why + "; choose another name or leave it out"))));
            }
            for (JoinTableModel joinTable : entity.joinTables()) {
                for (String name : List.of(joinTable.table(), joinTable.ownerColumn(), joinTable.targetColumn())) {
                    problem(name, dialects).ifPresent(why -> problems.add(new SchemaProblem(
                            Location.field(entityName, joinTable.field()),
                            entity.simpleName() + "." + joinTable.field() + " maps its join table to '" + name
                                    + "', which " + why + "; choose another name with @JoinTable")));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** Whether the name is lower-case snake_case within PostgreSQL's length limit. */
    static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches() && name.length() <= ConstraintNames.MAX_LENGTH;
    }

    private static Optional<String> problem(String name, List<SqlDialect> dialects) {
        if (!PLAIN.matcher(name).matches()) {
            return Optional.of("is not lower-case snake_case (a-z, 0-9 and _, starting with a letter)");
        }
        if (name.length() > ConstraintNames.MAX_LENGTH) {
            return Optional.of("has " + name.length() + " characters where PostgreSQL keeps only "
                    + ConstraintNames.MAX_LENGTH);
        }
        List<String> reservedIn = dialects.stream().filter(d -> d.isReserved(name)).map(SqlDialect::name).toList();
        if (!reservedIn.isEmpty()) {
            return Optional.of("is a reserved word in " + String.join(" and ", reservedIn));
        }
        return Optional.empty();
    }

    /** A table name close to the rejected one that passes, e.g. {@code order} → {@code orders}. */
    private static String suggestion(String rejected, List<SqlDialect> dialects) {
        String lower = rejected.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return List.of(lower, lower + "s", "app_" + lower).stream()
                .filter(candidate -> candidate.length() <= ConstraintNames.MAX_LENGTH)
                .filter(candidate -> problem(candidate, dialects).isEmpty())
                .findFirst()
                .orElse("...");
    }
}
