package dev.stratum.runtime.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    @Test
    void comparesPartsAsNumbers() {
        assertThat(MigrationVersion.parse("10").isAfter(MigrationVersion.parse("9"))).isTrue();
        assertThat(MigrationVersion.parse("2.10").isAfter(MigrationVersion.parse("2.9"))).isTrue();
        assertThat(MigrationVersion.parse("2").isAfter(MigrationVersion.parse("2.1"))).isFalse();
    }

    @Test
    void treatsTrailingZerosAndUnderscoresAsFlywayDoes() {
        assertThat(MigrationVersion.parse("1.0")).isEqualTo(MigrationVersion.parse("1"))
                .hasSameHashCodeAs(MigrationVersion.parse("1"));
        assertThat(MigrationVersion.parse("2_1")).isEqualTo(MigrationVersion.parse("2.1"));
        assertThat(MigrationVersion.parse("2_1")).hasToString("2.1");
    }

    @Test
    void rejectsTextThatIsNotAVersion() {
        for (String text : new String[] {"", "v1", "1.", "1..2", "-1"}) {
            assertThatThrownBy(() -> MigrationVersion.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a migration version");
        }
    }
}
