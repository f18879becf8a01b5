package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The owners' list serves keyset pages (the default): walking the cursors returns every row once in id order, rows
 * inserted between two requests never repeat or hide an earlier one, and a cursor that was not issued for this list is
 * a 400 problem naming {@code cursor}, before any SQL runs.
 */
class OwnerKeysetPagingTest extends ApiTestSupport {

    @Test
    void walkingTheCursorsReturnsEveryOwnerExactlyOnceInIdOrder() {
        for (int i = 0; i < 7; i++) {
            KeysetPaging.createOwner(api, VET);
        }
        List<Long> all = KeysetPaging.walkOwners(api, CLERK, 100, () -> { });

        List<Long> paged = KeysetPaging.walkOwners(api, CLERK, 3, () -> { });

        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates().isSorted().hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void ownersInsertedBetweenPagesNeitherRepeatNorHideEarlierOnes() {
        for (int i = 0; i < 5; i++) {
            KeysetPaging.createOwner(api, VET);
        }
        List<Long> before = KeysetPaging.walkOwners(api, CLERK, 100, () -> { });
        List<Long> inserted = new ArrayList<>();
        AtomicInteger pages = new AtomicInteger();

        List<Long> paged = KeysetPaging.walkOwners(api, CLERK, 2, () -> {
            if (pages.incrementAndGet() <= 3) {
                inserted.add(KeysetPaging.createOwner(api, VET));
            }
        });

        assertThat(paged).doesNotHaveDuplicates().isSorted().containsAll(before).containsAll(inserted);
    }

    @Test
    void theLastPageHasNoNextCursor() {
        KeysetPaging.createOwner(api, VET);

        JsonNode page = api.get("/api/owners?size=100").as(CLERK).send().json();

        assertThat(page.has("next")).isFalse();
        assertThat(page.has("totalItems")).isFalse();
    }

    @Test
    void aTamperedTruncatedOrForeignCursorIsA400NamingTheCursor() {
        KeysetPaging.createOwner(api, VET);
        KeysetPaging.createOwner(api, VET);
        String cursor = api.get("/api/owners?size=1").as(CLERK).send().json().path("next").asString();
        assertThat(cursor).isNotBlank();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String forgedPayload = base64.encodeToString("1\nOwner\nid\n0".getBytes(StandardCharsets.UTF_8));
        String otherResource = base64.encodeToString("1\nPet\nid\n1".getBytes(StandardCharsets.UTF_8))
                + cursor.substring(cursor.indexOf('.'));
        String otherSort = base64.encodeToString("1\nOwner\n-id\n1".getBytes(StandardCharsets.UTF_8))
                + cursor.substring(cursor.indexOf('.'));

        for (String bad : List.of(cursor.substring(0, cursor.length() - 4), forgedPayload + cursor.substring(cursor.indexOf('.')),
                otherResource, otherSort, "not-a-cursor", "%27%20OR%201%3D1--")) {
            ApiResponse response = api.get("/api/owners?size=1&cursor=" + bad).as(CLERK).send();
            JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/api/owners");
            assertThat(problem.path("parameter").asString()).isEqualTo("cursor");
        }
    }

    @Test
    void thePageSizeIsCapped() {
        ApiResponse response = api.get("/api/owners?size=101").as(CLERK).send();

        JsonNode problem = assertProblem(response, 400, "invalid-parameter", "/api/owners");
        assertThat(problem.path("parameter").asString()).isEqualTo("size");
    }
}
