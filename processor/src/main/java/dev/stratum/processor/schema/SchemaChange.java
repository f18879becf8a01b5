package dev.stratum.processor.schema;

/**
 * One difference between the schema after the newest migration and the schema the model needs. Every change but
 * {@link UnsupportedChange} has an exact structural inverse ({@link SchemaChanges#inverse}).
 */
public sealed interface SchemaChange permits SchemaChange.CreateTable, SchemaChange.DropTable, SchemaChange.RenameTable,
        SchemaChange.AddColumn, SchemaChange.DropColumn, SchemaChange.RenameColumn, SchemaChange.AlterColumn,
        SchemaChange.AddUnique, SchemaChange.DropUnique, SchemaChange.AddForeignKey, SchemaChange.DropForeignKey,
        SchemaChange.AddIndex, SchemaChange.DropIndex, SchemaChange.RenameIndex, SchemaChange.RenameConstraint,
        SchemaChange.AddCheck, SchemaChange.DropCheck, SchemaChange.UnsupportedChange {

    /** The name of the table the change concerns (after a rename, the new name). */
    String tableName();

    /** A table the model needs and the schema lacks. */
    record CreateTable(TableModel table) implements SchemaChange {
        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** A table no entity maps any more; it keeps the table's definition so the drop can be undone. */
    record DropTable(TableModel table) implements SchemaChange {
        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** A table renamed by {@code @RenamedFrom} on its entity. */
    record RenameTable(String from, String to) implements SchemaChange {
        @Override
        public String tableName() {
            return to;
        }
    }

    /** A column the model needs in an existing table. */
    record AddColumn(String table, ColumnDef column) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A column no field maps any more; it keeps the definition so the drop can be undone. */
    record DropColumn(String table, ColumnDef column) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A column renamed by {@code @RenamedFrom} on its field. */
    record RenameColumn(String table, String from, String to) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A column whose type, nullability or default changed; the name is the same before and after. */
    record AlterColumn(String table, ColumnDef before, ColumnDef after) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A unique constraint the model needs. */
    record AddUnique(String table, UniqueKey unique) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A unique constraint the model no longer declares. */
    record DropUnique(String table, UniqueKey unique) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A foreign key the model needs on an existing table (a new relation, or a changed delete behaviour). */
    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A foreign key the model no longer declares; dropping it loses no data. */
    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** An index the model needs on an existing table. */
    record AddIndex(String table, Index index) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** An index the model no longer needs (or needs under another name); dropping it loses no data. */
    record DropIndex(String table, Index index) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** An index whose name follows a renamed table or column, e.g. {@code ix_pets_owner_id} to {@code ix_animals_owner_id}. */
    record RenameIndex(String table, String from, String to) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A constraint whose name follows a renamed table or column, e.g. {@code uk_pets_nick} to {@code uk_pets_nickname}. */
    record RenameConstraint(String table, String from, String to) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A check constraint the model needs on an existing table (a new enum or constraint, or changed conditions). */
    record AddCheck(String table, Check check) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /** A check constraint the model no longer declares (or declares with other conditions); dropping it keeps all data. */
    record DropCheck(String table, Check check) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }

    /**
     * A difference within an existing table that Stratum cannot migrate (a changed primary key or identity, a type
     * change between families); the processor reports it as a compile error.
     *
     * @param table       the table's name
     * @param description what differs, e.g. {@code column age changed from INTEGER NULL to VARCHAR(10) NULL}
     */
    record UnsupportedChange(String table, String description) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }
}
