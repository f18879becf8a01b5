package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pet.owner is a {@code @ManyToOne} stored in pets.owner_id with a RESTRICT foreign key: a request naming an owner
 * that does not exist, and a delete of an owner who still has pets, are problems that name the relation.
 */
class RelationProblemsTest extends ApiTestSupport {

    private static final long NO_SUCH_OWNER = 987_654_321L;

    @Test
    void creatingAPetForAMissingOwnerNamesTheField() {
        String body = petJson("Ghost", uniqueMicrochip(), NO_SUCH_OWNER);

        JsonNode problem = assertProblem(api.post("/api/pets").as(VET).json(body).send(),
                422, "missing-reference", "/api/pets");

        assertThat(problem.path("pointer").asString()).isEqualTo("/ownerId");
        assertThat(problem.path("detail").asString()).contains("ownerId").doesNotContain(String.valueOf(NO_SUCH_OWNER));
    }

    @Test
    void movingAPetToAMissingOwnerNamesTheFieldAndChangesNothing() {
        long ownerId = createOwner().path("id").asLong();
        String microchip = uniqueMicrochip();
        ApiResponse created = api.post("/api/pets").as(VET).json(petJson("Stray", microchip, ownerId)).send();
        String id = created.json().path("id").asString();

        ApiResponse moved = api.put("/api/pets/" + id).as(VET).ifMatch("\"0\"")
                .json(petJson("Stray", microchip, NO_SUCH_OWNER)).send();

        assertThat(assertProblem(moved, 422, "missing-reference", "/api/pets/" + id).path("pointer").asString())
                .isEqualTo("/ownerId");
        JsonNode reread = api.get("/api/pets/" + id).send().json();
        assertThat(reread.path("ownerId").asLong()).isEqualTo(ownerId);
        assertThat(reread.path("version").asLong()).isZero();
    }

    @Test
    void anOwnerWithPetsCannotBeDeletedUntilThePetsAreGone() {
        long ownerId = createOwner().path("id").asLong();
        String owner = "/api/owners/" + ownerId;
        ApiResponse pet = api.post("/api/pets").as(VET).json(petJson("Loyal", uniqueMicrochip(), ownerId)).send();
        assertThat(pet.status()).as("%s", pet).isEqualTo(201);

        JsonNode problem = assertProblem(api.delete(owner).as(ADMIN).send(), 409, "still-referenced", owner);

        assertThat(problem.path("relation").asString()).isEqualTo("Pet.ownerId");
        assertThat(problem.path("detail").asString()).contains("Pet.ownerId");
        assertThat(api.get(owner).as(VET).send().status()).isEqualTo(200);

        assertThat(api.delete("/api/pets/" + pet.json().path("id").asString()).as(ADMIN).send().status())
                .isEqualTo(204);
        assertThat(api.delete(owner).as(ADMIN).send().status()).isEqualTo(204);
    }
}
