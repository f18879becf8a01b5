package dev.stratum.processor.schema;

import dev.stratum.processor.schema.JsonParser.JsonArray;
import dev.stratum.processor.schema.JsonParser.JsonBoolean;
import dev.stratum.processor.schema.JsonParser.JsonInteger;
import dev.stratum.processor.schema.JsonParser.JsonObject;
import dev.stratum.processor.schema.JsonParser.JsonString;
import dev.stratum.processor.schema.JsonParser.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The snapshot's JSON form. Written by hand so that the output is byte-stable: keys in a fixed order, one column or
 * key per line, two-space indentation. The reader accepts any JSON layout but only the keys and types written here,
 * so a mistyped hand edit is reported rather than silently ignored.
 */
final class SnapshotJson {

    /** Bumped when the layout changes incompatibly, so an older Stratum refuses a newer snapshot. */
    static final int FORMAT = 1;

    private SnapshotJson() {
    }

    static String write(SchemaSnapshot snapshot) {
        return "{\n"
                + "  \"format\": " + FORMAT + ",\n"
                + "  \"version\": " + snapshot.version() + ",\n"
                + "  \"tables\": " + array(snapshot.schema().tables().stream().map(SnapshotJson::table).toList(), "  ")
                + ",\n"
                + "  \"migrations\": " + array(snapshot.migrations().stream().map(SnapshotJson::migration).toList(), "  ")
                + "\n}\n";
    }

    private static String table(TableModel table) {
        String indent = "      ";
        return "{\n"
                + indent + "\"name\": " + string(table.name()) + ",\n"
                + indent + "\"entity\": " + string(table.entity()) + ",\n"
                + indent + "\"columns\": " + array(table.columns().stream().map(SnapshotJson::column).toList(), indent)
                + ",\n"
                + indent + "\"primaryKey\": " + key(table.primaryKey().name(), table.primaryKey().columns()) + ",\n"
                + indent + "\"uniques\": "
                + array(table.uniques().stream().map(u -> key(u.name(), u.columns())).toList(), indent)
                + (table.foreignKeys().isEmpty() ? "" : ",\n" + indent + "\"foreignKeys\": "
                        + array(table.foreignKeys().stream().map(SnapshotJson::foreignKey).toList(), indent))
                + (table.indexes().isEmpty() ? "" : ",\n" + indent + "\"indexes\": "
                        + array(table.indexes().stream().map(SnapshotJson::index).toList(), indent))
                + (table.checks().isEmpty() ? "" : ",\n" + indent + "\"checks\": "
                        + array(table.checks().stream().map(SnapshotJson::check).toList(), indent))
                + "\n    }";
    }

    /** Written only when a table has them, so snapshots of schemas without relations read as before. */
    private static String foreignKey(ForeignKey key) {
        return "{\"name\": " + string(key.name()) + ", \"columns\": " + strings(key.columns())
                + ", \"references\": " + string(key.referencedTable()) + ", \"referencedColumns\": "
                + strings(key.referencedColumns()) + ", \"onDelete\": " + string(key.onDelete().name()) + "}";
    }

    /** Written only when a table has them, like foreign keys. */
    private static String check(Check check) {
        return "{\"name\": " + string(check.name()) + ", \"column\": " + string(check.column())
                + ", \"conditions\": " + strings(check.conditions().stream().map(Check.Condition::text).toList()) + "}";
    }

    private static String strings(List<String> values) {
        return "[" + String.join(", ", values.stream().map(SnapshotJson::string).toList()) + "]";
    }

    private static String column(ColumnDef column) {
        return "{\"name\": " + string(column.name()) + ", \"type\": " + string(column.type().canonical())
                + ", \"nullable\": " + column.nullable() + ", \"identity\": " + column.identity()
                + column.defaultValue().map(value -> ", \"default\": " + string(value)).orElse("") + "}";
    }

    /** {@code unique} and {@code descending} only when set, so snapshots of plain indexes read as before. */
    private static String index(Index index) {
        String key = key(index.name(), index.columns());
        return key.substring(0, key.length() - 1)
                + (index.unique() ? ", \"unique\": true" : "")
                + (index.descending().isEmpty() ? "" : ", \"descending\": " + strings(index.descending()))
                + "}";
    }

    private static String key(String name, List<String> columns) {
        return "{\"name\": " + string(name) + ", \"columns\": ["
                + String.join(", ", columns.stream().map(SnapshotJson::string).toList()) + "]}";
    }

