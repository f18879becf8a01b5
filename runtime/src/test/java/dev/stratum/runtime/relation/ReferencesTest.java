package dev.stratum.runtime.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferencesTest {

    /** Stands in for an entity: a no-argument constructor and id accessors. */
    static final class Owner {
        private Long id;

        Long getId() {
            return id;
        }

        void setId(Long id) {
            this.id = id;
        }
    }

    @Test
    void aReferenceHoldsOnlyTheIdAndGivesItBack() {
        Owner owner = References.to(7L, Owner::new, Owner::setId);

        assertThat(owner.getId()).isEqualTo(7L);
        assertThat(References.idOf(owner, Owner::getId)).isEqualTo(7L);
    }

    @Test
    void noIdMeansNoReferenceAndBack() {
        assertThat(References.<Owner, Long>to(null, Owner::new, Owner::setId)).isNull();
        assertThat(References.idOf((Owner) null, Owner::getId)).isNull();
    }
}
