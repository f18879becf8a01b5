package dev.stratum.runtime.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {

    @Test
    void aKeyKeepsAnyIdAndValueApart() {
        for (String id : List.of("7", "a:b", "x=y~", "")) {
            for (String value : List.of("", "=", "~", "3:x", "multi\nline", "Ünïcode")) {
                String key = Keyset.key(id, value);
                assertThat(Keyset.id(key)).isEqualTo(id);
                assertThat(Keyset.value(key)).isEqualTo(value);
            }
            assertThat(Keyset.value(Keyset.key(id, null))).isNull();
            assertThat(Keyset.id(Keyset.key(id, null))).isEqualTo(id);
        }
    }

    @Test
    void aKeyOfAnotherFormIsAnInvalidCursor() {
        for (String key : List.of("123", "", "9:12", "x:1", "1:7", "1:7x", "-5:1~")) {
            assertThatThrownBy(() -> Keyset.value(key)).as(key).isInstanceOf(InvalidParameterException.class)
                    .extracting("parameter").isEqualTo("cursor");
            assertThatThrownBy(() -> Keyset.id(key)).as(key).isInstanceOf(InvalidParameterException.class);
        }
    }
}
