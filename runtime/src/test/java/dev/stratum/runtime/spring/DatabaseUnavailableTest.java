package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.jdbc.DataAccessFailure;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void aPoolTimeoutOrARefusedConnectionIsUnavailableThroughAnyWrapper() {
        var poolTimeout = new SQLTransientConnectionException("Connection is not available, request timed out");

        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("begin", poolTimeout))).isTrue();
        assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("get",
                new SQLNonTransientConnectionException("refused")))).isTrue();
        assertThat(DatabaseUnavailable.causes(new DataAccessFailure("read", new SQLException("gone", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new DataAccessFailure("read",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aRollbackThatFailedOnADroppedConnectionIsJudgedByWhatStartedIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessFailure("read", new SQLException("terminated", "57P01")));

        assertThat(DatabaseUnavailable.causes(rollback)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndEverythingElseAreNot() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(DatabaseUnavailable.causes(rollback)).isFalse();
        assertThat(DatabaseUnavailable.causes(new DataAccessFailure("write", new SQLException("dup", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new DataAccessFailure("read", new SQLException("no state")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