    private static String migration(RecordedMigration migration) {
        return "{\"path\": " + string(migration.path()) + ", \"sha256\": " + string(migration.sha256()) + "}";
    }

    private static String array(List<String> elements, String indent) {
        if (elements.isEmpty()) {
            return "[]";
        }
        String inner = indent + "  ";
        return "[\n" + inner + String.join(",\n" + inner, elements) + "\n" + indent + "]";
    }

    private static String string(String value) {
        var out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static SchemaSnapshot read(String json) {
        Members root = Members.of(JsonParser.parse(json), "the snapshot", "format", "version", "tables", "migrations");
        long format = root.integer("format");
        if (format != FORMAT) {
            throw root.errorAt("format", "format " + format + " is not supported: this Stratum reads format " + FORMAT
                    + " (was the snapshot written by a newer Stratum?)");
        }
        long version = root.integer("version");
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw root.errorAt("version", "\"version\" must be the number of the newest migration, 1 or more");
        }
        List<TableModel> tables = root.list("tables", SnapshotJson::readTable);
        List<RecordedMigration> migrations = root.list("migrations", SnapshotJson::readMigration);
        return root.build(() -> new SchemaSnapshot((int) version, new SchemaModel(tables), migrations));
    }

    private static TableModel readTable(Value value) {
        Members table = Members.withOptional(value, "a table", Set.of("foreignKeys", "indexes", "checks"),
                "name", "entity", "columns", "primaryKey", "uniques");
        String name = table.string("name");
        String entity = table.string("entity");
        List<ColumnDef> columns = table.list("columns", SnapshotJson::readColumn);
        PrimaryKey primaryKey = readPrimaryKey(table.value("primaryKey"));
        List<UniqueKey> uniques = table.list("uniques", SnapshotJson::readUnique);
        List<ForeignKey> foreignKeys = table.value("foreignKeys") == null ? List.of()
                : table.list("foreignKeys", SnapshotJson::readForeignKey);
        List<Index> indexes = table.value("indexes") == null ? List.of()
                : table.list("indexes", SnapshotJson::readIndex);
        List<Check> checks = table.value("checks") == null ? List.of()
                : table.list("checks", SnapshotJson::readCheck);
        return table.build(() -> new TableModel(name, columns, primaryKey, uniques, entity, foreignKeys, indexes,
                checks));
    }

    private static Check readCheck(Value value) {
        Members check = Members.of(value, "a check", "name", "column", "conditions");
        String name = check.string("name");
        String column = check.string("column");
        List<Check.Condition> conditions = check.list("conditions", element -> {
            if (!(element instanceof JsonString text)) {
                throw new SnapshotFormatException(element.line(), element.column(), "expected a quoted condition");
            }
            try {
                return Check.Condition.parse(text.value());
            } catch (IllegalArgumentException e) {
                throw new SnapshotFormatException(element.line(), element.column(), e.getMessage());
            }
        });
        return check.build(() -> new Check(name, column, conditions));
    }

    private static ForeignKey readForeignKey(Value value) {
        Members key = Members.of(value, "a foreign key", "name", "columns", "references", "referencedColumns",
                "onDelete");
        String name = key.string("name");
        List<String> columns = key.list("columns", SnapshotJson::text);
        String references = key.string("references");
        List<String> referencedColumns = key.list("referencedColumns", SnapshotJson::text);
        ForeignKey.OnDelete onDelete;
        try {
            onDelete = ForeignKey.OnDelete.valueOf(key.string("onDelete"));
        } catch (IllegalArgumentException e) {
            throw key.errorAt("onDelete", "\"onDelete\" must be RESTRICT, CASCADE or SET_NULL");
        }
        return key.build(() -> new ForeignKey(name, columns, references, referencedColumns, onDelete));
    }

    private static Index readIndex(Value value) {
        Members index = Members.withOptional(value, "an index", Set.of("unique", "descending"), "name", "columns");
        String name = index.string("name");
        List<String> columns = index.list("columns", SnapshotJson::text);
        boolean unique = index.value("unique") != null && index.bool("unique");
        List<String> descending = index.value("descending") == null ? List.of()
                : index.list("descending", SnapshotJson::text);
        return index.build(() -> new Index(name, columns, unique, descending));
    }

