package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /openapi.json}: the OpenAPI document the processor wrote at build time, read from the class path once.
 * Clients revalidate with its ETag, so a redeployed application is seen at once and an unchanged one costs a 304.
 */
@RestController
final class OpenApiController {

    static final String PATH = "/openapi.json";
    static final String RESOURCE = "META-INF/stratum/openapi.json";

    private final Optional<byte[]> document;
    private final String eTag;

    OpenApiController(ClassLoader classLoader) {
        this.document = read(classLoader);
        this.eTag = document.map(bytes -> "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"").orElse(null);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> document(WebRequest request) {
        byte[] body = document.orElseThrow(() -> new NotFoundException("OpenAPI document", PATH));
        if (request.checkNotModified(eTag)) {
            return null;
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .eTag(eTag)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static Optional<byte[]> read(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
