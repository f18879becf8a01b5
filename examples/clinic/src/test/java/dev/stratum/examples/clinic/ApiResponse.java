package dev.stratum.examples.clinic;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** What the application answered. */
record ApiResponse(int status, HttpHeaders headers, String body) {

    /** The first value of a header, or null. */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
        return ApiClient.parse(body);
    }

    /** A response member as text; numbers and booleans as their JSON text. */
    String text(String member) {
        return json().path(member).asString();
    }

    @Override
    public String toString() {
        return status + " " + headers.map() + "\n" + body;
    }
}
