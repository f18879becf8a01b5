package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlDialectTest {

    private static final TableModel OWNERS = SchemaMapper.map(List.of(Entities.owner())).tables().get(0);

    @Test
    void namesTheFlywayVendorFolders() {
        assertThat(SqlDialect.all()).extracting(SqlDialect::name).containsExactly("h2", "postgresql");
    }

    @Test
    void rendersCreateTableForPostgres() {
        assertThat(new PostgresDialect().createTable(OWNERS)).isEqualTo("""
                create table owners (
                    id        uuid not null,
                    version   bigint not null,
                    email     varchar(254) not null,
                    full_name varchar(100) not null,
                    constraint pk_owners primary key (id),
                    constraint uk_owners_email unique (email)
                );
                """);
    }

    @Test
    void rendersCreateTableForH2WithItsOwnTypeNames() {
        assertThat(new H2Dialect().createTable(OWNERS)).isEqualTo("""
                create table owners (
                    id        uuid not null,
                    version   bigint not null,
                    email     character varying(254) not null,
                    full_name character varying(100) not null,
                    constraint pk_owners primary key (id),
                    constraint uk_owners_email unique (email)
                );
                """);
    }

    @Test
    void rendersDropTable() {
        assertThat(new H2Dialect().dropTable(OWNERS)).isEqualTo("drop table owners;\n");
        assertThat(new PostgresDialect().dropTable(OWNERS)).isEqualTo("drop table owners;\n");
    }

    @Test
    void rendersEveryTypeAndTheIdentityColumnInBothDialects() {
        TableModel pets = SchemaMapper.map(List.of(Entities.pet())).tables().get(0);
        Map<String, String> files = new LinkedHashMap<>();
        for (SqlDialect dialect : SqlDialect.all()) {
            files.put(dialect.name() + "/create_pets.sql", dialect.createTable(pets));
        }

        GoldenFiles.assertMatches("ddl_every_type", files);
    }

    @Test
    void refusesToRenderANameItWouldHaveToQuote() {
        TableModel user = new TableModel("user", OWNERS.columns(), new PrimaryKey("pk_user", List.of("id")), List.of(),
                "a.User");

        assertThatThrownBy(() -> new PostgresDialect().dropTable(user))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'user' cannot be used unquoted in postgresql");
        assertThatThrownBy(() -> new H2Dialect().createTable(rename(OWNERS)))
                .hasMessage("'Owners' cannot be used unquoted in h2");
    }

    @Test
    void knowsWhichWordsEachDialectReserves() {
        assertThat(new H2Dialect().isReserved("value")).isTrue();
        assertThat(new PostgresDialect().isReserved("value")).isFalse();
        assertThat(new PostgresDialect().isReserved("analyse")).isTrue();
        assertThat(new H2Dialect().isReserved("analyse")).isFalse();
        assertThat(SqlDialect.all()).allSatisfy(dialect -> assertThat(dialect.isReserved("order")).isTrue());
    }

    private static TableModel rename(TableModel table) {
        return new TableModel("Owners", table.columns(), table.primaryKey(), table.uniques(), table.entity());
    }
}
