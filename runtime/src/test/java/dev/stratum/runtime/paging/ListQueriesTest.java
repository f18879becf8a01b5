package dev.stratum.runtime.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListQueriesTest {

    private enum Kind { CAT, DOG }

    private static final String[] SORTS = {"id", "-id", "name", "-name"};

    @Test
    void onlyTheListsOwnParametersAndItsFiltersPass() {
        ListQueries.requireKnown(Map.of("size", "2", "sort", "name", "city", "Leeds"), Set.of("cursor", "size", "sort"),
                List.of("city", "name"));

        assertThatThrownBy(() -> ListQueries.requireKnown(Map.of("email", "x"), Set.of("size"), List.of("city", "name")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("email");
                    assertThat(e.extensions()).containsEntry("allowed", List.of("city", "name"));
                    assertThat(e.detail()).doesNotContain("x\"").contains("filter on city, name");
                });
    }

    @Test
    void aSortIsOneOfTheAllowedValuesAndTheFirstByDefault() {
        assertThat(ListQueries.sort(null, SORTS, Function.identity())).isEqualTo("id");
        assertThat(ListQueries.sort("-name", SORTS, Function.identity())).isEqualTo("-name");

        for (String sort : List.of("email", "name,desc", "NAME", "", "+name")) {
            assertThatThrownBy(() -> ListQueries.sort(sort, SORTS, Function.identity())).as(sort)
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("sort");
                        assertThat(e.extensions()).containsEntry("allowed", List.of(SORTS));
                    });
        }
    }

    @Test
    void filterValuesParseAsTheirTypeOrNameTheParameter() {
        assertThat(ListQueries.longValue("ownerId", "7")).isEqualTo(7L);
        assertThat(ListQueries.integer("age", "-3")).isEqualTo(-3);
        assertThat(ListQueries.decimal("weight", "12.50")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(ListQueries.bool("neutered", "false")).isFalse();
        assertThat(ListQueries.date("born", "2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(ListQueries.constant("kind", "DOG", Kind::valueOf, Kind.values())).isEqualTo(Kind.DOG);
        assertThat(ListQueries.longValue("ownerId", null)).isNull();

        assertInvalid("ownerId", () -> ListQueries.longValue("ownerId", "seven"));
        assertInvalid("ownerId", () -> ListQueries.longValue("ownerId", "99999999999999999999"));
        assertInvalid("neutered", () -> ListQueries.bool("neutered", "yes"));
        assertInvalid("born", () -> ListQueries.date("born", "2024-02-30"));
        assertInvalid("at", () -> ListQueries.instant("at", "yesterday"));
        assertInvalid("id", () -> ListQueries.uuid("id", "1-1-1-1-1"));
        assertInvalid("weight", () -> ListQueries.decimal("weight", "1e"));
        assertInvalid("kind", () -> ListQueries.constant("kind", "dog", Kind::valueOf, Kind.values()));
        assertThat(ListQueries.byteValue("shelf", "-128")).isEqualTo(Byte.MIN_VALUE);
        assertInvalid("shelf", () -> ListQueries.byteValue("shelf", "128"));
        assertThat(ListQueries.bigInteger("serial", "-99999999999999999999"))
                .isEqualTo(new java.math.BigInteger("-99999999999999999999"));
        assertInvalid("serial", () -> ListQueries.bigInteger("serial", "1.5"));
        assertInvalid("serial", () -> ListQueries.bigInteger("serial", "1e3"));
        assertThat(ListQueries.uuid("id", "123e4567-e89b-12d3-a456-426614174000"))
                .isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    }

    private static void assertInvalid(String parameter, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.detail()).startsWith("Parameter '" + parameter + "' must be ");
            assertThat(e.extensions()).doesNotContainKey("allowed");
        });
    }
}
