package dev.stratum.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterStandForThemselves() {
        assertThat(LikePatterns.escape("100%_sure!")).isEqualTo("100!%!_sure!!");
        assertThat(LikePatterns.escape("plain")).isEqualTo("plain");
    }

    @Test
    void eachOperatorAddsItsWildcards() {
        assertThat(LikePatterns.startsWith("a_")).isEqualTo("a!_%");
        assertThat(LikePatterns.endsWith("%b")).isEqualTo("%!%b");
        assertThat(LikePatterns.containing("")).isEqualTo("%%");
    }
}
