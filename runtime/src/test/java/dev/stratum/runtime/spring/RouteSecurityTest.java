package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Default deny: declared routes get their policy, everything else is refused. */
class RouteSecurityTest extends WebTestSupport {

    private static final String KNOWN = "/api/things/" + ThingController.KNOWN;

    @Test
    void publicRoutesNeedNoCredentials() {
        assertThat(http.get(KNOWN).send().status()).isEqualTo(200);
        assertThat(http.get("/api/things").send().status()).isEqualTo(200);
    }

    @Test
    void anonymousCallsToProtectedRoutesAreChallenged() {
        List<Http.Call> calls = List.of(
                http.post("/api/things").json(thingJson()),
                http.call("PUT", KNOWN).header("If-Match", "\"3\"").json(thingJson()),
                http.call("DELETE", KNOWN),
                http.get("/api/things/me"));
        for (Http.Call call : calls) {
            Http.Response response = call.send();

            assertProblem(response, 401, "unauthenticated", response.raw().uri().getPath());
            assertThat(response.raw().headers().allValues("WWW-Authenticate"))
                    .containsExactly("Basic realm=\"stratum\"", "Bearer realm=\"stratum\"");
        }
    }

    @Test
    void wrongCredentialsAreUnauthenticated() {
        Http.Response response = http.post("/api/things").as(VET, "wrong").json(thingJson()).send();

        assertProblem(response, 401, "unauthenticated", "/api/things");
    }

    @Test
    void aRoleTheRouteDoesNotGrantIsForbidden() {
        assertProblem(http.post("/api/things").as(NURSE).json(thingJson()).send(), 403, "forbidden", "/api/things");
        assertProblem(http.call("DELETE", KNOWN).as(VET).send(), 403, "forbidden", KNOWN);
    }

    @Test
    void aRoleTheRouteGrantsIsAllowed() {
        assertThat(http.post("/api/things").as(VET).json(thingJson()).send().status()).isEqualTo(201);
        assertThat(http.call("DELETE", KNOWN).as(ADMIN).send().status()).isEqualTo(204);
    }

    @Test
    void aMoreSpecificRouteFromAnotherBeanWinsOverAWildcard() {
        assertProblem(http.get("/api/things/me").send(), 401, "unauthenticated", "/api/things/me");

        Http.Response me = http.get("/api/things/me").as(NURSE).send();
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.body()).isEqualTo("nurse");
    }

    @Test
    void undeclaredRoutesAreDeniedEvenToAuthenticatedUsers() {
        assertProblem(http.get("/api/secrets").send(), 401, "unauthenticated", "/api/secrets");
        assertProblem(http.get("/api/secrets").as(ADMIN).send(), 403, "forbidden", "/api/secrets");
        assertProblem(http.get("/error").as(ADMIN).send(), 403, "forbidden", "/error");
    }

    @Test
    void anAccessDeniedRaisedInsideAControllerIsAnsweredBySpringSecurity() {
        String path = "/api/things/failures/access-denied";

        assertProblem(http.get(path).send(), 401, "unauthenticated", path);
        assertProblem(http.get(path).as(VET).send(), 403, "forbidden", path);
    }

    @Test
    void noSessionCookieIsIssued() {
        Http.Response response = http.post("/api/things").as(VET).json(thingJson()).send();

        assertThat(response.header("Set-Cookie")).isNull();
    }
}
