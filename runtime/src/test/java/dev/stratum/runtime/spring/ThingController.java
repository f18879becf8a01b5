package dev.stratum.runtime.spring;

import dev.stratum.runtime.http.ConditionalRequests;
import dev.stratum.runtime.http.ETags;
import dev.stratum.runtime.jdbc.DataAccessFailure;
import dev.stratum.runtime.jdbc.SqlErrors;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.problem.NotFoundException;
import dev.stratum.runtime.problem.PreconditionFailedException;
import dev.stratum.runtime.validation.ValidationException;
import dev.stratum.runtime.validation.Violation;
import java.net.URI;
import java.security.Principal;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plays the part of a generated controller, raising each kind of error the problem layer must render. */
@RestController
@RequestMapping("/api/things")
class ThingController {

    static final UUID KNOWN = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    static final String SECRET = "SELECT secret FROM vault -- Kaboom";
    static final long CURRENT_VERSION = 3;
    private static final ConditionalRequests CONDITIONS = new ConditionalRequests(true);

    enum Kind { SMALL, LARGE }

    record Part(String label) {
    }

    record ThingRequest(String name, int count, Kind kind, LocalDate day, Instant at, List<String> tags, Part part) {
    }

    record ThingResponse(UUID id, String name, int count, Kind kind, LocalDate day, Instant at) {
    }

    private static final ThingResponse KNOWN_THING = new ThingResponse(KNOWN, "Known", 1, Kind.LARGE,
            LocalDate.of(2024, 5, 31), Instant.parse("2024-05-31T12:00:00Z"));

    @GetMapping("/{id}")
    ResponseEntity<ThingResponse> read(@PathVariable UUID id) {
        if (!KNOWN.equals(id)) {
            throw new NotFoundException("Thing", id);
        }
        return ResponseEntity.ok().eTag(ETags.of(CURRENT_VERSION)).body(KNOWN_THING);
    }

    @GetMapping
    Page<ThingResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return Page.of(List.of(KNOWN_THING), PageRequest.of(page, size, 50), 1);
    }

    @GetMapping("/me")
    String me(Principal principal) {
        return principal.getName();
    }

    @GetMapping("/request-id")
    String requestIdInLogContext() {
        return MDC.get("requestId");
    }

    @PostMapping
    ResponseEntity<ThingResponse> create(@RequestBody ThingRequest request) {
        ThingResponse created = new ThingResponse(UUID.randomUUID(), request.name(), request.count(), request.kind(),
                request.day(), request.at());
        return ResponseEntity.created(URI.create("/api/things/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<ThingResponse> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ThingRequest request) {
        if (!CONDITIONS.ifMatch(ifMatch).admits(CURRENT_VERSION)) {
            throw new PreconditionFailedException("Thing", id);
        }
        return ResponseEntity.ok().eTag(ETags.of(CURRENT_VERSION + 1)).body(KNOWN_THING);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/failures/{kind}")
    String fail(@PathVariable String kind) {
        throw switch (kind) {
            case "database" -> new DataAccessFailure(SECRET, new SQLException(SECRET, "42P01"));
            case "unreachable" -> new CannotCreateTransactionException(SECRET,
                    new SQLTransientConnectionException(SECRET));
            case "duplicate" -> SqlErrors.translate(new SQLException(SECRET, "23505"), "Thing");
            case "access-denied" -> new AccessDeniedException(SECRET);
            case "violations" -> new ValidationException(List.of(
                    new Violation("/name", "size must be between 0 and 3", "Size", SECRET),
                    new Violation("/count", "must not be null", "NotNull")));
            default -> new IllegalStateException(SECRET);
        };
    }
}