    private static ColumnDef readColumn(Value value) {
        Members column = Members.withOptional(value, "a column", Set.of("default"),
                "name", "type", "nullable", "identity");
        SqlType type;
        try {
            type = SqlType.parse(column.string("type"));
        } catch (IllegalArgumentException e) {
            throw column.errorAt("type", e.getMessage());
        }
        String name = column.string("name");
        boolean nullable = column.bool("nullable");
        boolean identity = column.bool("identity");
        Optional<String> defaultValue = column.optionalString("default");
        return column.build(() -> new ColumnDef(name, type, nullable, identity, defaultValue));
    }

    private static PrimaryKey readPrimaryKey(Value value) {
        Members primaryKey = Members.of(value, "a primary key", "name", "columns");
        String name = primaryKey.string("name");
        List<String> columns = primaryKey.list("columns", SnapshotJson::text);
        return primaryKey.build(() -> new PrimaryKey(name, columns));
    }

    private static UniqueKey readUnique(Value value) {
        Members unique = Members.of(value, "a unique constraint", "name", "columns");
        String name = unique.string("name");
        List<String> columns = unique.list("columns", SnapshotJson::text);
        return unique.build(() -> new UniqueKey(name, columns));
    }

    private static RecordedMigration readMigration(Value value) {
        Members migration = Members.of(value, "a migration", "path", "sha256");
        String sha256 = migration.string("sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw migration.errorAt("sha256", "\"sha256\" must be 64 lower-case hex digits");
        }
        return new RecordedMigration(migration.string("path"), sha256);
    }

    private static String text(Value value) {
        if (value instanceof JsonString string) {
            return string.value();
        }
        throw new SnapshotFormatException(value.line(), value.column(), "expected a quoted column name");
    }

    /** One JSON object of the snapshot, with exactly the expected keys, and readers that name the line on error. */
    private static final class Members {

        private final JsonObject object;
        private final String what;

        private Members(JsonObject object, String what) {
            this.object = object;
            this.what = what;
        }

        static Members of(Value value, String what, String... keys) {
            return withOptional(value, what, Set.of(), keys);
        }

        /** Like {@link #of}, also accepting the {@code optional} keys, which the writer leaves out when empty. */
        static Members withOptional(Value value, String what, Set<String> optional, String... keys) {
            if (!(value instanceof JsonObject object)) {
                throw new SnapshotFormatException(value.line(), value.column(), "expected " + what + " as an object");
            }
            Set<String> expected = new HashSet<>(Set.of(keys));
            expected.addAll(optional);
            object.members().keySet().stream().filter(k -> !expected.contains(k)).findFirst().ifPresent(unknown -> {
                throw error(object, what + " has an unknown key \"" + unknown + "\"; expected " + String.join(", ", keys));
            });
            for (String key : keys) {
                if (!object.members().containsKey(key)) {
                    throw error(object, what + " lacks the key \"" + key + "\"");
                }
            }
            return new Members(object, what);
        }

        Value value(String key) {
            return object.members().get(key);
        }

        String string(String key) {
            if (value(key) instanceof JsonString string) {
                return string.value();
            }
            throw errorAt(key, "\"" + key + "\" must be a string");
        }

        Optional<String> optionalString(String key) {
            return value(key) == null ? Optional.empty() : Optional.of(string(key));
        }

        long integer(String key) {
            if (value(key) instanceof JsonInteger integer) {
                return integer.value();
            }
            throw errorAt(key, "\"" + key + "\" must be an integer");
        }

        boolean bool(String key) {
            if (value(key) instanceof JsonBoolean bool) {
                return bool.value();
            }
            throw errorAt(key, "\"" + key + "\" must be true or false");
        }

        <T> List<T> list(String key, Function<Value, T> element) {
            if (value(key) instanceof JsonArray array) {
                return array.elements().stream().map(element).toList();
            }
            throw errorAt(key, "\"" + key + "\" must be an array");
        }

        /** Runs a record constructor, reporting its complaint (e.g. a key naming an unknown column) at this object. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw error(object, e.getMessage());
            }
        }

        SnapshotFormatException errorAt(String key, String problem) {
            Value value = value(key);
            return new SnapshotFormatException(value.line(), value.column(), problem);
        }

        private static SnapshotFormatException error(JsonObject object, String problem) {
            return new SnapshotFormatException(object.line(), object.column(), problem);
        }
    }
}
