package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Walks the owners' keyset pages over HTTP, for the H2 and the PostgreSQL test alike. */
final class KeysetPaging {

    private KeysetPaging() {
    }

    /** Every owner id, page by page from the first cursor-less request; {@code between} runs after each page. */
    static List<Long> walkOwners(ApiClient api, String user, int size, Runnable between) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String query = "/api/owners?size=" + size + (cursor == null ? "" : "&cursor=" + cursor);
            ApiResponse response = api.get(query).as(user).send();
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            JsonNode page = response.json();
            JsonNode items = page.path("items");
            assertThat(items.size()).isBetween(cursor == null ? 0 : 1, size);
            items.forEach(item -> ids.add(item.path("id").asLong()));
            cursor = page.has("next") ? page.path("next").asString() : null;
            between.run();
            assertThat(++pages).as("pages walked").isLessThan(10_000);
        } while (cursor != null);
        return ids;
    }

    /** Creates an owner and returns its id. */
    static long createOwner(ApiClient api, String user) {
        ApiResponse created = api.post("/api/owners").as(user)
                .json(ApiTestSupport.ownerJson(ApiTestSupport.uniqueEmail(), "TAX12345")).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asLong();
    }
}
