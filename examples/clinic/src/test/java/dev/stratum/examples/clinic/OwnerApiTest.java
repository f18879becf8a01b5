package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The owner resource over HTTP: a database-assigned id, a sensitive tax number that is accepted but never shown, and
 * a server-owned registration time that a hand-written hook sets and no client can send, and an embedded address sent
 * and shown as a nested object.
 */
class OwnerApiTest extends ApiTestSupport {

    private static final String TAX_NUMBER = "SECRET7788";

    @Test
    void createsReadsUpdatesAndDeletesAnOwnerWithoutEverShowingTheTaxNumber() {
        String email = uniqueEmail();
        ApiResponse created = api.post("/api/owners").as(VET).json(ownerJson(email, TAX_NUMBER)).send();

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode owner = created.json();
        long id = owner.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(created.header("Location")).isEqualTo("/api/owners/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(owner.path("email").asString()).isEqualTo(email);
        assertThat(owner.path("phone").asString()).isEqualTo("+44 20 7946 0000");
        assertThat(owner.path("consentGiven").asBoolean()).isTrue();
        String registeredAt = owner.path("registeredAt").asString();
        assertThat(Instant.parse(registeredAt)).isNotNull();
        assertHidesTaxNumber(created);

        ApiResponse read = api.get("/api/owners/" + id).as(CLERK).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.text("lastName")).isEqualTo("Lovelace");
        assertThat(Instant.parse(read.text("registeredAt"))).isEqualTo(Instant.parse(registeredAt));
        assertHidesTaxNumber(read);

        String changed = """
                {"firstName": "Augusta Ada", "lastName": "King", "email": "%s", "phone": null,
                 "taxNumber": "NEWTAX999", "consentGiven": true}""".formatted(email);
        ApiResponse updated = api.put("/api/owners/" + id).as(VET).ifMatch("\"0\"").json(changed).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.text("lastName")).isEqualTo("King");
        assertThat(updated.json().path("phone").isNull()).isTrue();
        assertThat(Instant.parse(updated.text("registeredAt"))).isEqualTo(Instant.parse(registeredAt));
        assertHidesTaxNumber(updated);
        assertThat(updated.body()).doesNotContain("NEWTAX999");

        ApiResponse list = api.get("/api/owners?size=100").as(CLERK).send();
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertHidesTaxNumber(list);
        assertThat(list.body()).doesNotContain("NEWTAX999");

