package dev.stratum.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import dev.stratum.runtime.problem.PreconditionRequiredException;
import dev.stratum.runtime.problem.ProblemType;
import java.util.OptionalLong;
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
        assertThat(ETags.ifMatchVersion(ETags.of(42))).hasValue(42);
        assertThat(ETags.ifMatchVersion(" \"7\" ")).hasValue(7);
        assertThat(ETags.ifMatchVersion(ETags.of(Long.MAX_VALUE / 10))).hasValue(Long.MAX_VALUE / 10);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "*", " * "})
    void noIfMatchOrAnAsteriskConditionsOnNoVersion(String ifMatch) {
        assertThat(ETags.ifMatchVersion(ifMatch)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "3", "\"three\"", "\"-1\"", "\"3\", \"4\"", "\"\"", "**",
            "\"99999999999999999999\""})
    void malformedIfMatchIsAnInvalidParameterWithoutEchoingIt(String ifMatch) {
        String detailForAnotherValue = detailOf("W/\"123456789\"");

        assertThatThrownBy(() -> ETags.ifMatchVersion(ifMatch))
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
            assertThatThrownBy(() -> required.expectedVersion(missing))
                    .isInstanceOfSatisfying(PreconditionRequiredException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
                        assertThat(e.detail()).contains("If-Match").contains("ETag you read");
                    });
        }
        assertThat(required.expectedVersion("\"2\"")).hasValue(2);
        assertThat(required.expectedVersion("*")).isEmpty();
    }

    @Test
    void anOptionalIfMatchMakesAWriteWithoutItUnconditional() {
        var optional = new ConditionalRequests(false);

        assertThat(optional.expectedVersion(null)).isEqualTo(OptionalLong.empty());
        assertThat(optional.expectedVersion("\"5\"")).hasValue(5);
        assertThatThrownBy(() -> optional.expectedVersion("W/\"5\"")).isInstanceOf(InvalidParameterException.class);
    }

    private static String detailOf(String ifMatch) {
        try {
            ETags.ifMatchVersion(ifMatch);
        } catch (InvalidParameterException e) {
            return e.detail();
        }
        throw new AssertionError(ifMatch + " was accepted");
    }
}
