package dev.stratum.examples.clinic;

import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetHooks;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only business rule that fails unexpectedly for one magic pet name, to provoke an honest 500: the exception's
 * class and message must never reach the client.
 */
@TestConfiguration(proxyBeanMethods = false)
class ExplodingPetHooks {

    static final String MAGIC_NAME = "Kaboom";
    static final String SECRET_MESSAGE = "secret-internal-state-42";

    @Bean
    PetHooks failingForTheMagicName() {
        return new PetHooks() {
            @Override
            public void beforeCreate(Pet pet) {
                if (MAGIC_NAME.equals(pet.getName())) {
                    throw new IllegalStateException(SECRET_MESSAGE);
                }
            }
        };
    }
}
