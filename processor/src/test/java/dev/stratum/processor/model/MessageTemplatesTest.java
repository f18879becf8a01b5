package dev.stratum.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private static final Map<String, String> SIZE = Map.of("min", "2", "max", "20", "groups", "[]", "payload", "[]");

    private static String text(String template, Map<String, String> attributes) {
        return MessageTemplates.interpolate(template, attributes).text();
    }

    @Test
    void attributesAreFilledIn() {
        assertThat(text("between {min} and {max}, or {max}", SIZE)).isEqualTo("between 2 and 20, or 20");
    }

    @Test
    void theSpecificationsKeysBecomeTheirEnglishTextWithTheAttributesFilledIn() {
        assertThat(text("{jakarta.validation.constraints.Size.message}", SIZE)).isEqualTo("size must be between 2 and 20");
        assertThat(text("name: {jakarta.validation.constraints.NotBlank.message}!", SIZE))
                .isEqualTo("name: must not be blank!");
        assertThat(text("{jakarta.validation.constraints.DecimalMin.message}", Map.of("value", "0.50", "inclusive", "false")))
                .isEqualTo("must be greater than 0.50");
        assertThat(text("{jakarta.validation.constraints.DecimalMax.message}", Map.of("value", "7", "inclusive", "true")))
                .isEqualTo("must be less than or equal to 7");
    }

    @Test
    void unknownPlaceholdersAndUnclosedBracesStayAsWritten() {
        assertThat(text("{foo} {message} { min } {min", SIZE)).isEqualTo("{foo} {message} { min } {min");
        assertThat(text("{example.Custom.message}", SIZE)).isEqualTo("{example.Custom.message}");
    }

    @Test
    void escapedCharactersAreLiteral() {
        assertThat(text("\\{min} \\} \\$ \\\\ {min} \\n", SIZE)).isEqualTo("{min} } $ \\ 2 \\n");
    }

    @Test
    void aBraceInsideAPlaceholderLeavesTheWholeTemplateAlone() {
        assertThat(text("{max}{min}{{min}}", SIZE)).isEqualTo("{max}{min}{{min}}");
    }

    @Test
    void expressionsAreKeptAndReported() {
        var interpolated = MessageTemplates.interpolate("${validatedValue} is over {max}", SIZE);

        assertThat(interpolated.text()).isEqualTo("${validatedValue} is over 20");
        assertThat(interpolated.expression()).isTrue();
        assertThat(MessageTemplates.interpolate("costs $ {max}", SIZE).expression()).isFalse();
    }
}
