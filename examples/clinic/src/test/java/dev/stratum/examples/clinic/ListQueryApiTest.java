package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sorting and filtering over real HTTP: a list sorts and filters only on what the model allows, a cursor continues
 * only the sort it was issued for, and anything else is a 400 that lists what is allowed.
 */
class ListQueryApiTest extends ApiTestSupport {

    private static final List<String> OWNER_SORTS = List.of("id", "-id", "lastName", "-lastName", "phone", "-phone");

    @Test
    void aDescendingWalkWithTiesNullsAndInsertsReturnsEveryOwnerOnceInOrder() {
        String lastName = uniqueName();
        List<String> phones = new ArrayList<>(List.of("0200000", "0100000", "0200000", "0300000", "0100000"));
        phones.add(null);
        phones.add(null);
        Map<Long, String> phoneOf = new java.util.HashMap<>();
        for (String phone : phones) {
            phoneOf.put(createOwner(lastName, phone), phone);
        }

        List<Long> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse response = api.get("/api/owners?size=2&sort=-phone&lastName=" + lastName
                    + (cursor == null ? "" : "&cursor=" + cursor)).as(CLERK).send();
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode page = response.json();
            page.path("items").forEach(item -> {
                walked.add(item.path("id").asLong());
                phoneOf.putIfAbsent(item.path("id").asLong(), item.path("phone").isNull() ? null : item.path("phone").asString());
            });
            cursor = page.has("next") ? page.path("next").asString() : null;
            if (++pages == 2) {
                phoneOf.put(createOwner(lastName, "0900000"), "0900000");
            }
        } while (cursor != null && pages < 50);

        assertThat(walked).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(phones.size());
        Comparator<Long> order = Comparator.<Long, String>comparing(phoneOf::get, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                .thenComparing(Comparator.<Long>reverseOrder());
        assertThat(walked).isSortedAccordingTo(order);
    }

    @Test
    void aSortTheModelDoesNotAllowIsA400ListingTheAllowedSorts() {
        for (String sort : List.of("email", "taxNumber", "-", "lastName,desc", "LASTNAME")) {
            ApiResponse response = api.get("/api/owners?sort=" + URLEncoder.encode(sort, StandardCharsets.UTF_8))
                    .as(CLERK).send();

            JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/api/owners");
            assertThat(problem.path("parameter").asString()).isEqualTo("sort");
            assertThat(problem.path("allowed").valueStream().map(JsonNode::asString).toList()).isEqualTo(OWNER_SORTS);
        }
    }

    @Test
    void aFilterTheModelDoesNotAllowIsA400ListingTheAllowedFilters() {
        for (String parameter : List.of("email", "taxNumber", "phone", "lastname")) {
            ApiResponse response = api.get("/api/owners?" + parameter + "=x").as(CLERK).send();

            JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/api/owners");
            assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
            assertThat(problem.path("allowed").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("lastName", "firstName");
        }
        ApiResponse pets = api.get("/api/pets?microchip=123").send();
        assertThat(assertProblem(pets, 400, "invalid-parameter", "/api/pets").path("allowed")
                .valueStream().map(JsonNode::asString).toList()).containsExactly("species", "ownerId", "neutered");
    }

    @Test
    void aMalformedFilterValueIsA400NamingTheParameter() {
        for (String query : List.of("species=LIZARD", "species=dog", "ownerId=seven", "neutered=yes")) {
            ApiResponse response = api.get("/api/pets?" + query).send();

            JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/api/pets");
            assertThat(problem.path("parameter").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
            assertThat(problem.has("allowed")).isFalse();
        }
    }

    @Test
    void aCursorContinuesOnlyTheSortItWasIssuedFor() {
        String lastName = uniqueName();
        createOwner(lastName, "0100000");
        createOwner(lastName, "0200000");
        String cursor = api.get("/api/owners?size=1&sort=-phone&lastName=" + lastName).as(CLERK).send().json()
                .path("next").asString();

        ApiResponse same = api.get("/api/owners?size=1&sort=-phone&lastName=" + lastName + "&cursor=" + cursor)
                .as(CLERK).send();
        ApiResponse other = api.get("/api/owners?size=1&sort=phone&lastName=" + lastName + "&cursor=" + cursor)
                .as(CLERK).send();

        assertThat(same.status()).as("%s", same).isEqualTo(200);
        assertThat(same.json().path("items").get(0).path("phone").asString()).isEqualTo("0100000");
        assertThat(assertProblem(other, 400, "invalid-parameter", "/api/owners").path("parameter").asString())
                .isEqualTo("cursor");
    }

    @Test
    void petsFilterByKindAndOwnerAndSortByWeightOnNumberedPages() {
        long owner = createOwner(uniqueName(), null);
        for (String weight : List.of("3.5", "12.5", "7.25", "null")) {
            ApiResponse created = api.post("/api/pets").as(VET).json("""
                    {"name": "Rex", "species": "DOG", "birthDate": "2019-04-02", "weightKg": %s, "neutered": true,
                     "microchip": "%s", "careLevel": 2, "ownerId": %d}""".formatted(weight, uniqueMicrochip(), owner))
                    .send();
            assertThat(created.status()).as("%s", created).isEqualTo(201);
        }

        JsonNode page = api.get("/api/pets?species=DOG&ownerId=" + owner + "&sort=-weightKg&size=3").send().json();
        JsonNode last = api.get("/api/pets?species=DOG&ownerId=" + owner + "&sort=-weightKg&size=3&page=1").send().json();

        assertThat(page.path("totalItems").asLong()).isEqualTo(4);
        assertThat(page.path("items").valueStream().map(item -> item.path("weightKg").asString()).toList())
                .containsExactly("12.5", "7.25", "3.5");
        assertThat(last.path("items").get(0).path("weightKg").isNull()).as("nulls last").isTrue();
        assertThat(api.get("/api/pets?species=CAT&ownerId=" + owner).send().json().path("totalItems").asLong()).isZero();
    }

    private long createOwner(String lastName, String phone) {
        ApiResponse created = api.post("/api/owners").as(VET).json("""
                {"firstName": "Ada", "lastName": "%s", "email": "%s", "phone": %s, "taxNumber": "TAX12345",
                 "consentGiven": true}""".formatted(lastName, uniqueEmail(), phone == null ? "null" : "\"" + phone + "\""))
                .send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static String uniqueName() {
        return "Zed" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
