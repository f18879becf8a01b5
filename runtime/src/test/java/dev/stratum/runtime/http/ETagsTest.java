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
        assertThat(ETags.ifMatch(ETags.of(42))).isEqualTo(IfMatch.versions(42));
        assertThat(ETags.ifMatch(" \"7\" ")).isEqualTo(IfMatch.versions(7));
        assertThat(ETags.ifMatch(ETags.of(Long.MAX_VALUE / 10))).isEqualTo(IfMatch.versions(Long.MAX_VALUE / 10));
    }

    @Test
    void aListOfETagsHoldsWhenAnyOfThemIsCurrent() {
        IfMatch list = ETags.ifMatch("\"3\", \"4\"");

        assertThat(list.conditional()).isTrue();
        assertThat(list.admits(3)).isTrue();
        assertThat(list.admits(4)).isTrue();
        assertThat(list.admits(5)).isFalse();
        assertThat(ETags.ifMatch(" \"1\" ,\"9\" ").admits(9)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "*", " * "})
    void noIfMatchOrAnAsteriskConditionsOnNoVersion(String ifMatch) {
        IfMatch any = ETags.ifMatch(ifMatch);

        assertThat(any.conditional()).isFalse();
        assertThat(any.admits(12)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "3", "\"three\"", "\"-1\"", "\"3\", W/\"4\"", "\"3\",", "\"\"", "**",
            "\"99999999999999999999\""})
    void malformedIfMatchIsAnInvalidParameterWithoutEchoingIt(String ifMatch) {
        String detailForAnotherValue = detailOf("W/\"123456789\"");

        assertThatThrownBy(() -> ETags.ifMatch(ifMatch))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("If-Match");
                    assertThat(e.detail()).isEqualTo(detailForAnotherValue).contains("strong ETag");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "*", "\"1\", \"3\"", " \"2\" , W/\"3\" "})
    void ifNoneMatchNamesTheVersionByWeakComparison(String ifNoneMatch) {
        assertThat(ETags.noneMatchNames(ifNoneMatch, 3)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\"4\"", "3", "\"33\"", "W/\"30\", \"2\"", "\"3"})
    void ifNoneMatchWithoutTheVersionDoesNotMatch(String ifNoneMatch) {
        assertThat(ETags.noneMatchNames(ifNoneMatch, 3)).isFalse();
    }

    @Test
    void aRequiredIfMatchThatIsMissingIsAPreconditionRequired() {
        var required = new ConditionalRequests(true);

        for (String missing : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> required.ifMatch(missing))
                    .isInstanceOfSatisfying(PreconditionRequiredException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
                        assertThat(e.detail()).contains("If-Match").contains("ETag you read");
                    });
        }
        assertThat(required.ifMatch("\"2\"")).isEqualTo(IfMatch.versions(2));
        assertThat(required.ifMatch("*")).isEqualTo(IfMatch.any());
    }

    @Test
    void anOptionalIfMatchMakesAWriteWithoutItUnconditional() {
        var optional = new ConditionalRequests(false);

        assertThat(optional.ifMatch(null)).isEqualTo(IfMatch.any());
        assertThat(optional.ifMatch("\"5\"")).isEqualTo(IfMatch.versions(5));
        assertThatThrownBy(() -> optional.ifMatch("W/\"5\"")).isInstanceOf(InvalidParameterException.class);
    }

    private static String detailOf(String ifMatch) {
        try {
            ETags.ifMatch(ifMatch);
        } catch (InvalidParameterException e) {
            return e.detail();
        }
        throw new AssertionError(ifMatch + " was accepted");
    }
}
