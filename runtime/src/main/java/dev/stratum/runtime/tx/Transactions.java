package dev.stratum.runtime.tx;

import java.util.function.Supplier;

/**
 * The transaction boundary generated services run their work in. A runtime exception thrown by the work rolls the
 * transaction back and propagates unchanged.
 */
public interface Transactions {

    /** Runs {@code work} in a read-write transaction and returns its result. */
    <T> T write(Supplier<T> work);

    /** Runs {@code work} in a read-only transaction and returns its result. */
    <T> T read(Supplier<T> work);

    /** Runs {@code work} in a read-write transaction. */
    default void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
