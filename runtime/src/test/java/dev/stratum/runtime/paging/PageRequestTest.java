package dev.stratum.runtime.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void acceptsTheBoundsOfTheAllowedRange() {
        assertThat(PageRequest.of(0, 1, 100)).isEqualTo(new PageRequest(0, 1));
        assertThat(PageRequest.of(7, 100, 100)).isEqualTo(new PageRequest(7, 100));
    }

    @Test
    void rejectsANegativePageNamingThePageParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 20, 100))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("page");
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
                    assertThat(e.extensions()).containsEntry("parameter", "page");
                });
    }

    @Test
    void rejectsSizesOutsideOneToMaxNamingTheRange() {
        for (int size : new int[] {0, -5, 101}) {
            assertThatThrownBy(() -> PageRequest.of(0, size, 100))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("size");
                        assertThat(e.detail()).contains("1").contains("100");
                    });
        }
    }

    @Test
    void offsetSkipsTheEarlierPagesWithoutIntOverflow() {
        assertThat(new PageRequest(0, 20).offset()).isZero();
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo(214_748_364_700L);
    }

    @Test
    void constructorRejectsImpossibleValuesFromCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, 0));
    }
}
