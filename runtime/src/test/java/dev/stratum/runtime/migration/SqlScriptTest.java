package dev.stratum.runtime.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsAndTrims() {
        assertThat(SqlScript.statements("DROP TABLE a;\n  DROP TABLE b ;\n"))
                .containsExactly("DROP TABLE a", "DROP TABLE b");
    }

    @Test
    void keepsALastStatementWithoutSemicolon() {
        assertThat(SqlScript.statements("DROP TABLE a;\nDROP TABLE b"))
                .containsExactly("DROP TABLE a", "DROP TABLE b");
    }

    @Test
    void dropsLineAndBlockComments() {
        String script = """
                -- Reverts V1; drops a.
                -- Risk: rows are lost; back up first.
                DROP TABLE a; -- trailing; comment
                /* a block; comment */ DROP TABLE b;
                """;

        assertThat(SqlScript.statements(script)).containsExactly("DROP TABLE a", "DROP TABLE b");
    }

    @Test
    void keepsSemicolonsAndCommentMarkersInsideQuotes() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s -- fine');\nCREATE TABLE \"odd;name\" (id INT);";

        assertThat(SqlScript.statements(script)).containsExactly(
                "INSERT INTO t VALUES ('a;b', 'it''s -- fine')",
                "CREATE TABLE \"odd;name\" (id INT)");
    }

    @Test
    void yieldsNothingForAScriptOfComments() {
        assertThat(SqlScript.statements("-- only a comment\n;\n")).isEmpty();
    }

    @Test
    void reportsAnUnterminatedLiteral() {
        assertThatThrownBy(() -> SqlScript.statements("SELECT 'open;"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated string literal starting at character 7");
    }
}
