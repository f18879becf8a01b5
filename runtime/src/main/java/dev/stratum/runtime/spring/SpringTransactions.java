package dev.stratum.runtime.spring;

import dev.stratum.runtime.tx.Transactions;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} on Spring's transaction manager, so generated services join Spring's transactions. */
public class SpringTransactions implements Transactions {

    private final TransactionTemplate writeTemplate;
    private final TransactionTemplate readTemplate;

    public SpringTransactions(PlatformTransactionManager transactionManager) {
        this.writeTemplate = new TransactionTemplate(transactionManager);
        this.readTemplate = new TransactionTemplate(transactionManager);
        this.readTemplate.setReadOnly(true);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return writeTemplate.execute(status -> work.get());
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return readTemplate.execute(status -> work.get());
    }
}
