package dev.stratum.runtime.idempotency;

/** What {@link IdempotencyStore#claim} found for a key. */
public sealed interface Claim {

    /** The key was free and now belongs to this request, which should run. */
    record Acquired() implements Claim {
    }

    /** The key's first request, with the same fingerprint, has completed: answer with its response. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key's first request is still running (409). */
    record InProgress() implements Claim {
    }

    /** The key was used for a different request: another body, path, method or principal (422). */
    record Reused() implements Claim {
    }
}
