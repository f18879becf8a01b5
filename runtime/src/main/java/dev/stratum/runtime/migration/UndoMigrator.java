package dev.stratum.runtime.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reverts applied Flyway migrations with the {@code U<n>__*.sql} scripts Stratum writes, because community Flyway
 * cannot run them.
 *
 * <p>{@link #undo(String)} runs, newest first, the undo script of every applied version above the target and deletes
 * that version's row from Flyway's history table in the same transaction, so the history always matches the schema
 * and a later {@code migrate} applies the versions again. On PostgreSQL DDL is transactional, so a failing script
 * leaves its version fully applied. H2 commits each DDL statement implicitly: a script that fails halfway leaves the
 * statements before the failure done and the history row in place; fix the cause and repair by hand.
 *
 * <p>The scripts are found through {@code db/migration/stratum-index.txt} in the given class loader, in the vendor
 * folder Flyway's {@code {vendor}} placeholder names ({@code h2}, {@code postgresql}).
 */
public final class UndoMigrator {

    /** Flyway's default history table, which Flyway creates with a quoted lower-case name on every database. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private static final String SELECT_APPLIED = """
            SELECT "installed_rank", "version" FROM "flyway_schema_history"
            WHERE "success" = TRUE AND "version" IS NOT NULL
            ORDER BY "installed_rank" DESC""";

    private static final String DELETE_HISTORY_ROW = """
            DELETE FROM "flyway_schema_history" WHERE "installed_rank" = ?""";

    private final DataSource dataSource;
    private final String vendor;
    private final ClassLoader classLoader;

    /**
     * @param dataSource  the migrated database
     * @param vendor      the migrations' vendor folder, {@code h2} or {@code postgresql}; see {@link #vendorOf}
     * @param classLoader where {@code db/migration/} is found, usually the application's class loader
     */
    public UndoMigrator(DataSource dataSource, String vendor, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.classLoader = classLoader;
    }

    /** The vendor folder name Flyway would pick for this database: its product name in lower case. */
    public static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new UndoException("Could not read the database product name: " + e.getMessage(), e);
        }
    }

    /**
     * Undoes every applied version above {@code targetVersion}, newest first; {@code "0"} undoes them all. Before
     * anything runs, it reads and splits the undo script of every such version, so a missing or unreadable script
     * changes nothing.
     *
     * @return the undone versions in the order they were undone; empty when nothing is above the target
     * @throws UndoException when a script is missing or fails; the versions undone before it stay undone
     */
    public List<MigrationVersion> undo(String targetVersion) {
        List<Step> steps = steps(targetVersion);
        steps.forEach(this::run);
        return steps.stream().map(step -> step.applied().version()).toList();
    }

    /**
     * What {@link #undo} would do, without doing it: the versions above {@code targetVersion}, newest first, each with
     * its script and statements. Reads the database and the scripts only.
     *
     * @throws UndoException when a script is missing or cannot be split into statements
     */
    public List<PlannedUndo> plan(String targetVersion) {
        return steps(targetVersion).stream()
                .map(step -> new PlannedUndo(step.applied().version(), step.script(), step.statements()))
                .toList();
    }

    /** Runs the undo from a shell; see {@link UndoCommand} for the arguments. */
    public static void main(String[] args) {
        System.exit(new UndoCommand(System.out, System.err, System.getenv(), UndoMigrator.class.getClassLoader())
                .run(args));
    }

    /**
     * One version {@link #undo} would revert.
     *
     * @param version    the version
     * @param script     the undo script's class path resource
     * @param statements the statements it runs, in order
     */
    public record PlannedUndo(MigrationVersion version, String script, List<String> statements) {

        public PlannedUndo {
            statements = List.copyOf(statements);
        }
    }

    private List<Step> steps(String targetVersion) {
        MigrationVersion target = MigrationVersion.parse(targetVersion);
        UndoScripts scripts = UndoScripts.load(classLoader, vendor);
        List<Step> steps = new ArrayList<>();
        for (AppliedMigration applied : appliedNewestFirst()) {
            if (applied.version().isAfter(target)) {
                steps.add(stepFor(applied, scripts));
            }
        }
        return steps;
    }

    private Step stepFor(AppliedMigration applied, UndoScripts scripts) {
        String script = scripts.pathOf(applied.version()).orElseThrow(() -> new UndoException(
                "Version " + applied.version() + " is applied but " + UndoScripts.INDEX + " lists no " + vendor
                        + "/U" + applied.version() + "__*.sql script for it; nothing was undone."));
        try {
            return new Step(applied, script, SqlScript.statements(scripts.text(script)));
        } catch (IllegalArgumentException e) {
            throw new UndoException(script + " cannot be split into statements: " + e.getMessage()
                    + "; nothing was undone.", e);
        }
    }

    private List<AppliedMigration> appliedNewestFirst() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SELECT_APPLIED)) {
            List<AppliedMigration> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(new AppliedMigration(
                        rows.getInt("installed_rank"), MigrationVersion.parse(rows.getString("version"))));
            }
            return applied;
        } catch (SQLException e) {
            throw new UndoException("Could not read Flyway's history table " + HISTORY_TABLE
                    + "; has Flyway migrated this database? " + e.getMessage(), e);
        }
    }

    private void run(Step step) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                execute(step, connection);
                deleteHistoryRow(step.applied(), connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new UndoException("Undoing version " + step.applied().version() + " with " + step.script()
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static void execute(Step step, Connection connection) throws SQLException {
        List<String> statements = step.statements();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new UndoException("Statement " + (i + 1) + " of " + step.script() + " failed while undoing "
                            + "version " + step.applied().version() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static void deleteHistoryRow(AppliedMigration applied, Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_HISTORY_ROW)) {
            delete.setInt(1, applied.installedRank());
            delete.executeUpdate();
        }
    }

    private record AppliedMigration(int installedRank, MigrationVersion version) {
    }

    private record Step(AppliedMigration applied, String script, List<String> statements) {
    }
}
