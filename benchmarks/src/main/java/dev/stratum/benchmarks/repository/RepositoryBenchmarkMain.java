package dev.stratum.benchmarks.repository;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RepositoryBenchmark} on H2 and, when {@code -Dstratum.bench.postgresql.url} names a database, on
 * PostgreSQL too; without the url the PostgreSQL run is skipped with a note. Takes the usual JMH options.
 */
public final class RepositoryBenchmarkMain {

    private RepositoryBenchmarkMain() {
    }

    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        String postgresUrl = System.getProperty(RepositoryBenchmark.POSTGRES_URL, "");
        String[] databases = postgresUrl.isBlank() ? new String[] {"h2"} : new String[] {"h2", "postgresql"};
        if (postgresUrl.isBlank()) {
            System.out.println("# PostgreSQL skipped: no -D" + RepositoryBenchmark.POSTGRES_URL + "=jdbc:postgresql://...");
        }
        CommandLineOptions commandLine = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(RepositoryBenchmark.class.getSimpleName());
        }
        options.param("database", databases);
        Options built = options.build();
        new Runner(built).run();
    }
}
