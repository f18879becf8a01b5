package dev.stratum.processor.schema;

import dev.stratum.processor.Golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlDialectTest {

    private static final java.nio.file.Path SCHEMA_GOLDEN = Golden.ROOT.resolve("schema");

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
    void rendersEveryChangeInsideATable() {
        var nickname = new ColumnDef("nickname", new SqlType.Varchar(20), true, false);
        var required = new ColumnDef("nickname", new SqlType.Varchar(40), false, false,
                java.util.Optional.of("'none'"));
        var unique = new UniqueKey("uk_pets_nickname", List.of("nickname"));
        var postgres = new PostgresDialect();

        assertThat(postgres.render(new SchemaChange.RenameTable("pets", "animals")))
                .isEqualTo("alter table pets rename to animals;\n");
        assertThat(postgres.render(new SchemaChange.AddColumn("pets", required)))
                .isEqualTo("alter table pets add column nickname varchar(40) default 'none' not null;\n");
        assertThat(postgres.render(new SchemaChange.DropColumn("pets", nickname)))
                .isEqualTo("alter table pets drop column nickname;\n");
        assertThat(postgres.render(new SchemaChange.RenameColumn("pets", "nick", "nickname")))
                .isEqualTo("alter table pets rename column nick to nickname;\n");
        assertThat(postgres.render(new SchemaChange.AlterColumn("pets", nickname, required))).isEqualTo("""
                alter table pets alter column nickname set data type varchar(40);
                alter table pets alter column nickname set default 'none';
                update pets set nickname = 'none' where nickname is null;
                alter table pets alter column nickname set not null;
                """);
        assertThat(postgres.render(new SchemaChange.AlterColumn("pets", required, nickname))).isEqualTo("""
                alter table pets alter column nickname set data type varchar(20);
                alter table pets alter column nickname drop default;
                alter table pets alter column nickname drop not null;
                """);
        assertThat(postgres.render(new SchemaChange.AddUnique("pets", unique)))
                .isEqualTo("alter table pets add constraint uk_pets_nickname unique (nickname);\n");
        assertThat(postgres.render(new SchemaChange.DropUnique("pets", unique)))
                .isEqualTo("alter table pets drop constraint uk_pets_nickname;\n");
        assertThat(new H2Dialect().render(new SchemaChange.AlterColumn("pets", nickname, required)))
                .startsWith("alter table pets alter column nickname set data type character varying(40);\n");
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

        Golden.assertMatches(SCHEMA_GOLDEN.resolve("ddl_every_type/expected"), files);
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
