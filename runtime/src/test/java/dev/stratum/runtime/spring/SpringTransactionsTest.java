package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.stratum.runtime.tx.Transactions;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SpringTransactionsTest {

    private JdbcTemplate jdbc;
    private Transactions transactions;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:spring-transactions;DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS note (text VARCHAR(20))");
        jdbc.execute("DELETE FROM note");
        transactions = new SpringTransactions(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void writeCommitsAndReturnsTheResult() {
        int inserted = transactions.write(() -> jdbc.update("INSERT INTO note VALUES ('kept')"));

        assertThat(inserted).isEqualTo(1);
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void aRuntimeExceptionRollsBackAndPropagatesUnchanged() {
        IllegalStateException failure = new IllegalStateException("rule broken");

        assertThatIllegalStateException().isThrownBy(() -> transactions.write(() -> {
            jdbc.update("INSERT INTO note VALUES ('lost')");
            throw failure;
        })).isSameAs(failure);
        assertThat(notes()).isZero();
    }

    @Test
    void readRunsInAReadOnlyTransactionAndWriteInAReadWriteOne() {
        assertThat(transactions.read(TransactionSynchronizationManager::isCurrentTransactionReadOnly)).isTrue();
        assertThat(transactions.read(TransactionSynchronizationManager::isActualTransactionActive)).isTrue();
        assertThat(transactions.write(TransactionSynchronizationManager::isCurrentTransactionReadOnly)).isFalse();
    }

    @Test
    void theRunnableFormWritesToo() {
        transactions.write(() -> {
            jdbc.update("INSERT INTO note VALUES ('run')");
        });

        assertThat(notes()).isEqualTo(1);
    }

    private int notes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM note", Integer.class);
    }
}
