package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaSnapshotTest {

    private static final String HASH = "0".repeat(63) + "1";

    private static final SchemaSnapshot OWNERS = new SchemaSnapshot(1, SchemaMapper.map(List.of(Entities.owner())),
            List.of(new RecordedMigration("h2/V1__create_owners.sql", HASH)));

    private static final String OWNERS_JSON = """
            {
              "format": 1,
              "version": 1,
              "tables": [
                {
                  "name": "owners",
                  "entity": "com.example.clinic.Owner",
                  "columns": [
                    {"name": "id", "type": "UUID", "nullable": false, "identity": false},
                    {"name": "version", "type": "BIGINT", "nullable": false, "identity": false},
                    {"name": "email", "type": "VARCHAR(254)", "nullable": false, "identity": false},
                    {"name": "full_name", "type": "VARCHAR(100)", "nullable": false, "identity": false}
                  ],
                  "primaryKey": {"name": "pk_owners", "columns": ["id"]},
                  "uniques": [
                    {"name": "uk_owners_email", "columns": ["email"]}
                  ]
                }
              ],
              "migrations": [
                {"path": "h2/V1__create_owners.sql", "sha256": "0000000000000000000000000000000000000000000000000000000000000001"}
              ]
            }
            """;

    @Test
    void writesStablePrettyJson() {
        assertThat(OWNERS.toJson()).isEqualTo(OWNERS_JSON);
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        SchemaSnapshot clinic = new SchemaSnapshot(3,
                SchemaMapper.map(List.of(Entities.visit(), Entities.pet(), Entities.owner())),
                List.of(new RecordedMigration("h2/V1__create_owners.sql", HASH),
                        new RecordedMigration("postgresql/V1__create_owners.sql", HASH)));

        SchemaSnapshot read = SchemaSnapshot.fromJson(clinic.toJson());

        assertThat(read).isEqualTo(clinic);
        assertThat(read.toJson()).isEqualTo(clinic.toJson());
    }

    @Test
    void roundTripsAnEmptySchemaAndTextThatNeedsEscapes() {
        var odd = new SchemaSnapshot(1, SchemaModel.empty(),
                List.of(new RecordedMigration("h2/\"quoted\" back\\slash\ttab é.sql", HASH)));

        assertThat(odd.toJson()).contains("\"tables\": [],").contains("\\\"quoted\\\" back\\\\slash\\u0009tab é.sql");
        assertThat(SchemaSnapshot.fromJson(odd.toJson())).isEqualTo(odd);
    }

    @Test
    void keepsAColumnDefaultOnlyWhereOneIsDeclared() {
        var lives = new ColumnDef("lives", SqlType.Scalar.INTEGER, false, false, java.util.Optional.of("'it''s'"));
        var pets = new TableModel("pets", List.of(new ColumnDef("id", SqlType.Scalar.BIGINT, false, true), lives),
                new PrimaryKey("pk_pets", List.of("id")), List.of(), "a.Pet");
        var snapshot = new SchemaSnapshot(2, new SchemaModel(List.of(pets)), List.of());

        String json = snapshot.toJson();

        assertThat(json).contains("\"identity\": true}", "\"identity\": false, \"default\": \"'it''s'\"}");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(snapshot);
    }

    @Test
    void recordsUniquenessAndDirectionOfAnIndexOnlyWhereSet() {
        var snapshot = new SchemaSnapshot(4, new SchemaModel(List.of(NewTypesRoundTripTest.SAMPLES)), List.of());

        String json = snapshot.toJson();

        assertThat(json).contains(
                "{\"name\": \"ix_samples_seen_at_code\", \"columns\": [\"seen_at\", \"code\"],"
                        + " \"descending\": [\"seen_at\"]}",
                "{\"name\": \"ix_samples_opens_at\", \"columns\": [\"opens_at\"], \"unique\": true}",
                "{\"name\": \"uk_samples_code_weight\", \"columns\": [\"code\", \"weight\"]}");
        assertThat(SchemaSnapshot.fromJson(json)).isEqualTo(snapshot);
        assertThat(SchemaSnapshot.fromJson(json).toJson()).isEqualTo(json);
    }

    @Test
    void acceptsAnyJsonLayout() {
        String compact = OWNERS_JSON.replaceAll("\\n\\s*", "");

        assertThat(SchemaSnapshot.fromJson(compact)).isEqualTo(OWNERS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing comma          | "version": 1,                       | "version": 1           | 4  | expected ',' or '}' but found '"'
            unknown type           | "type": "VARCHAR(254)"              | "type": "VARCHAR2(254)" | 11 | unknown SQL type 'VARCHAR2(254)'
            boolean as string      | "nullable": false                   | "nullable": "no"       | 9  | "nullable" must be true or false
            unknown key            | "entity":                           | "entyty":              | 5  | a table has an unknown key "entyty"; expected name, entity, columns, primaryKey, uniques
            newer format           | "format": 1                         | "format": 2            | 2  | format 2 is not supported: this Stratum reads format 1 (was the snapshot written by a newer Stratum?)
            version zero           | "version": 1                        | "version": 0           | 3  | "version" must be the number of the newest migration, 1 or more
            key on unknown column  | "columns": ["email"]                | "columns": ["mail"]    | 5  | a constraint of table owners names unknown column mail
            duplicate key          | "format": 1,                        | "format": 1, "format": 1, | 2 | duplicate key "format"
            short hash             | 0000000000000000000000000000000000000000000000000000000000000001 | 01 | 21 | "sha256" must be 64 lower-case hex digits
            fraction               | "version": 1,                       | "version": 1.5,        | 3  | expected an integer; a schema snapshot has no fractions or exponents
            """)
    void namesTheLineAndTheProblemOfAMalformedSnapshot(String name, String original, String broken, int line,
            String problem) {
        String json = OWNERS_JSON.replaceFirst(Pattern.quote(original), Matcher.quoteReplacement(broken));
        assertThat(json).as("the case must change the text").isNotEqualTo(OWNERS_JSON);

        assertThatThrownBy(() -> SchemaSnapshot.fromJson(json))
                .isInstanceOfSatisfying(SnapshotFormatException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("malformed schema snapshot at line " + line + ", column ")
                .hasMessageEndingWith(problem);
    }

    @Test
    void reportsATruncatedFile() {
        String truncated = OWNERS_JSON.substring(0, OWNERS_JSON.indexOf("\"primaryKey\""));

        assertThatThrownBy(() -> SchemaSnapshot.fromJson(truncated))
                .isInstanceOf(SnapshotFormatException.class)
                .hasMessage("malformed schema snapshot at line 14, column 7: expected a quoted key but found the end of"
                        + " the text");
    }

    @Test
    void reportsAnUnterminatedString() {
        assertThatThrownBy(() -> SchemaSnapshot.fromJson("{\n  \"format"))
                .hasMessage("malformed schema snapshot at line 2, column 10: the string that starts at line 2, column 3"
                        + " never ends");
    }

    @Test
    void reportsEmptyTextAndTrailingContent() {
        assertThatThrownBy(() -> SchemaSnapshot.fromJson(""))
                .hasMessage("malformed schema snapshot at line 1, column 1: expected a value but the text ended");
        assertThatThrownBy(() -> SchemaSnapshot.fromJson(OWNERS_JSON + "}"))
                .hasMessage("malformed schema snapshot at line 24, column 1: unexpected '}' after the end of the document");
    }

    @Test
    void reportsAMisspeltKeyAtItsObject() {
        String json = OWNERS_JSON.replace("  \"migrations\": [\n", "  \"migratoins\": [\n");

        assertThatThrownBy(() -> SchemaSnapshot.fromJson(json))
                .hasMessage("malformed schema snapshot at line 1, column 1: the snapshot has an unknown key"
                        + " \"migratoins\"; expected format, version, tables, migrations");
    }

    @Test
    void reportsAMissingKeyAtItsObject() {
        String uniques = ",\n      \"uniques\": [\n        {\"name\": \"uk_owners_email\", \"columns\": [\"email\"]}\n      ]";
        String json = OWNERS_JSON.replace(uniques, "");
        assertThat(json).isNotEqualTo(OWNERS_JSON);

        assertThatThrownBy(() -> SchemaSnapshot.fromJson(json))
                .hasMessage("malformed schema snapshot at line 5, column 5: a table lacks the key \"uniques\"");
    }
}
