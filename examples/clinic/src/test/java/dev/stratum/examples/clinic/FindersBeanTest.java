package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerFinders;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetFinders;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running application injects the finder interfaces: what the API wrote, the finders read, and a finder inside a
 * Spring transaction sees that transaction's own writes and its rollback.
 */
class FindersBeanTest extends ApiTestSupport {

    @Autowired
    PetFinders pets;

    @Autowired
    OwnerFinders owners;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void findsWhatTheApiCreated() {
        String microchip = uniqueMicrochip();
        var created = api.post("/api/pets").as(VET).json(petJson("Bean", microchip)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        assertThat(pets.findByMicrochip(microchip)).map(Pet::getId).contains(UUID.fromString(created.text("id")));
        assertThat(pets.existsByMicrochip(microchip)).isTrue();

        var owner = createOwner();
        assertThat(owners.findByEmailIgnoreCase(owner.path("email").asString().toUpperCase(Locale.ROOT)))
                .map(Owner::getId).contains(owner.path("id").asLong());
    }

    @Test
    void aDeleteByInsideASpringTransactionRollsBackWithIt() {
        String microchip = uniqueMicrochip();
        long ownerId = createOwner().path("id").asLong();
        var created = api.post("/api/pets").as(VET).json(petJson("Rollback", microchip, ownerId)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        Long deleted = new TransactionTemplate(transactionManager).execute(status -> {
            long count = pets.deleteByOwnerId(ownerId);
            assertThat(pets.existsByMicrochip(microchip)).as("inside the transaction").isFalse();
            status.setRollbackOnly();
            return count;
        });

        assertThat(deleted).isEqualTo(1);
        assertThat(pets.existsByMicrochip(microchip)).as("after the rollback").isTrue();
    }
}
