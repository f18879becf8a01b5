package dev.stratum.benchmarks;

import dev.stratum.processor.schema.MigrationPlan;
import dev.stratum.processor.schema.MigrationPlanner;
import dev.stratum.processor.schema.SchemaModel;
import dev.stratum.processor.schema.SchemaSnapshot;
import dev.stratum.processor.schema.SqlDialect;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The processor's migration step on a large model: reading the committed snapshot (what every compile does, the
 * reference), diffing an unchanged model, planning an incremental change and planning the first migration, each
 * rendered for H2 and PostgreSQL with the snapshot that follows written as JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MigrationPlanningBenchmark {

    /** Tables in the model; the incremental change adds a column to one table in ten and one new table. */
    @Param("500")
    public int tables;

    private final List<SqlDialect> dialects = SqlDialect.all();
    private SchemaModel model;
    private SchemaModel changedModel;
    private SchemaSnapshot snapshot;
    private String snapshotJson;

    @Setup
    public void setUp() {
        model = SchemaSnapshot.fromJson(LargeSchema.json(tables, false)).schema();
        changedModel = SchemaSnapshot.fromJson(LargeSchema.json(tables, true)).schema();
        snapshot = ((MigrationPlan.Migration) MigrationPlanner.plan(null, model, dialects)).snapshot();
        snapshotJson = snapshot.toJson();
        if (!(MigrationPlanner.plan(snapshot, model, dialects) instanceof MigrationPlan.NoChange)) {
            throw new IllegalStateException("the unchanged model must plan no migration");
        }
        var changes = ((MigrationPlan.Migration) MigrationPlanner.plan(snapshot, changedModel, dialects)).changes();
        if (changes.size() != tables / 10 + 1) {
            throw new IllegalStateException("expected " + (tables / 10 + 1) + " changes, got " + changes.size());
        }
    }

    @Benchmark
    public SchemaSnapshot readSnapshot() {
        return SchemaSnapshot.fromJson(snapshotJson);
    }

    @Benchmark
    public MigrationPlan diffUnchanged() {
        return MigrationPlanner.plan(snapshot, model, dialects);
    }

    @Benchmark
    public String planIncrementalChange() {
        return ((MigrationPlan.Migration) MigrationPlanner.plan(snapshot, changedModel, dialects)).snapshot().toJson();
    }

    @Benchmark
    public String planFirstMigration() {
        return ((MigrationPlan.Migration) MigrationPlanner.plan(null, model, dialects)).snapshot().toJson();
    }
}
