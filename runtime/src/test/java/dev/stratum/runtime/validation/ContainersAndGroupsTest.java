package dev.stratum.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.annotations.Create;
import dev.stratum.annotations.Update;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainersAndGroupsTest {

    /** A group extending the default group. */
    interface Strict extends Default {
    }

    @Test
    void collectionsAndMapsAreSizedByTheirElements() {
        assertThat(Checks.size((List<String>) null, 1, 2)).isTrue();
        assertThat(Checks.size(List.of(), 1, 2)).isFalse();
        assertThat(Checks.size(List.of("a", "b"), 1, 2)).isTrue();
        assertThat(Checks.size(Map.of("a", 1, "b", 2, "c", 3), 1, 2)).isFalse();
        assertThat(Checks.notEmpty((List<String>) null)).isFalse();
        assertThat(Checks.notEmpty(List.of())).isFalse();
        assertThat(Checks.notEmpty(Map.of("a", 1))).isTrue();
    }

    @Test
    void aGroupIsCheckedWhenItOrASubtypeIsRequested() {
        assertThat(Groups.DEFAULT.byDefault()).isTrue();
        assertThat(Groups.DEFAULT.includes(Create.class)).isFalse();
        assertThat(Groups.CREATE.byDefault()).isTrue();
        assertThat(Groups.CREATE.includes(Create.class)).isTrue();
        assertThat(Groups.UPDATE.includes(Create.class)).isFalse();
        assertThat(Groups.of(Update.class).byDefault()).isFalse();
        assertThat(Groups.of(Strict.class).byDefault()).isTrue();
        assertThat(Groups.of()).isSameAs(Groups.DEFAULT);
        assertThatIllegalArgumentException().isThrownBy(() -> Groups.of(String.class));
    }

    @Test
    void elementViolationsCarryTheirPathAndNestedOnesGoUnderTheElement() {
        var nested = new Violation("/name", "must not be blank", "NotBlank", " ");
        assertThat(nested.path()).isEqualTo("name");

        var under = nested.under("/items/2", "items[2]");
        assertThat(under.pointer()).isEqualTo("/items/2/name");
        assertThat(under.path()).isEqualTo("items[2].name");
        assertThat(nested.under("/order").path()).isEqualTo("order.name");
        assertThat(Violation.segment("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(new Violation("/a~1b/c", "m", "NotNull").path()).isEqualTo("a/b.c");
    }

    @Test
    void theConstraintContextOffersTheDefaultMessageAndRefusesCustomViolations() {
        var context = new ConstraintContext("must be even");

        assertThat(context.getDefaultConstraintMessageTemplate()).isEqualTo("must be even");
        assertThat(context.getClockProvider().getClock()).isNotNull();
        assertThatThrownBy(() -> context.buildConstraintViolationWithTemplate("other"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
