package dev.stratum.runtime.spring;

import org.junit.jupiter.api.Test;

/** The test application has no generated entities, so there is no document to serve. */
class OpenApiDocumentTest extends WebTestSupport {

    @Test
    void withoutADocumentTheRouteIsAPublicNotFoundProblem() {
        assertProblem(http.get("/openapi.json").send(), 404, "not-found", "/openapi.json");
    }
}
