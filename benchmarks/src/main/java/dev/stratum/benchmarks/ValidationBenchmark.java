package dev.stratum.benchmarks;

import dev.stratum.runtime.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validates a valid {@link Order} and an invalid one (three violations: blank customer, quantity below its minimum,
 * malformed code) with the generated {@link OrderValidator}, Hibernate Validator 9 and hand-written if-statements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {

    private final Order valid = new Order("Ada Lovelace", "ring twice", 3, new BigDecimal("129.90"), "ABC-1234");
    private final Order invalid = new Order(" ", "ring twice", 0, new BigDecimal("129.90"), "abc-12");

    private final OrderValidator generated = new OrderValidator();
    private final HandWrittenOrderValidator handWritten = new HandWrittenOrderValidator();
    private ValidatorFactory factory;
    private Validator hibernate;

    @Setup
    public void setUp() {
        // The reference implementation without an expression-language dependency, as the benchmark needs no EL.
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        hibernate = factory.getValidator();
        requireViolations(generated.validate(invalid).size(), hibernate.validate(invalid).size(),
                handWritten.validate(invalid).size());
    }

    @TearDown
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public List<Violation> generatedValid() {
        return generated.validate(valid);
    }

    @Benchmark
    public List<Violation> generatedInvalid() {
        return generated.validate(invalid);
    }

    @Benchmark
    public Set<ConstraintViolation<Order>> hibernateValid() {
        return hibernate.validate(valid);
    }

    @Benchmark
    public Set<ConstraintViolation<Order>> hibernateInvalid() {
        return hibernate.validate(invalid);
    }

    @Benchmark
    public List<Violation> handWrittenValid() {
        return handWritten.validate(valid);
    }

    @Benchmark
    public List<Violation> handWrittenInvalid() {
        return handWritten.validate(invalid);
    }

    /** Refuses to measure unless all three report the same three violations on the invalid order. */
    private static void requireViolations(int... counts) {
        for (int count : counts) {
            if (count != 3) {
                throw new IllegalStateException("expected 3 violations from every validator, got " + count);
            }
        }
    }
}
