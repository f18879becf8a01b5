package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The application itself on PostgreSQL, configured only through the standard {@code spring.datasource.*} settings:
 * Flyway applies the PostgreSQL migrations and the API stores and reads rows there.
 */
@SpringBootTest(
        classes = {ClinicApplication.class, PostgresApplicationTest.TestUsers.class},
        webEnvironment = WebEnvironment.RANDOM_PORT)
class PostgresApplicationTest {

    private static final String SCHEMA = "clinic_app";

    @LocalServerPort
    int port;

    @BeforeAll
    static void startFromAnEmptySchema() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.url(SCHEMA));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @Test
    void createsAndReadsAPetStoredInPostgresql() throws SQLException {
        var api = new ApiClient(port);

        ApiResponse created = api.post("/api/pets").as("vet").json(ApiTestSupport.petJson("Pg", "123456789012345")).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.text("id");

        ApiResponse read = api.get("/api/pets/" + id).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("Pg");
        assertThat(read.json().path("weightKg").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(namesInPostgres(UUID.fromString(id))).isEqualTo("Pg");
    }

    @Test
    void aDuplicateOnPostgresqlNamesTheField() {
        var api = new ApiClient(port);
        String pet = ApiTestSupport.petJson("Twin", "555555555555555");
        assertThat(api.post("/api/pets").as("vet").json(pet).send().status()).isEqualTo(201);

        ApiResponse second = api.post("/api/pets").as("vet").json(pet).send();

        assertThat(second.status()).as("%s", second).isEqualTo(409);
        assertThat(second.text("type")).isEqualTo("urn:stratum:problem:duplicate");
        assertThat(second.text("pointer")).isEqualTo("/microchip");
    }

    @Test
    void aMissingOwnerOnPostgresqlNamesTheRelationField() {
        var api = new ApiClient(port);
        String pet = ApiTestSupport.petJson("Orphan", "444444444444444", 987_654_321L);

        ApiResponse refused = api.post("/api/pets").as("vet").json(pet).send();

        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.text("type")).isEqualTo("urn:stratum:problem:missing-reference");
        assertThat(refused.text("pointer")).isEqualTo("/ownerId");
    }

    @Test
    void anOwnerWithPetsOnPostgresqlCannotBeDeleted() {
        var api = new ApiClient(port);
        String owner = ApiTestSupport.ownerJson(ApiTestSupport.uniqueEmail(), "TAX12345");
        long ownerId = api.post("/api/owners").as("vet").json(owner).send().json().path("id").asLong();
        String pet = ApiTestSupport.petJson("Kept", "333333333333333", ownerId);
        assertThat(api.post("/api/pets").as("vet").json(pet).send().status()).isEqualTo(201);

        ApiResponse refused = api.delete("/api/owners/" + ownerId).as("admin").send();

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:stratum:problem:still-referenced");
        assertThat(refused.text("relation")).isEqualTo("Pet.ownerId");
    }

    @Test
    void storesTheServerOwnedTimestampWithItsTimeZone() {
        var api = new ApiClient(port);
        String owner = ApiTestSupport.ownerJson(ApiTestSupport.uniqueEmail(), "TAX12345");

        ApiResponse created = api.post("/api/owners").as("vet").json(owner).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        JsonNode read = api.get("/api/owners/" + created.text("id")).as("vet").send().json();
        assertThat(read.path("registeredAt").asString()).isEqualTo(created.text("registeredAt"));
    }

    @Test
    void aDeclaredEndpointTransfersAPetInPostgresql() throws SQLException {
        var api = new ApiClient(port);
        String id = api.post("/api/pets").as("vet").json(ApiTestSupport.petJson("Moving", "222222222222222")).send()
                .text("id");
        String owner = api.post("/api/owners").as("vet")
                .json(ApiTestSupport.ownerJson(ApiTestSupport.uniqueEmail(), "TAX12345")).send().text("id");

        ApiResponse moved = api.post("/api/pets/" + id + "/transfer").as("vet").json("{\"ownerId\": " + owner + "}")
                .send();

        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(ownerInPostgres(UUID.fromString(id))).isEqualTo(Long.parseLong(owner));
        ApiResponse found = api.get("/api/pets/search?name=movin").send();
        assertThat(found.json().size()).isEqualTo(1);
    }

    @Test
    void notesOnPostgresqlAreScopedToTheirAuthor() throws SQLException {
        var api = new ApiClient(port);
        ApiResponse created = api.post("/api/notes").as("vet").json("{\"text\": \"only mine\"}").send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String path = "/api/notes/" + created.text("id");

        assertThat(api.get(path).as("nurse").send().status()).isEqualTo(404);
        assertThat(api.put(path).as("nurse").json("{\"text\": \"taken\"}").send().status()).isEqualTo(404);
        assertThat(api.delete(path).as("nurse").send().status()).isEqualTo(404);
        assertThat(api.get("/api/notes?size=100").as("nurse").send().json().path("items").size()).isZero();
        assertThat(api.get(path).as("vet").send().text("text")).isEqualTo("only mine");
        assertThat(api.get(path).as("admin").send().status()).isEqualTo(200);
        assertThat(api.get(path).send().status()).isEqualTo(401);
        assertThat(authorInPostgres(Long.parseLong(created.text("id")))).isEqualTo("vet");
    }

    private static String authorInPostgres(long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(SCHEMA));
             PreparedStatement query = connection.prepareStatement("SELECT author FROM notes WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static long ownerInPostgres(UUID id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(SCHEMA));
             PreparedStatement query = connection.prepareStatement("SELECT owner_id FROM pets WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    private static String namesInPostgres(UUID id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.url(SCHEMA));
             PreparedStatement query = connection.prepareStatement("SELECT name FROM pets WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void walksTheOwnersKeysetPagesOnPostgresqlWithInsertsBetweenPagesAndRefusesATamperedCursor() {
        var api = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            KeysetPaging.createOwner(api, "vet");
        }
        List<Long> before = KeysetPaging.walkOwners(api, "vet", 100, () -> { });
        List<Long> inserted = new ArrayList<>();

        List<Long> paged = KeysetPaging.walkOwners(api, "vet", 2, () -> {
            if (inserted.size() < 3) {
                inserted.add(KeysetPaging.createOwner(api, "vet"));
            }
        });

        assertThat(paged).doesNotHaveDuplicates().isSorted().containsAll(before).containsAll(inserted);
        String cursor = api.get("/api/owners?size=1").as("vet").send().json().path("next").asString();
        ApiResponse tampered = api.get("/api/owners?size=1&cursor=" + cursor.substring(0, cursor.length() - 2))
                .as("vet").send();
        assertThat(tampered.status()).as("%s", tampered).isEqualTo(400);
        assertThat(tampered.json().path("parameter").asString()).isEqualTo("cursor");
    }

    /**
     * A real application brings its own user store; Stratum's development users refuse to start on anything but
     * in-memory H2, so this test provides one in memory.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestUsers {

        @Bean
        UserDetailsService users() {
            String password = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ApiClient.PASSWORD);
            return new InMemoryUserDetailsManager(
                    User.withUsername("vet").password(password).roles("VET").build(),
                    User.withUsername("admin").password(password).roles("ADMIN", "VET").build(),
                    User.withUsername("nurse").password(password).roles("VET").build());
        }
    }
}
