package dev.stratum.processor.generate;

import dev.stratum.processor.generate.Json.Obj;

/** What {@code -Astratum.idempotency} adds to a POST operation's contract: the key header and the replay marker. */
final class IdempotencyKeys {

    /** The response header that marks a stored response sent again. */
    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyKeys() {
    }

    static Obj keyParameter() {
        return Json.obj().put("name", "Idempotency-Key").put("in", "header").put("required", false)
                .put("description", "A client-chosen key that makes the request safe to retry: a repeat with the same"
                        + " body gets the first response again; the same key with another request is a 422, and a"
                        + " repeat while the first is still running a 409. Keys expire (stratum.idempotency.ttl).")
                .put("schema", Json.obj().put("type", "string").put("minLength", 1).put("maxLength", 255)
                        .put("pattern", "^[\\x21-\\x7E]+$"));
    }

    static Obj replayedHeader() {
        return Json.obj().put("description", "true when this is the stored response to an earlier request with the"
                        + " same Idempotency-Key.")
                .put("schema", Json.obj().put("type", "string").put("enum", Json.array("true")));
    }
}
