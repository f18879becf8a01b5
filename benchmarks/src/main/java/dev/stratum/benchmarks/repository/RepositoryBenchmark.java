package dev.stratum.benchmarks.repository;

import dev.stratum.benchmarks.repository.jpa.JpaConfiguration;
import dev.stratum.benchmarks.repository.jpa.JpaCustomer;
import dev.stratum.benchmarks.repository.jpa.JpaCustomerRepository;
import dev.stratum.benchmarks.repository.jpa.JpaPurchase;
import dev.stratum.benchmarks.repository.jpa.JpaPurchaseRepository;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.domain.Sort;

/**
 * findById, insert, a batch insert of 50, update with its version check, and a page of 50 purchases through the
 * generated {@link PurchaseRepository}, hand-written JDBC and Spring Data JPA on Hibernate 7, against the same schema,
 * rows and pool. Reads return each purchase with its customer's name (the generated code joins the customer's
 * summary, {@code @Expand}; the others join it too). Each trial first proves that the three return equal results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepositoryBenchmark {

    /** The system property with the PostgreSQL JDBC url, needed only for {@code -p database=postgresql}. */
    public static final String POSTGRES_URL = "stratum.bench.postgresql.url";

    static final int PAGE = 20;
    static final int PAGE_SIZE = 50;
    static final Instant NEW_PURCHASE_TIME = Instant.parse("2026-06-01T12:00:00Z");

    /** {@code h2} (in memory) and, with the url property set, {@code postgresql}. */
    @Param("h2")
    public String database;

    private BenchmarkDatabase db;
    private PurchaseRepository generated;
    private HandWrittenPurchaseRepository handWritten;
    private AnnotationConfigApplicationContext spring;
    private JpaPurchaseRepository jpa;
    private JpaCustomerRepository jpaCustomers;

    private long readId;
    private long newCustomerId;
    private JpaCustomer newJpaCustomer;
    private Purchase generatedTarget;
    private Purchase handWrittenTarget;
    private JpaPurchase jpaTarget;
    private int updates;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        db = BenchmarkDatabase.open(database, System.getProperty(POSTGRES_URL));
        db.reset();
        DataSource dataSource = db.dataSource();
        generated = new PurchaseRepository(dataSource);
        handWritten = new HandWrittenPurchaseRepository(dataSource);
        spring = new AnnotationConfigApplicationContext();
        spring.registerBean(DataSource.class, () -> dataSource);
        spring.register(JpaConfiguration.class);
        spring.refresh();
        jpa = spring.getBean(JpaPurchaseRepository.class);
        jpaCustomers = spring.getBean(JpaCustomerRepository.class);

        new ResultCheck(this, db).requireEqualResults();
        db.reset();

        readId = db.purchaseId(BenchmarkDatabase.PURCHASES / 2);
        newCustomerId = db.customerId(7);
        newJpaCustomer = jpaCustomers.getReferenceById(newCustomerId);
        long updatedId = db.purchaseId(BenchmarkDatabase.PURCHASES / 3);
        generatedTarget = generated.findById(updatedId).orElseThrow();
        handWrittenTarget = handWritten.findById(updatedId).orElseThrow();
        jpaTarget = jpa.findById(updatedId).orElseThrow();
    }

    @TearDown(Level.Iteration)
    public void deleteInsertedRows() throws SQLException {
        db.deleteInsertedPurchases();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        spring.close();
        db.close();
    }

    // findById: one row by primary key with its customer's name (JPA: the customer fetched by a join).

    @Benchmark
    public Purchase generatedFindById() {
        return generated.findById(readId).orElseThrow();
    }

    @Benchmark
    public Purchase handWrittenFindById() throws SQLException {
        return handWritten.findById(readId).orElseThrow();
    }

    @Benchmark
    public JpaPurchase jpaFindById() {
        return jpa.findWithCustomerById(readId).orElseThrow();
    }

    // insert: one new row, its generated id read back.

    @Benchmark
    public Purchase generatedInsert() {
        Purchase purchase = newPurchase(newCustomerId);
        generated.insert(purchase);
        return purchase;
    }

    @Benchmark
    public Purchase handWrittenInsert() throws SQLException {
        Purchase purchase = newPurchase(newCustomerId);
        handWritten.insert(purchase);
        return purchase;
    }

    @Benchmark
    public JpaPurchase jpaInsert() {
        return jpa.save(newJpaPurchase(newJpaCustomer));
    }

    // insert all: 50 new rows in one batch (JPA: saveAll, one INSERT per row, as IDENTITY keys cannot be batched).

    @Benchmark
    public List<Purchase> generatedInsertAll() {
        List<Purchase> purchases = newPurchases(newCustomerId);
        generated.insertAll(purchases);
        return purchases;
    }

    @Benchmark
    public List<Purchase> handWrittenInsertAll() throws SQLException {
        List<Purchase> purchases = newPurchases(newCustomerId);
        handWritten.insertAll(purchases);
        return purchases;
    }

    @Benchmark
    public List<JpaPurchase> jpaInsertAll() {
        List<JpaPurchase> purchases = new ArrayList<>(PAGE_SIZE);
        for (int i = 0; i < PAGE_SIZE; i++) {
            purchases.add(newJpaPurchase(newJpaCustomer));
        }
        return jpa.saveAll(purchases);
    }

    // update: the same row again and again, one field changed, checked against and incrementing the version.

    @Benchmark
    public Purchase generatedUpdate() {
        generatedTarget.setQuantity(nextQuantity());
        requireUpdated(generated.update(generatedTarget));
        return generatedTarget;
    }

    @Benchmark
    public Purchase handWrittenUpdate() throws SQLException {
        handWrittenTarget.setQuantity(nextQuantity());
        requireUpdated(handWritten.update(handWrittenTarget));
        return handWrittenTarget;
    }

    @Benchmark
    public JpaPurchase jpaUpdate() {
        jpaTarget.setQuantity(nextQuantity());
        jpaTarget = jpa.save(jpaTarget);
        return jpaTarget;
    }

    // page: 50 rows at offset 1,000 in id order and the total count, each purchase with its customer's name.

    @Benchmark
    public Page<Purchase> generatedPage() {
        return generatedPage(generated);
    }

    @Benchmark
    public HandWrittenPurchaseRepository.Page<Purchase> handWrittenPage() throws SQLException {
        return handWritten.findPage((long) PAGE * PAGE_SIZE, PAGE_SIZE);
    }

    @Benchmark
    public org.springframework.data.domain.Page<JpaPurchase> jpaPage() {
        return jpaPage(jpa);
    }

    /** Each purchase's customer summary (its name) comes with it, joined in the page's statement. */
    static Page<Purchase> generatedPage(PurchaseRepository repository) {
        return repository.findPage(new PageRequest(PAGE, PAGE_SIZE));
    }

    /** The customers fetched by a join in the page's statement (an entity graph), not one query per row. */
    static org.springframework.data.domain.Page<JpaPurchase> jpaPage(JpaPurchaseRepository repository) {
        return repository.findPageWithCustomers(
                org.springframework.data.domain.PageRequest.of(PAGE, PAGE_SIZE, Sort.by("id")));
    }

    PurchaseRepository generated() {
        return generated;
    }

    HandWrittenPurchaseRepository handWritten() {
        return handWritten;
    }

    JpaPurchaseRepository jpa() {
        return jpa;
    }

    JpaCustomerRepository jpaCustomers() {
        return jpaCustomers;
    }

    static Purchase newPurchase(long customerId) {
        Purchase purchase = new Purchase();
        purchase.setCustomerId(customerId);
        purchase.setItem("Benchmark item");
        purchase.setQuantity(2);
        purchase.setPriceCents(1_999L);
        purchase.setPurchasedAt(NEW_PURCHASE_TIME);
        return purchase;
    }

    static List<Purchase> newPurchases(long customerId) {
        List<Purchase> purchases = new ArrayList<>(PAGE_SIZE);
        for (int i = 0; i < PAGE_SIZE; i++) {
            purchases.add(newPurchase(customerId));
        }
        return purchases;
    }

    static JpaPurchase newJpaPurchase(JpaCustomer customer) {
        JpaPurchase purchase = new JpaPurchase();
        purchase.setCustomer(customer);
        purchase.setItem("Benchmark item");
        purchase.setQuantity(2);
        purchase.setPriceCents(1_999L);
        purchase.setPurchasedAt(NEW_PURCHASE_TIME);
        return purchase;
    }

    private int nextQuantity() {
        return 1 + (updates++ & 1);
    }

    private static void requireUpdated(boolean updated) {
        if (!updated) {
            throw new IllegalStateException("the update lost its version check although nothing else writes the row");
        }
    }
}
