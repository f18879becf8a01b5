package dev.stratum.runtime.idempotency;

/**
 * Remembers the response to each request that carried an {@code Idempotency-Key}, so a retry gets the same answer
 * instead of doing the work twice. Keys belong to a scope (the principal, or all anonymous callers together), and the
 * first request claims its key before it runs: of two concurrent requests with one key exactly one goes ahead, on
 * any replica, as long as the replicas share the store.
 *
 * <p>The life of a key: {@link #claim} (the first request inserts it, in progress), then {@link #complete} with the
 * response, or {@link #release} when the request failed on the server's side and may be retried. A key expires a
 * while after its last change and is then claimed afresh.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} in {@code scope} for a request with this {@code fingerprint}.
     *
     * @return {@link Claim.Acquired} when this request should run; otherwise what to answer instead
     * @throws dev.stratum.runtime.jdbc.DataAccessFailure when the store cannot be reached
     */
    Claim claim(String scope, String key, String fingerprint);

    /** Stores the response of the request that claimed {@code key}; a retry with the same fingerprint gets it. */
    void complete(String scope, String key, String fingerprint, StoredResponse response);

    /** Frees {@code key} after a failure the client may retry; a completed key is left alone. */
    void release(String scope, String key, String fingerprint);

    /** Deletes every expired key and returns how many; expired keys are ignored by the other methods anyway. */
    int purgeExpired();
}
