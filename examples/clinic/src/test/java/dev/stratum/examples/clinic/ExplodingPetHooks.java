package dev.stratum.examples.clinic;

import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetHooks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test-only business rules for magic pet names. {@value #MAGIC_NAME} fails unexpectedly, to provoke an honest 500:
 * the exception's class and message must never reach the client. {@value #RACED_NAME} lets another writer change the
 * pet, on its own connection, after the update or delete read it and before it writes: the lost update the
 * repository's version check must catch.
 */
@TestConfiguration(proxyBeanMethods = false)
class ExplodingPetHooks {

    static final String MAGIC_NAME = "Kaboom";
    static final String SECRET_MESSAGE = "secret-internal-state-42";
    static final String RACED_NAME = "Raced";

    @Bean
    PetHooks failingForTheMagicName(DataSource dataSource) {
        return new PetHooks() {
            @Override
            public void beforeCreate(Pet pet) {
                if (MAGIC_NAME.equals(pet.getName())) {
                    throw new IllegalStateException(SECRET_MESSAGE);
                }
            }

            @Override
            public void beforeUpdate(Pet pet) {
                if (RACED_NAME.equals(pet.getName())) {
                    changeBehindTheRequestsBack(dataSource, pet);
                }
            }

            @Override
            public void beforeDelete(Pet pet) {
                if (RACED_NAME.equals(pet.getName())) {
                    changeBehindTheRequestsBack(dataSource, pet);
                }
            }
        };
    }

    // The pool's own connection, outside the request's transaction; it commits at once.
    private static void changeBehindTheRequestsBack(DataSource dataSource, Pet pet) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE pets SET version = version + 1 WHERE id = ?")) {
            update.setObject(1, pet.getId());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the racing writer failed", e);
        }
    }
}
