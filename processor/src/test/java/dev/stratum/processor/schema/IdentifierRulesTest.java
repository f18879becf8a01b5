package dev.stratum.processor.schema;

import static dev.stratum.processor.schema.Entities.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierRulesTest {

    @Test
    void acceptsSnakeCaseNamesThatNoDialectReserves() {
        assertThat(check(Entities.pet(), Entities.owner(), Entities.visit())).isEmpty();
    }

    @Test
    void rejectsATableNameReservedInBothDialectsAndSuggestsAPlural() {
        List<SchemaProblem> problems = check(Entities.entity("Order", "order", IdStrategy.IDENTITY).build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(Location.entity("com.example.clinic.Order"));
            assertThat(problem.message()).isEqualTo("Order maps to table 'order', which is a reserved word in h2 and"
                    + " postgresql; set @Table(name = \"orders\")");
        });
    }

    @Test
    void suggestsANameThatPassesWhenThePluralIsReservedToo() {
        // H2 reserves GROUPS as well as GROUP.
        assertThat(check(Entities.entity("Group", "group", IdStrategy.IDENTITY).build()))
                .singleElement().extracting(SchemaProblem::message).asString()
                .endsWith("set @Table(name = \"app_group\")");
    }

    @Test
    void namesTheOneDialectThatReservesAColumnName() {
        EntityModel entity = Entities.entity("Reading", "readings", IdStrategy.IDENTITY)
                .field("value", ValueType.of(ValueKind.INT, true), column("value", false))
                .build();

        assertThat(check(entity)).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(Location.field("com.example.clinic.Reading", "value"));
            assertThat(problem.message()).isEqualTo("Reading.value maps to column 'value', which is a reserved word"
                    + " in h2; choose another name with @Column(name = \"...\")");
        });
    }

    @Test
    void rejectsNamesThatWouldNeedQuotes() {
        EntityModel entity = Entities.entity("Pet", "Pets", IdStrategy.IDENTITY)
                .field("name", ValueType.of(ValueKind.STRING, false), column("pet-name", false).length(10))
                .build();

        assertThat(check(entity)).extracting(SchemaProblem::message).containsExactly(
                "Pet maps to table 'Pets', which is not lower-case snake_case (a-z, 0-9 and _, starting with a letter);"
                        + " set @Table(name = \"pets\")",
                "Pet.name maps to column 'pet-name', which is not lower-case snake_case (a-z, 0-9 and _, starting"
                        + " with a letter); choose another name with @Column(name = \"...\")");
    }

    @Test
    void rejectsNamesLongerThanPostgresKeeps() {
        EntityModel entity = Entities.entity("Pet", "p".repeat(64), IdStrategy.IDENTITY).build();

        assertThat(check(entity)).singleElement().extracting(SchemaProblem::message).asString()
                .contains("has 64 characters where PostgreSQL keeps only 63");
        assertThat(check(Entities.entity("Pet", "p".repeat(63), IdStrategy.IDENTITY).build())).isEmpty();
    }

    private static List<SchemaProblem> check(EntityModel... entities) {
        return IdentifierRules.check(List.of(entities), SqlDialect.all());
    }
}
