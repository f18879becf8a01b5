package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.security.AuthorizationMatrix;
import dev.stratum.runtime.security.AuthorizationMatrix.Caller;
import dev.stratum.runtime.security.AuthorizationMatrix.Expectation;
import dev.stratum.runtime.security.AuthorizationMatrix.Route;
import dev.stratum.runtime.security.RoutePolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix the processor wrote from the model, held against the running clinic: every route is called
 * over HTTP by an anonymous client, by a caller signed in with no role and by one caller for each role the model
 * names, each with its own RS256 token signed by a key generated for the test run, and each answer must be what the
 * route's policy says: 401, 403, or "allowed".
 *
 * <p>The requests are synthetic: every path variable is {@code 0}, and a body is an empty JSON object, so an allowed
 * call usually ends in 400 (invalid id or body), 404 or 428 (no {@code If-Match}); "allowed" therefore means neither 401
 * nor 403, and nothing is written. Routes of owner-scoped resources are also called on a row another principal
 * created: 404 for every caller the policy lets through, except the roles that bypass ownership.
 */
class AuthorizationMatrixTest extends SignedTokenTestSupport {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load(
            AuthorizationMatrixTest.class.getClassLoader());

    /** A valid body for each owner-scoped resource, so a write reaches the owner check rather than validation. */
    private static final Map<String, String> OWNED_BODIES = Map.of("Note", "{\"text\": \"written by the matrix\"}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RoutePolicies> policies;

    /** Budgets no matrix run exhausts: anonymous calls all share the loopback address's budget. */
    @DynamicPropertySource
    static void roomForEveryCall(DynamicPropertyRegistry registry) {
        registry.add("stratum.rate-limit.read.requests", () -> "10000");
        registry.add("stratum.rate-limit.write.requests", () -> "10000");
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheModelDeclares() {
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Route route : MATRIX.routes()) {
            for (Caller caller : MATRIX.callers()) {
                Expectation expected = route.expectationFor(caller);
                ApiResponse response = call(route, caller);
                calls++;
                if (!expected.admits(response.status())) {
                    mismatches.add(route + " as " + caller.name() + ": expected " + expected + ", got "
                            + response.status() + " " + response.body());
                }
                if (expected == Expectation.UNAUTHENTICATED || expected == Expectation.FORBIDDEN) {
                    assertThat(response.header("Content-Type")).as("%s as %s", route, caller.name())
                            .startsWith("application/problem+json");
                }
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(calls).isEqualTo(MATRIX.routes().size() * MATRIX.callers().size());
    }

    @Test
    void theMatrixNamesEveryRoleAndEveryKindOfAnswer() {
        assertThat(MATRIX.roles()).containsExactly("ADMIN", "VET");
        Set<Expectation> kinds = new TreeSet<>();
        MATRIX.routes().forEach(route -> MATRIX.callers().forEach(caller -> kinds.add(route.expectationFor(caller))));

        assertThat(kinds).contains(Expectation.UNAUTHENTICATED, Expectation.FORBIDDEN, Expectation.ALLOWED);
    }

    @Test
    void coversEveryRouteTheApplicationAnswers() {
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.routes().forEach(route -> inMatrix.add(route.method() + " " + route.path()));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (handler.getBeanType().getPackageName().startsWith(ClinicApplication.class.getPackageName())) {
                info.getMethodsCondition().getMethods().forEach(method -> info.getPathPatternsCondition()
                        .getPatternValues().forEach(pattern -> mapped.add(method.name() + " " + pattern)));
            }
        });

        assertThat(inMatrix).isEqualTo(mapped);
    }

    /**
     * The generated route policies are exactly the matrix; the only other policies are the framework's own routes
     * (actuator and the OpenAPI document), which {@code AccessControlTest} and {@code OpenApiDocumentTest} cover.
     */
    @Test
    void agreesWithTheRoutePoliciesTheFilterChainEnforces() {
        Set<String> resources = new TreeSet<>();
        Set<String> inMatrix = new TreeSet<>();
        MATRIX.routes().forEach(route -> {
            resources.add(route.resource());
            inMatrix.add(route.method() + " " + route.pathWith("*") + " " + route.access() + " " + route.roles());
        });
        Set<String> enforced = new TreeSet<>();
        Set<String> framework = new TreeSet<>();
        policies.forEach(resource -> resource.routes().forEach(policy -> {
            String line = policy.method() + " " + policy.pattern() + " " + policy.access() + " " + policy.roles();
            (resources.contains(resource.resource()) ? enforced : framework).add(line);
        }));

        assertThat(inMatrix).isEqualTo(enforced);
        assertThat(framework).containsExactlyInAnyOrder("GET /actuator ROLES [ADMIN]", "GET /actuator/** ROLES [ADMIN]",
                "GET /actuator/health PUBLIC []", "GET /actuator/health/** PUBLIC []", "GET /openapi.json PUBLIC []");
    }

    /**
     * Every route that names a row of an owner-scoped resource, called by every caller on a row another principal
     * created: 401 or 403 as the policy says, 404 for a caller it lets through, and success for a bypass role.
     */
    @Test
    void anotherOwnersRowIsNotFoundUnlessTheCallerMayBypassOwnership() {
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Route route : MATRIX.routes()) {
            if (!route.ownerScoped() || route.pathWith("0").equals(route.path())) {
                continue;
            }
            String body = OWNED_BODIES.get(route.resource());
            assertThat(body).as("a valid body to create and write %s", route.resource()).isNotNull();
            for (Caller caller : MATRIX.callers()) {
                String id = createOwnedRow(route, body);
                Expectation expected = route.expectationOnAnotherOwnersRow(caller);
                ApiResponse response = send(route, route.pathWith(id), route.method().equals("PATCH") ? "{}" : body,
                        caller, subject("intruder"));
                calls++;
                boolean right = expected == Expectation.ALLOWED ? response.status() < 300 : expected.admits(response.status());
                if (!right) {
                    mismatches.add(route + " as " + caller.name() + " on another owner's row: expected " + expected
                            + ", got " + response.status() + " " + response.body());
                }
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(calls).as("the clinic has owner-scoped routes").isPositive();
    }

    /** A new row of the route's resource, created by a principal of its own; its id. */
    private String createOwnedRow(Route route, String body) {
        String collection = route.path().substring(0, route.path().indexOf("/{"));
        ApiResponse created = api.post(collection).json(body)
                .header("Authorization", bearer(token(subject("owner")))).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private ApiResponse call(Route route, Caller caller) {
        return send(route, route.pathWith("0"), "{}", caller, subject("matrix"));
    }

    private ApiResponse send(Route route, String path, String body, Caller caller, String subject) {
        ApiClient.Call call = api.call(route.method(), path);
        switch (route.method()) {
            case "POST", "PUT" -> call.json(body);
            case "PATCH" -> call.mergePatch(body);
            default -> {
            }
        }
        if (caller.authenticated()) {
            String[] roles = caller.role().stream().toArray(String[]::new);
            call.header("Authorization", bearer(token(subject, roles)));
        }
        return call.send();
    }
}
