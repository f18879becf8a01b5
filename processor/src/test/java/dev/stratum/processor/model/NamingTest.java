package dev.stratum.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    @ParameterizedTest
    @CsvSource({
        "name, name",
        "birthDate, birth_date",
        "weightKg, weight_kg",
        "PetOwner, pet_owner",
        "HTTPStatus, http_status",
        "userID, user_id",
        "address2Line, address2_line",
        "ipV4Address, ip_v4_address"
    })
    void snakeCase(String javaName, String expected) {
        assertThat(Naming.snakeCase(javaName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"name, Name", "birthDate, BirthDate", "x, X"})
    void capitalize(String name, String expected) {
        assertThat(Naming.capitalize(name)).isEqualTo(expected);
        assertThat(Naming.decapitalize(expected)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"pet, pets", "owner, owners", "category, categories", "day, days", "box, boxes", "address, addresses",
            "batch, batches"})
    void plural(String name, String expected) {
        assertThat(Naming.plural(name)).isEqualTo(expected);
    }
}
