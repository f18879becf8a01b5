package dev.stratum.benchmarks.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The generated repository against hand-written JDBC, measured in pairs so that a host whose speed drifts during the
 * run (a shared 2-core machine does) favours neither: for each operation and database, rounds of one fork each in the
 * order generated, hand-written, hand-written, generated (ABBA), so a steady drift cancels within a round. The speed
 * of a round is the hand-written time over the generated time; an operation's speed is the geometric mean of its
 * rounds, printed with their range. Spring Data JPA runs one fork per operation as the context.
 *
 * <pre>java [-Dstratum.bench.postgresql.url=jdbc:postgresql://...] -cp benchmarks.jar \
 *     dev.stratum.benchmarks.repository.PairedRepositoryRun [rounds [operations]]</pre>
 *
 * <p>{@code rounds} defaults to 2; {@code operations} is a regular expression over {@code FindById}, {@code Insert},
 * {@code InsertAll}, {@code Update} and {@code Page} (all by default).
 * <p>Each fork warms up for 8 iterations of 2 s (on this host an operation still speeds up after the fourth second)
 * and measures 5 iterations of 2 s. PostgreSQL runs only when its url is set.
 */
public final class PairedRepositoryRun {

    private static final String[] OPERATIONS = {"FindById", "Insert", "InsertAll", "Update", "Page"};
    private static final String[] LABELS = {"findById", "insert", "insert 50 (batch)", "update (version check)",
            "page of 50 with the many-to-one"};

    private PairedRepositoryRun() {
    }

    /** One fork's result: the average time per operation and its 99.9 % interval, in microseconds. */
    private record Score(double micros, double error) {

        String format() {
            return figure(micros) + " ± " + figure(error) + " µs";
        }
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        String operations = args.length > 1 ? args[1] : ".*";
        String postgresUrl = System.getProperty(RepositoryBenchmark.POSTGRES_URL, "");
        List<String> databases = postgresUrl.isBlank() ? List.of("h2") : List.of("h2", "postgresql");
        List<String> rows = new ArrayList<>();
        for (String database : databases) {
            for (int op = 0; op < OPERATIONS.length; op++) {
                if (!OPERATIONS[op].matches(operations)) {
                    continue;
                }
                List<Score> generated = new ArrayList<>();
                List<Score> handWritten = new ArrayList<>();
                List<Double> speeds = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    Score g1 = measure("generated" + OPERATIONS[op], database);
                    Score h1 = measure("handWritten" + OPERATIONS[op], database);
                    Score h2 = measure("handWritten" + OPERATIONS[op], database);
                    Score g2 = measure("generated" + OPERATIONS[op], database);
                    generated.add(g1);
                    generated.add(g2);
                    handWritten.add(h1);
                    handWritten.add(h2);
                    speeds.add((h1.micros() + h2.micros()) / (g1.micros() + g2.micros()));
                }
                Score jpa = measure("jpa" + OPERATIONS[op], database);
                double hand = mean(handWritten);
                rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f× (%.2f–%.2f) | %.3f× |",
                        LABELS[op], "h2".equals(database) ? "H2" : "PostgreSQL", range(generated),
                        range(handWritten), jpa.format(), geometricMean(speeds),
                        speeds.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        speeds.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), hand / jpa.micros()));
            }
        }
        System.out.println();
        System.out.println("| operation | database | generated (forks) | hand-written JDBC (forks) | Spring Data JPA"
                + " | generated speed (rounds) | JPA speed |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    private static Score measure(String benchmark, String database) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(RepositoryBenchmark.class.getName() + "." + benchmark + "$")
                .param("database", database)
                .forks(1)
                .warmupIterations(8)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .build();
        RunResult run = new Runner(options).runSingle();
        Result<?> result = run.getPrimaryResult();
        return new Score(result.getScore(), result.getScoreError());
    }

    private static double mean(List<Score> scores) {
        return scores.stream().mapToDouble(Score::micros).average().orElseThrow();
    }

    /** The mean of the forks, then the fastest and slowest fork. */
    private static String range(List<Score> scores) {
        double min = scores.stream().mapToDouble(Score::micros).min().orElseThrow();
        double max = scores.stream().mapToDouble(Score::micros).max().orElseThrow();
        return figure(mean(scores)) + " µs (" + figure(min) + "–" + figure(max) + ")";
    }

    private static String figure(double micros) {
        String pattern = micros >= 100 ? "%,.0f" : micros >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, micros);
    }

    private static double geometricMean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(Math::log).average().orElseThrow());
    }
}
