package dev.stratum.processor;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.scan.EntityScanner;
import dev.stratum.processor.schema.DataLoss;
import dev.stratum.processor.schema.FrameworkTables;
import dev.stratum.processor.schema.MigrationFileProblem;
import dev.stratum.processor.schema.MigrationPlan;
import dev.stratum.processor.schema.MigrationPlanner;
import dev.stratum.processor.schema.RecordedMigration;
import dev.stratum.processor.schema.SchemaChange;
import dev.stratum.processor.schema.SchemaMapper;
import dev.stratum.processor.schema.SchemaModel;
import dev.stratum.processor.schema.SchemaSnapshot;
import dev.stratum.processor.schema.SnapshotFormatException;
import dev.stratum.processor.schema.SqlDialect;
import dev.stratum.processor.schema.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The schema stage's I/O, run once when processing is over: reads the committed snapshot and migrations from the
 * project's folder, lets {@link MigrationPlanner} decide the next migration, and writes it to the folder and to the
 * class output (so the same build's tests and application see it). Existing migrations are never rewritten.
 */
final class MigrationStep {

    static final String SNAPSHOT = "stratum-snapshot.json";
    static final String INDEX = "stratum-index.txt";
    static final String CLASS_OUTPUT_FOLDER = "db/migration/";
    static final List<SqlDialect> DIALECTS = SqlDialect.all();
    private static final String CONFLICT_MARKER = "<<<<<<<";
    private static final String WAY_OUT = "Take the migrations folder as the branch merged first has it (e.g. git"
            + " checkout main -- <folder>), delete the migration files of your branch that its " + SNAPSHOT + " does not"
            + " record, and compile again: Stratum writes your branch's change as the next version";
    private static final Pattern MIGRATION_NAME = Pattern.compile("[VU][0-9]+__.*\\.sql");

    private final ProcessingEnvironment env;
    private final Report report;

    MigrationStep(ProcessingEnvironment env, Report report) {
        this.env = env;
        this.report = report;
    }

    void run(List<EntityModel> models, Map<String, TypeElement> entities, Set<FrameworkTables> features) {
        if (entities.isEmpty()) {
            return;
        }
        Optional<Path> folder = Optional.ofNullable(env.getOptions().get(StratumProcessor.MIGRATIONS_OPTION))
                .filter(option -> !option.isBlank())
                .map(Path::of);
        if (folder.isEmpty()) {
            report.note(Code.MIGRATIONS_FOLDER, Location.entity(entities.keySet().iterator().next()),
                    "no -A" + StratumProcessor.MIGRATIONS_OPTION + " folder is set, so migrations go to the class"
                            + " output only and start again at V1 on every clean build; pass"
                            + " -A" + StratumProcessor.MIGRATIONS_OPTION
                            + "=${project.basedir}/src/main/resources/db/migration to keep them in your sources");
        }
        Optional<SchemaSnapshot> previous = folder.flatMap(this::readSnapshot);
        if (report.hasErrors() || previous.isPresent() && !verified(previous.get(), folder.get())
                || folder.isPresent() && !onlyRecordedFiles(folder.get(), previous)) {
            return;
        }
        List<EntityModel> all = withEntitiesNotInThisCompilation(models, previous, entities);
        if (report.hasErrors()) {
            return;
        }
        Set<String> consents = all.stream().flatMap(model -> model.consents().stream()).collect(Collectors.toSet());
        MigrationPlan plan = MigrationPlanner.plan(previous.orElse(null),
                FrameworkTables.addTo(SchemaMapper.map(all), features),
                SchemaMapper.renames(all), consents, DIALECTS);
        if (plan instanceof MigrationPlan.Unsupported unsupported) {
            unsupported.changes().forEach(change -> reportUnsupported(change, all));
        } else if (plan instanceof MigrationPlan.NeedsConsent needsConsent) {
            needsConsent.losses().forEach(loss -> reportDataLoss(loss, all));
        } else if (plan instanceof MigrationPlan.Migration migration) {
            write(migration, folder);
        } else if (plan instanceof MigrationPlan.NoChange noChange) {
            noChange.refreshedSnapshot().ifPresent(snapshot -> folder.ifPresent(dir -> writeToFolder(dir, SNAPSHOT,
                    snapshot.toJson())));
        }
    }

    private Optional<SchemaSnapshot> readSnapshot(Path folder) {
        Path file = folder.resolve(SNAPSHOT);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String json = Files.readString(file);
            if (json.contains(CONFLICT_MARKER)) {
                report.error(Code.MIGRATION_CONFLICT, Location.entity(null), "the schema snapshot " + file + " has merge"
                        + " conflict markers: two branches each wrote a migration. " + WAY_OUT);
                return Optional.empty();
            }
            return Optional.of(SchemaSnapshot.fromJson(json));
        } catch (SnapshotFormatException malformed) {
            report.error(Code.MIGRATION_CHANGED, Location.entity(null), "the schema snapshot " + file + " is not"
                    + " readable (" + malformed.getMessage() + "); restore it from version control");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean verified(SchemaSnapshot snapshot, Path folder) {
        Map<String, String> existing = new LinkedHashMap<>();
        for (RecordedMigration recorded : snapshot.migrations()) {
            Path file = folder.resolve(recorded.path());
            if (Files.exists(file)) {
                existing.put(recorded.path(), read(file));
            }
        }
        List<MigrationFileProblem> problems = MigrationPlanner.verify(snapshot, existing);
        problems.forEach(problem -> report.error(Code.MIGRATION_CHANGED, Location.entity(null),
                problem.message() + " (in " + folder + ")"));
        return problems.isEmpty();
    }

    /**
     * A migration file in the folder that the snapshot does not record (written by hand, or left by a merge) would
     * collide with the next version Stratum writes, so it stops the build.
     */
    private boolean onlyRecordedFiles(Path folder, Optional<SchemaSnapshot> snapshot) {
        var recorded = snapshot.map(s -> s.migrations().stream().map(RecordedMigration::path).toList())
                .orElse(List.of());
        boolean clean = true;
        for (SqlDialect dialect : DIALECTS) {
            Path dir = folder.resolve(dialect.name());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                    String path = dialect.name() + "/" + file.getFileName();
                    if (MIGRATION_NAME.matcher(file.getFileName().toString()).matches() && !recorded.contains(path)) {
                        clean = false;
                        int version = versionOf(path);
                        if (snapshot.isPresent() && version <= snapshot.get().version()) {
                            report.error(Code.MIGRATION_CONFLICT, Location.entity(null), "migration " + path + " in "
                                    + folder + " has version " + version + ", which " + SNAPSHOT + " records for"
                                    + " another migration: two branches each wrote V" + version + ". " + WAY_OUT);
                            continue;
                        }
                        report.error(Code.MIGRATION_CHANGED, Location.entity(null), "migration " + path + " in "
                                + folder + " is not recorded in " + SNAPSHOT + "; Stratum writes every migration"
                                + " itself, so remove the file (or restore the snapshot that records it)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clean;
    }

    /**
     * An incremental build may compile only some entities. A table in the snapshot whose entity is not in this
     * compilation is looked up on the class path and read from its class file (once, though it may map a join table
     * too): a removal is never inferred from absence in one compilation.
     */
    private List<EntityModel> withEntitiesNotInThisCompilation(List<EntityModel> models,
            Optional<SchemaSnapshot> previous, Map<String, TypeElement> entities) {
        List<EntityModel> all = new ArrayList<>(models);
        List<String> mapped = previous.map(s -> s.schema().tables().stream().map(TableModel::entity)
                .filter(entity -> !FrameworkTables.isFramework(entity)).distinct().toList()).orElse(List.of());
        for (String entity : mapped) {
            if (!entities.containsKey(entity)) {
                TypeElement compiled = env.getElementUtils().getTypeElement(entity);
                if (compiled != null) {
                    new EntityScanner(env, report).scan(compiled).ifPresent(all::add);
                }
            }
        }
        return all;
    }

    private void write(MigrationPlan.Migration migration, Optional<Path> folder) {
        Map<String, String> files = new LinkedHashMap<>();
        migration.files().forEach(file -> files.put(file.path(), file.content()));
        files.put(SNAPSHOT, migration.snapshot().toJson());
        files.put(INDEX, index(migration.snapshot()));
        files.forEach((path, content) -> {
            folder.ifPresent(dir -> writeToFolder(dir, path, content));
            writeToClassOutput(path, content);
        });
    }

    /** The undo tool's table of contents: every migration file, by dialect and version. */
    static String index(SchemaSnapshot snapshot) {
        return snapshot.migrations().stream()
                .map(RecordedMigration::path)
                .sorted(Comparator.comparing((String path) -> path.substring(0, path.indexOf('/')))
                        .thenComparingInt(MigrationStep::versionOf)
                        .thenComparing(path -> path.substring(path.indexOf('/') + 1)))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static int versionOf(String path) {
        String name = path.substring(path.indexOf('/') + 2);
        return Integer.parseInt(name.substring(0, name.indexOf("__")));
    }

    private void reportUnsupported(SchemaChange.UnsupportedChange change, List<EntityModel> all) {
        report.error(Code.UNSUPPORTED_SCHEMA_CHANGE, Location.entity(entityOf(change.table(), all)), "table "
                + change.table() + ": " + change.description() + "; Stratum cannot change this in place, so revert it"
                + " and make the change in steps (add a new column, copy the data in a hook or by hand, then drop the"
                + " old one with consent): see the expand-and-contract recipe in docs/migrations.md");
    }

    /** Names the change, the data at risk and the exact consent; a dropped table's error goes to any entity. */
    private void reportDataLoss(DataLoss loss, List<EntityModel> all) {
        String entity = entityOf(loss.table(), all);
        String consentOn = entity != null ? entity : all.get(0).qualifiedName();
        report.error(Code.DESTRUCTIVE_CHANGE, Location.entity(consentOn),
                "table " + loss.table() + ": the model asks to " + loss.consent() + ", and " + loss.risk()
                        + "; if that is intended, add @ConsentToDataLoss(\"" + loss.consent() + "\") to " + consentOn
                        + " (the migration records it; remove it afterwards), otherwise revert the change to the model");
    }

    private static String entityOf(String table, List<EntityModel> all) {
        return all.stream().filter(model -> model.table().equals(table))
                .map(EntityModel::qualifiedName).findFirst().orElse(null);
    }

    private static void writeToFolder(Path folder, String path, String content) {
        try {
            Path target = folder.resolve(path);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeToClassOutput(String path, String content) {
        try {
            FileObject resource = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    CLASS_OUTPUT_FOLDER + path);
            try (Writer out = resource.openWriter()) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
