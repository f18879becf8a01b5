package dev.stratum.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.PreconditionRequiredException;
import dev.stratum.runtime.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void writesTheVersionAsAStrongQuotedTag() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.of(0)).isEqualTo("\"0\"");
    }

    @Test
    void readsBackTheVersionItWrote() {
        assertThat(ETags.requireVersion(ETags.of(42))).isEqualTo(42);
        assertThat(ETags.requireVersion(" \"7\" ")).isEqualTo(7);
        assertThat(ETags.requireVersion(ETags.of(Long.MAX_VALUE / 10))).isEqualTo(Long.MAX_VALUE / 10);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingIfMatchIsAPreconditionRequired(String ifMatch) {
        assertThatThrownBy(() -> ETags.requireVersion(ifMatch))
                .isInstanceOfSatisfying(PreconditionRequiredException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
                    assertThat(e.detail()).contains("If-Match").contains("ETag you read");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "*", "3", "\"three\"", "\"-1\"", "\"3\", \"4\"", "\"\"",
            "\"99999999999999999999\""})
    void malformedIfMatchIsAnInvalidParameterWithoutEchoingIt(String ifMatch) {
        String detailForAnotherValue = detailOf("W/\"123456789\"");

        assertThatThrownBy(() -> ETags.requireVersion(ifMatch))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("If-Match");
                    assertThat(e.detail()).isEqualTo(detailForAnotherValue).contains("strong ETag");
                });
    }

    private static String detailOf(String ifMatch) {
        try {
            ETags.requireVersion(ifMatch);
        } catch (InvalidParameterException e) {
            return e.detail();
        }
        throw new AssertionError(ifMatch + " was accepted");
    }
}
