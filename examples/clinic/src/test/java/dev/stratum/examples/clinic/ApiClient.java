package dev.stratum.examples.clinic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application over real HTTP, as a client would. */
final class ApiClient {

    /** The password every test user gets; set in the test properties. */
    static final String PASSWORD = "test-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // HttpClient is AutoCloseable only from Java 21, so one client lives as long as the test class.
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUri;

    ApiClient(int port) {
        this.baseUri = "http://localhost:" + port;
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call patch(String path) {
        return new Call("PATCH", path);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** One request being put together. */
    final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodyPublisher body = BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Accept", "application/json, application/problem+json");
        }

        String path() {
            return path;
        }

        /** Authenticates with HTTP Basic as {@code user}, with the test password. */
        Call as(String user) {
            return as(user, PASSWORD);
        }

        Call as(String user, String password) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return header("Authorization", "Basic " + token);
        }

        Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String json) {
            return body("application/json", json);
        }

        /** A JSON Merge Patch (RFC 7396) body. */
        Call mergePatch(String json) {
            return body("application/merge-patch+json", json);
        }

        Call body(String contentType, String content) {
            header("Content-Type", contentType);
            body = BodyPublishers.ofString(content, StandardCharsets.UTF_8);
            return this;
        }

        ApiResponse send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + path)).method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
                return new ApiResponse(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " was interrupted", e);
            }
        }
    }
}
