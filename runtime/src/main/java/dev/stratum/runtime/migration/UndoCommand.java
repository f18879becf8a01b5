package dev.stratum.runtime.migration;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link UndoMigrator#main}:
 * {@code --url <jdbc url> [--user <name>] [--vendor h2|postgresql] --target <version> [--dry-run]}. The password is read
 * from the {@value #PASSWORD_VARIABLE} environment variable, so it never shows in a process list or a shell history.
 * The migrations are read from the class path, as the application packages them.
 */
final class UndoCommand {

    static final String PASSWORD_VARIABLE = "STRATUM_DB_PASSWORD";
    static final String USAGE = """
            usage: java -cp <application classpath and JDBC driver> dev.stratum.runtime.migration.UndoMigrator \\
                     --url <jdbc url> [--user <name>] [--vendor h2|postgresql] --target <version> [--dry-run]
              Undoes every applied migration above --target (0 undoes them all), newest first, with the U scripts
              under db/migration/<vendor>/ on the class path, and removes their rows from flyway_schema_history.
              --vendor     the migrations folder; by default the database's product name in lower case
              --dry-run    print the plan (versions, scripts, statements) and change nothing
              The password, if any, is read from the environment variable STRATUM_DB_PASSWORD.""";

    private static final Set<String> WITH_VALUE = Set.of("--url", "--user", "--vendor", "--target");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final ClassLoader migrations;

    /**
     * @param environment where the password is read from
     * @param migrations  the class loader that sees {@code db/migration/}
     */
    UndoCommand(PrintStream out, PrintStream err, Map<String, String> environment, ClassLoader migrations) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.migrations = migrations;
    }

    /** Runs the command; returns the process exit status: 0 done, 1 the undo failed, 2 wrong arguments. */
    int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dry-run")) {
                dryRun = true;
            } else if (WITH_VALUE.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                return usage("unknown or incomplete argument '" + args[i] + "'");
            }
        }
        if (!options.containsKey("--url") || !options.containsKey("--target")) {
            return usage("--url and --target are required");
        }
        var dataSource = new UrlDataSource(options.get("--url"), options.get("--user"),
                environment.get(PASSWORD_VARIABLE));
        try {
            String vendor = options.get("--vendor");
            var undo = new UndoMigrator(dataSource, vendor != null ? vendor : UndoMigrator.vendorOf(dataSource),
                    migrations);
            String target = options.get("--target");
            if (dryRun) {
                print(undo.plan(target), target);
            } else {
                List<MigrationVersion> undone = undo.undo(target);
                out.println(undone.isEmpty() ? "Nothing to undo: no applied version is above " + target + "."
                        : "Undid " + undone.size() + " version(s), newest first: " + undone);
            }
            return 0;
        } catch (UndoException | IllegalArgumentException e) {
            err.println("Undo failed: " + e.getMessage());
            return 1;
        }
    }

    private void print(List<UndoMigrator.PlannedUndo> plan, String target) {
        if (plan.isEmpty()) {
            out.println("Dry run: nothing to undo, no applied version is above " + target + ".");
            return;
        }
        out.println("Dry run: would undo " + plan.size() + " version(s) down to " + target + ", newest first:");
        for (UndoMigrator.PlannedUndo step : plan) {
            out.println("  version " + step.version() + ": " + step.script());
            step.statements().forEach(statement -> out.println("    " + statement.strip().replace("\n", "\n    ")));
        }
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
