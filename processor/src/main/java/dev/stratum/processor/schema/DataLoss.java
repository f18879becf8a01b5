package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SchemaChange.AddCheck;
import dev.stratum.processor.schema.SchemaChange.AddColumn;
import dev.stratum.processor.schema.SchemaChange.AlterColumn;
import dev.stratum.processor.schema.SchemaChange.DropCheck;
import dev.stratum.processor.schema.SchemaChange.DropColumn;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A change that can lose data or fail on the rows a table holds, so it needs the model's consent.
 *
 * @param table   the table it concerns
 * @param consent the exact words {@code @ConsentToDataLoss} must contain, e.g. {@code drop column pets.nickname};
 *                they name the change fully (a narrowing names its new type), so a consent never approves another
 * @param risk    the data at risk, one sentence
 */
public record DataLoss(String table, String consent, String risk) {

    private static final String CHECK = "add check ";

    public DataLoss {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(risk, "risk");
    }

    /** Whether the change removes values; a new check only risks a failed migration and keeps every value. */
    boolean removesData() {
        return !consent.startsWith(CHECK);
    }

    /** What in {@code change} needs consent; empty for a change that keeps every value. */
    static List<DataLoss> of(SchemaChange change) {
        return of(change, List.of());
    }

    /**
     * What in {@code change} needs consent, given all the changes of its migration: a check added to an existing
     * table needs it unless it only loosens the check the same migration drops on that column, or is on a nullable
     * column without a default that the same migration adds.
     */
    static List<DataLoss> of(SchemaChange change, List<SchemaChange> migration) {
        var losses = new ArrayList<DataLoss>();
        String table = change.tableName();
        if (change instanceof AddCheck add) {
            Check check = add.check();
            boolean loosens = migration.stream()
                    .filter(DropCheck.class::isInstance).map(DropCheck.class::cast)
                    .anyMatch(drop -> drop.table().equals(table) && drop.check().column().equals(check.column())
                            && !check.tightens(drop.check()));
            // A column this migration adds, nullable and without a default, holds only NULLs, which pass any check.
            boolean onNewEmptyColumn = migration.stream()
                    .filter(AddColumn.class::isInstance).map(AddColumn.class::cast)
                    .anyMatch(added -> added.table().equals(table) && added.column().name().equals(check.column())
                            && added.column().nullable() && added.column().defaultValue().isEmpty());
            if (!loosens && !onNewEmptyColumn) {
                String column = table + "." + check.column();
                losses.add(new DataLoss(table, CHECK + check.name(), "the migration fails if a row of "
                        + table + " breaks the new check on " + column + " (" + check.sql() + ");"
                        + " fix such rows in an earlier migration or loosen the constraint"));
            }
        } else if (change instanceof DropTable) {
            losses.add(new DataLoss(table, "drop table " + table, "every row of table " + table + " is lost"));
        } else if (change instanceof DropColumn drop) {
            String column = table + "." + drop.column().name();
            losses.add(new DataLoss(table, "drop column " + column,
                    "every value of " + column + " (" + drop.column().describeType() + ") is lost"));
        } else if (change instanceof AddColumn add && !add.column().nullable() && add.column().defaultValue().isEmpty()) {
            String column = table + "." + add.column().name();
            losses.add(new DataLoss(table, "add not null column " + column, "the migration fails if table " + table
                    + " has rows, because they get no value for " + column + "; declare @ColumnDefault so they do"));
        } else if (change instanceof AlterColumn alter) {
            String column = table + "." + alter.after().name();
            if (!SqlTypes.widens(alter.before().type(), alter.after().type())) {
                String type = alter.after().type().canonical();
                String verb = SqlTypes.needsCast(alter.before().type(), alter.after().type()) ? "convert" : "narrow";
                losses.add(new DataLoss(table, verb + " column " + column + " to " + type, "in " + column + ", "
                        + SqlTypes.narrowingEffect(alter.before().type(), alter.after().type())));
            }
            if (alter.before().nullable() && !alter.after().nullable() && alter.after().defaultValue().isEmpty()) {
                losses.add(new DataLoss(table, "set not null " + column, "the migration fails if a row has no value"
                        + " in " + column + "; declare @ColumnDefault so such rows are filled with it"));
            }
        }
        return losses;
    }
}
