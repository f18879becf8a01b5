package dev.stratum.runtime.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private final Cursors cursors = new Cursors("a test secret that is long enough!".getBytes(StandardCharsets.UTF_8));

    @Test
    void aCursorCarriesTheKeyBackToTheResourceAndSortThatIssuedIt() {
        String cursor = cursors.encode("Pet", "id", "42");

        assertThat(cursor).doesNotContain("42").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(cursors.decode("Pet", "id", cursor)).isEqualTo("42");
    }

    @Test
    void aCursorOfAnotherResourceOrSortIsRefused() {
        String cursor = cursors.encode("Pet", "id", "42");

        assertInvalid(() -> cursors.decode("Owner", "id", cursor));
        assertInvalid(() -> cursors.decode("Pet", "-id", cursor));
    }

    @Test
    void anAlteredTruncatedOrForgedCursorIsRefused() {
        String cursor = cursors.encode("Pet", "id", "42");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\nPet\nid\n43".getBytes(StandardCharsets.UTF_8));

        for (String bad : List.of(
                cursor.substring(0, cursor.length() - 3),
                forgedPayload + cursor.substring(cursor.indexOf('.')),
                cursor.replace('.', '!'),
                cursor + ".x",
                "",
                "not base64!.x",
                new Cursors(new byte[32]).encode("Pet", "id", "42"))) {
            assertInvalid(() -> cursors.decode("Pet", "id", bad));
        }
    }

    @Test
    void aShortKeyIsRefusedAndARandomKeyOnlyReadsItsOwnCursors() {
        assertThatThrownBy(() -> new Cursors(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        Cursors random = Cursors.withRandomKey();

        assertThat(random.decode("Pet", "id", random.encode("Pet", "id", "7"))).isEqualTo("7");
        assertInvalid(() -> cursors.decode("Pet", "id", random.encode("Pet", "id", "7")));
    }

    @Test
    void aWindowReadsOneRowMoreThanItShowsToKnowWhetherAnotherPageFollows() {
        KeysetRequest<Long> request = KeysetRequest.of(null, 2, 10);

        assertThat(request.limit()).isEqualTo(3);
        assertThat(Window.of(List.of(1, 2, 3), request)).isEqualTo(new Window<>(List.of(1, 2), true));
        assertThat(Window.of(List.of(1, 2), request)).isEqualTo(new Window<>(List.of(1, 2), false));
        assertThatThrownBy(() -> KeysetRequest.of(null, 11, 10)).isInstanceOf(InvalidParameterException.class);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable decode) {
        assertThatThrownBy(decode).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }
}
