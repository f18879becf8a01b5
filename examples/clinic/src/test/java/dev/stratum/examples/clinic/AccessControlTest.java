package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code @Allow} policies of both entities, enforced on every operation: anonymous callers of a protected
 * operation get 401, callers without the role 403, and routes nobody declared are denied to everyone.
 */
class AccessControlTest extends ApiTestSupport {

    @Test
    void anonymousCallersOfEveryProtectedOperationAreUnauthenticated() {
        String petId = createPet("Guarded").path("id").asString();
        long ownerId = createOwner().path("id").asLong();
        String pet = "/api/pets/" + petId;
        String owner = "/api/owners/" + ownerId;

        List<ApiClient.Call> calls = List.of(
                api.post("/api/pets").json(petJson("Anon", uniqueMicrochip())),
                api.put(pet).ifMatch("\"0\"").json(petJson("Anon", uniqueMicrochip())),
                api.patch(pet).mergePatch("{\"name\": \"Anon\"}"),
                api.delete(pet),
                api.get("/api/owners"),
                api.get(owner),
                api.post("/api/owners").json(ownerJson(uniqueEmail(), "TAX12345")),
                api.put(owner).ifMatch("\"0\"").json(ownerJson(uniqueEmail(), "TAX12345")),
                api.patch(owner).mergePatch("{\"firstName\": \"Anon\"}"),
                api.delete(owner));
        for (ApiClient.Call call : calls) {
            ApiResponse response = call.send();

            assertThat(response.status()).as("%s", response).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertProblem(response, 401, "unauthenticated", call.path());
        }
        assertStillThere(pet, owner);
    }

    @Test
    void aWrongPasswordIsUnauthenticated() {
        ApiResponse response = api.get("/api/owners").as(VET, "not-the-password").send();

        assertProblem(response, 401, "unauthenticated", "/api/owners");
    }

    @Test
    void callersWithoutTheRoleAreForbidden() {
        String pet = "/api/pets/" + createPet("Forbidden").path("id").asString();
        String owner = "/api/owners/" + createOwner().path("id").asLong();

        List<Forbidden> calls = List.of(
                new Forbidden("/api/pets", api.post("/api/pets").as(CLERK).json(petJson("No", uniqueMicrochip()))),
                new Forbidden(pet, api.put(pet).as(CLERK).ifMatch("\"0\"").json(petJson("No", uniqueMicrochip()))),
                new Forbidden(pet, api.delete(pet).as(VET)),
                new Forbidden(pet, api.delete(pet).as(CLERK)),
                new Forbidden("/api/owners",
                        api.post("/api/owners").as(CLERK).json(ownerJson(uniqueEmail(), "TAX12345"))),
                new Forbidden(owner,
                        api.put(owner).as(CLERK).ifMatch("\"0\"").json(ownerJson(uniqueEmail(), "TAX12345"))),
                new Forbidden(owner, api.patch(owner).as(CLERK).mergePatch("{\"firstName\": \"No\"}")),
                new Forbidden(owner, api.delete(owner).as(VET)),
                new Forbidden(owner, api.delete(owner).as(CLERK)));
        for (Forbidden forbidden : calls) {
            assertProblem(forbidden.call().send(), 403, "forbidden", forbidden.instance());
        }
        assertStillThere(pet, owner);
    }

    @Test
    void publicAndAuthenticatedOperationsNeedNoRole() {
        String pet = "/api/pets/" + createPet("Open").path("id").asString();
        String owner = "/api/owners/" + createOwner().path("id").asLong();

        assertThat(api.get(pet).send().status()).isEqualTo(200);
        assertThat(api.get("/api/pets").send().status()).isEqualTo(200);
        assertThat(api.get(owner).as(CLERK).send().status()).isEqualTo(200);
        assertThat(api.get("/api/owners").as(CLERK).send().status()).isEqualTo(200);
    }

    @Test
    void routesNobodyDeclaredAreDenied() {
        assertProblem(api.get("/api/invoices").send(), 401, "unauthenticated", "/api/invoices");
        assertProblem(api.get("/api/invoices").as(ADMIN).send(), 403, "forbidden", "/api/invoices");
        assertProblem(api.get("/actuator/env").as(VET).send(), 403, "forbidden", "/actuator/env");
    }

    @Test
    void theHealthCheckIsOpenToProbes() {
        ApiResponse health = api.get("/actuator/health").send();

        assertThat(health.status()).as("%s", health).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    private void assertStillThere(String pet, String owner) {
        assertThat(api.get(pet).send().status()).isEqualTo(200);
        assertThat(api.get(owner).as(ADMIN).send().status()).isEqualTo(200);
    }

    private record Forbidden(String instance, ApiClient.Call call) {
    }
}
