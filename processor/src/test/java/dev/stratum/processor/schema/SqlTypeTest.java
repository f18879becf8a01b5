package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTypeTest {

    static Stream<SqlType> everyType() {
        return Stream.concat(
                Stream.of(new SqlType.Varchar(120), new SqlType.Numeric(10, 2), new SqlType.Numeric(38, 0)),
                Stream.of(SqlType.Scalar.values()));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void parsesItsOwnCanonicalSpelling(SqlType type) {
        assertThat(SqlType.parse(type.canonical())).isEqualTo(type);
    }

    @Test
    void spellsTypesPortably() {
        assertThat(new SqlType.Varchar(120).canonical()).isEqualTo("VARCHAR(120)");
        assertThat(new SqlType.Numeric(10, 2).canonical()).isEqualTo("NUMERIC(10,2)");
        assertThat(SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE.canonical()).isEqualTo("TIMESTAMP WITH TIME ZONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMALLINT", "REAL", "DOUBLE PRECISION", "TIME", "TIMESTAMP", "CLOB"})
    void readsTheNewScalarsBack(String spelling) {
        assertThat(SqlType.parse(spelling).canonical()).isEqualTo(spelling);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VARCHAR2(10)", "varchar(10)", "NUMERIC(10, 2)", "VARCHAR()", "TIMESTAMP(6)", "DOUBLE", ""})
    void rejectsUnknownSpellings(String spelling) {
        assertThatThrownBy(() -> SqlType.parse(spelling))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown SQL type '" + spelling + "'");
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> new SqlType.Varchar(0)).hasMessageContaining("positive length");
        assertThatThrownBy(() -> new SqlType.Numeric(0, 0)).hasMessageContaining("precision must be between 1 and 1000");
        assertThatThrownBy(() -> new SqlType.Numeric(1001, 0)).hasMessageContaining("not 1001");
        assertThatThrownBy(() -> new SqlType.Numeric(5, 6)).hasMessageContaining("scale must be between 0 and");
    }
}
