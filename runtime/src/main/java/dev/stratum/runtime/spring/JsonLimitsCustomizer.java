package dev.stratum.runtime.spring;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * Makes the JSON parser itself refuse oversized input while it reads: nesting depth, string length, and document
 * length (the body-size limit again, for bodies sent without a {@code Content-Length}). Runs after Spring Boot's
 * factory customizer, so {@code stratum.web.*} decides these three limits.
 */
final class JsonLimitsCustomizer implements JsonFactoryBuilderCustomizer, Ordered {

    private final WebLimitsProperties limits;

    JsonLimitsCustomizer(WebLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public void customize(JsonFactoryBuilder builder) {
        builder.streamReadConstraints(StreamReadConstraints.defaults().rebuild()
                .maxNestingDepth(limits.json().maxNestingDepth())
                .maxStringLength(limits.json().maxStringLength())
                .maxDocumentLength(limits.maxBodySize().toBytes())
                .build());
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
