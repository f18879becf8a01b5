package dev.stratum.runtime.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of(), new PageRequest(0, 20), 0).totalPages()).isZero();
        assertThat(Page.of(List.of("a"), new PageRequest(0, 20), 1).totalPages()).isEqualTo(1);
        assertThat(Page.of(List.of(), new PageRequest(0, 20), 40).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), new PageRequest(0, 20), 41).totalPages()).isEqualTo(3);
    }

    @Test
    void capsThePageCountOfAHugeList() {
        assertThat(Page.of(List.of(), new PageRequest(0, 1), Long.MAX_VALUE).totalPages())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void carriesTheRequestAndTotal() {
        Page<String> page = Page.of(List.of("c", "d"), new PageRequest(1, 2), 5);

        assertThat(page).isEqualTo(new Page<>(List.of("c", "d"), 1, 2, 5, 3));
    }

    @Test
    void mapConvertsItemsAndKeepsPaging() {
        Page<Integer> lengths = Page.of(List.of("a", "bbb"), new PageRequest(2, 2), 6).map(String::length);

        assertThat(lengths).isEqualTo(new Page<>(List.of(1, 3), 2, 2, 6, 3));
    }

    @Test
    void itemsCannotBeChangedThroughThePage() {
        List<String> source = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(source, new PageRequest(0, 5), 1);
        source.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