        assertThat(api.delete("/api/owners/" + id).as(ADMIN).send().status()).isEqualTo(204);
        assertProblem(api.get("/api/owners/" + id).as(CLERK).send(), 404, "not-found", "/api/owners/" + id);
    }

    @Test
    void theServerOwnedRegistrationTimeCannotBeSent() {
        String body = ownerJson(uniqueEmail(), TAX_NUMBER).replace("}", ", \"registeredAt\": \"2000-01-01T00:00:00Z\"}");

        ApiResponse response = api.post("/api/owners").as(VET).json(body).send();

        JsonNode problem = assertProblem(response, 400, "unknown-property", "/api/owners");
        assertThat(problem.path("pointer").asString()).isEqualTo("/registeredAt");
    }

    @Test
    void theIdAndVersionCannotBeSent() {
        for (String member : new String[] {"\"id\": 99", "\"version\": 3"}) {
            String body = ownerJson(uniqueEmail(), TAX_NUMBER).replace("}", ", " + member + "}");

            assertProblem(api.post("/api/owners").as(VET).json(body).send(), 400, "unknown-property", "/api/owners");
        }
    }

    @Test
    void aSecondOwnerWithTheSameEmailIsADuplicate() {
        String email = uniqueEmail();
        assertThat(api.post("/api/owners").as(VET).json(ownerJson(email, TAX_NUMBER)).send().status()).isEqualTo(201);

        ApiResponse second = api.post("/api/owners").as(VET).json(ownerJson(email, "OTHER1234")).send();

        assertProblem(second, 409, "duplicate", "/api/owners");
        assertThat(second.json().path("pointer").asString()).isEqualTo("/email");
        assertThat(second.json().path("detail").asString()).contains("this email").doesNotContain("uk_");
    }

    @Test
    void refusesAnInvalidTaxNumberWithoutEchoingIt() {
        ApiResponse response = api.post("/api/owners").as(VET).json(ownerJson(uniqueEmail(), "lower-case!")).send();

        JsonNode problem = assertProblem(response, 400, "validation-failed", "/api/owners");
        assertThat(problem.path("violations").get(0).path("pointer").asString()).isEqualTo("/taxNumber");
        assertThat(response.body()).doesNotContain("lower-case!");
    }

    @Test
    void consentIsRequired() {
        String body = ownerJson(uniqueEmail(), TAX_NUMBER).replace("\"consentGiven\": true", "\"consentGiven\": false");

        JsonNode problem = assertProblem(api.post("/api/owners").as(VET).json(body).send(),
                400, "validation-failed", "/api/owners");

        assertThat(problem.path("violations").size()).isEqualTo(1);
        assertThat(problem.path("violations").get(0).path("pointer").asString()).isEqualTo("/consentGiven");
        assertThat(problem.path("violations").get(0).path("constraint").asString()).isEqualTo("AssertTrue");
        assertThat(problem.path("violations").get(0).path("message").asString()).isEqualTo("must be true");
    }

    @Test
    void keepsAnEmbeddedAddressAsANestedObject() {
        String email = uniqueEmail();
        String body = ownerJson(email, TAX_NUMBER).replace("}",
                ", \"address\": {\"street\": \"12 St James's Square\", \"city\": \"London\", \"postalCode\": \"1000\"}}");
        ApiResponse created = api.post("/api/owners").as(VET).json(body).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        long id = created.json().path("id").asLong();

        JsonNode address = api.get("/api/owners/" + id).as(CLERK).send().json().path("address");
        assertThat(address.path("street").asString()).isEqualTo("12 St James's Square");
        assertThat(address.path("city").asString()).isEqualTo("London");
        assertThat(address.path("postalCode").asString()).isEqualTo("1000");

        // A merge patch merges the nested object: only the city changes.
        ApiResponse patched = api.patch("/api/owners/" + id).as(VET).ifMatch("\"0\"")
                .mergePatch("{\"address\": {\"city\": \"Bath\"}}").send();
        assertThat(patched.status()).as("%s", patched).isEqualTo(200);
        assertThat(patched.json().path("address").path("city").asString()).isEqualTo("Bath");
        assertThat(patched.json().path("address").path("street").asString()).isEqualTo("12 St James's Square");

        // An update without the address clears it: every column NULL reads back as no address, as JPA does.
        ApiResponse updated = api.put("/api/owners/" + id).as(VET).ifMatch("\"1\"")
                .json(ownerJson(email, TAX_NUMBER)).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.json().path("address").isNull()).isTrue();
        assertThat(api.get("/api/owners/" + id).as(CLERK).send().json().path("address").isNull()).isTrue();
    }

    @Test
    void refusesAnInvalidPostalCodeAtItsNestedPointer() {
        String body = ownerJson(uniqueEmail(), TAX_NUMBER).replace("}",
                ", \"address\": {\"street\": \"Main St 1\", \"city\": \"Bern\", \"postalCode\": \"30-11\"}}");

        JsonNode problem = assertProblem(api.post("/api/owners").as(VET).json(body).send(),
                400, "validation-failed", "/api/owners");

        assertThat(problem.path("violations").size()).isEqualTo(1);
        assertThat(problem.path("violations").get(0).path("pointer").asString()).isEqualTo("/address/postalCode");
        assertThat(problem.path("violations").get(0).path("constraint").asString()).isEqualTo("Pattern");
    }

    @Test
    void refusesAnUnknownMemberOfTheAddress() {
        String body = ownerJson(uniqueEmail(), TAX_NUMBER).replace("}", ", \"address\": {\"street\": \"Main St 1\","
                + " \"city\": \"Bern\", \"postalCode\": \"3011\", \"country\": \"CH\"}}");

        JsonNode problem = assertProblem(api.post("/api/owners").as(VET).json(body).send(),
                400, "unknown-property", "/api/owners");

        assertThat(problem.path("pointer").asString()).isEqualTo("/address/country");
    }

    private static void assertHidesTaxNumber(ApiResponse response) {
        assertThat(response.body()).doesNotContain("taxNumber").doesNotContain(TAX_NUMBER);
    }
}
