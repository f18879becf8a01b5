package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class MergePatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("name", "count", "total", "weight", "done", "day", "at", "ref",
            "kind", "address");
    private static final Set<String> ADDRESS = Set.of("street", "city");

    enum Kind { SMALL, LARGE }

    @Test
    void absentKeepsNullClearsAValueReplaces() {
        MergePatch patch = patch("{\"name\": null, \"count\": 7}");

        assertThat(patch.string("name", "Rex")).isNull();
        assertThat(patch.integer("count", 1)).isEqualTo(7);
        assertThat(patch.bool("done", true)).isTrue();
        assertThat(patch.date("day", LocalDate.EPOCH)).isEqualTo(LocalDate.EPOCH);
    }

    @Test
    void readsEveryScalarKind() {
        UUID ref = UUID.randomUUID();
        MergePatch patch = patch("""
                {"name": "Rex", "count": 3, "total": 9000000000, "weight": 12.50, "done": false,
                 "day": "2024-05-31", "at": "2024-05-31T12:00:00Z", "ref": "%s", "kind": "LARGE"}""".formatted(ref));

        assertThat(patch.string("name", null)).isEqualTo("Rex");
        assertThat(patch.integer("count", null)).isEqualTo(3);
        assertThat(patch.longValue("total", null)).isEqualTo(9_000_000_000L);
        assertThat(patch.decimal("weight", null)).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(patch.bool("done", null)).isFalse();
        assertThat(patch.date("day", null)).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(patch.instant("at", null)).isEqualTo(Instant.parse("2024-05-31T12:00:00Z"));
        assertThat(patch.uuid("ref", null)).isEqualTo(ref);
        assertThat(patch.constant("kind", Kind.class, Kind.SMALL)).isEqualTo(Kind.LARGE);
    }

    @Test
    void readsTheSmallNumberFloatingPointAndLocalTimeKinds() {
        MergePatch patch = patch("""
                {"count": -32768, "total": 1, "weight": 0.1, "day": "2024-05-31T14:30:00.123456",
                 "at": "2024-05-31T14:30:00+05:30", "name": "14:30"}""");

        assertThat(patch.shortValue("count", null)).isEqualTo(Short.MIN_VALUE);
        assertThat(patch.doubleValue("total", null)).isEqualTo(1.0);
        assertThat(patch.floatValue("weight", null)).isEqualTo(0.1f);
        assertThat(patch.dateTime("day", null)).isEqualTo(LocalDateTime.of(2024, 5, 31, 14, 30, 0, 123_456_000));
        assertThat(patch.offsetDateTime("at", null)).isEqualTo(OffsetDateTime.parse("2024-05-31T14:30:00+05:30"));
        assertThat(patch.time("name", null)).isEqualTo(LocalTime.of(14, 30));
        assertMismatch(() -> patch("{\"count\": 32768}").shortValue("count", null), "/count", "a whole number");
        assertThat(patch("{\"count\": -128}").byteValue("count", null)).isEqualTo(Byte.MIN_VALUE);
        assertMismatch(() -> patch("{\"count\": 128}").byteValue("count", null), "/count", "a whole number");
        assertThat(patch("{\"total\": 123456789012345678901234567890}").bigInteger("total", null))
                .isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
        assertMismatch(() -> patch("{\"total\": 1.5}").bigInteger("total", null), "/total", "a whole number");
        assertMismatch(() -> patch("{\"at\": \"2024-05-31T14:30:00\"}").offsetDateTime("at", null), "/at",
                "a date-time with offset");
        assertMismatch(() -> patch("{\"day\": \"14:30\"}").dateTime("day", null), "/day", "a date-time such as");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"count\": \"3\"}", "{\"count\": 1.5}", "{\"count\": 3000000000}",
            "{\"count\": true}", "{\"count\": {}}"})
    void aWholeNumberIsNeverCoerced(String json) {
        assertMismatch(() -> patch(json).integer("count", 1), "/count", "a whole number");
    }

    @Test
    void textThatSpellsNoValueOfTheTypeIsATypeMismatch() {
        assertMismatch(() -> patch("{\"name\": 5}").string("name", null), "/name", "a string");
        assertMismatch(() -> patch("{\"day\": \"31.05.2024\"}").date("day", null), "/day", "a date");
        assertMismatch(() -> patch("{\"ref\": \"not-a-uuid\"}").uuid("ref", null), "/ref", "a UUID");
        assertMismatch(() -> patch("{\"kind\": \"HUGE\"}").constant("kind", Kind.class, null), "/kind",
                "one of SMALL, LARGE");
        assertMismatch(() -> patch("{\"done\": \"yes\"}").bool("done", null), "/done", "true or false");
    }

    @Test
    void aMemberTheUpdateRequestDoesNotHaveIsAnUnknownProperty() {
        assertThatThrownBy(() -> patch("{\"name\": \"Rex\", \"version\": 9}"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_PROPERTY);
                    assertThat(e.extensions()).containsEntry("pointer", "/version");
                });
    }

    @Test
    void aNestedObjectMergesMemberByMember() {
        MergePatch patch = patch("{\"address\": {\"city\": \"Bath\", \"street\": null}}");

        assertThat(patch.has("address")).isTrue();
        assertThat(patch.has("name")).isFalse();
        MergePatch address = patch.object("address", ADDRESS);
        assertThat(address.string("city", "London")).isEqualTo("Bath");
        assertThat(address.string("street", "Main St 1")).isNull();
        assertThat(patch("{\"address\": null}").object("address", ADDRESS)).isNull();
    }

    @Test
    void aNestedObjectReportsItsMembersUnderItsOwnPointer() {
        assertMismatch(() -> patch("{\"address\": {\"city\": 5}}").object("address", ADDRESS).string("city", null),
                "/address/city", "a string");
        assertMismatch(() -> patch("{\"address\": \"Bath\"}").object("address", ADDRESS), "/address", "an object");
        assertThatThrownBy(() -> patch("{\"address\": {\"country\": \"UK\"}}").object("address", ADDRESS))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_PROPERTY);
                    assertThat(e.extensions()).containsEntry("pointer", "/address/country");
                    assertThat(e.detail()).contains("'address.country'");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"name\"", "null", "3"})
    void aPatchThatIsNotAnObjectIsMalformed(String json) {
        assertThatThrownBy(() -> patch(json))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
    }

    private static MergePatch patch(String json) {
        return MergePatch.of(JSON.readTree(json), FIELDS);
    }

    private static void assertMismatch(Runnable read, String pointer, String expected) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.TYPE_MISMATCH);
            assertThat(e.extensions()).containsEntry("pointer", pointer);
            assertThat(e.detail()).contains(expected).doesNotContain("HUGE", "yes", "not-a-uuid");
        });
    }
}
