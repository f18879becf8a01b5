package dev.stratum.runtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemExceptionsTest {

    @Test
    void notFoundNamesResourceAndId() {
        NotFoundException e = new NotFoundException("Pet", 42);

        assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(e.type().status()).isEqualTo(404);
        assertThat(e.detail()).isEqualTo("Pet 42 was not found.");
    }

    @Test
    void versionConflictTellsTheClientToReadAgain() {
        VersionConflictException e = new VersionConflictException("Pet", 42);

        assertThat(e.type().status()).isEqualTo(409);
        assertThat(e.type()).isEqualTo(ProblemType.VERSION_CONFLICT);
        assertThat(e.detail()).contains("Pet 42", "changed by someone else", "read it again");
    }

    @Test
    void preconditionFailedTellsTheClientToRetryWithTheCurrentETag() {
        PreconditionFailedException e = new PreconditionFailedException("Pet", 42);

        assertThat(e.type().status()).isEqualTo(412);
        assertThat(e.type().uri()).isEqualTo("urn:stratum:problem:precondition-failed");
        assertThat(e.detail()).contains("Pet 42", "If-Match", "current ETag");
    }

    @Test
    void serviceUnavailableCarriesRetryAfterInWholeSeconds() {
        var e = new ServiceUnavailableException("The database is unreachable.", java.time.Duration.ofMillis(2500));

        assertThat(e.type().status()).isEqualTo(503);
        assertThat(e.retryAfterSeconds()).isEqualTo(2);
        assertThat(e.extensions()).containsExactlyEntriesOf(Map.of("retryAfter", 2L));
        assertThat(new ServiceUnavailableException("x", java.time.Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void duplicateNamesTheResourceButNoDatabaseObjects() {
        DuplicateException e = new DuplicateException("Owner");

        assertThat(e.type()).isEqualTo(ProblemType.DUPLICATE);
        assertThat(e.detail()).contains("Owner").doesNotContainIgnoringCase("constraint")
                .doesNotContainIgnoringCase("sql");
    }

    @Test
    void preconditionRequiredAndInvalidParameterKeepTheirDetail() {
        assertThat(new PreconditionRequiredException("send If-Match").type().status()).isEqualTo(428);
        InvalidParameterException invalid = new InvalidParameterException("size", "size must be small.");

        assertThat(invalid.type().status()).isEqualTo(400);
        assertThat(invalid.detail()).isEqualTo("size must be small.");
        assertThat(invalid.extensions()).containsExactlyEntriesOf(Map.of("parameter", "size"));
    }
}
