package dev.stratum.benchmarks.repository;

import dev.stratum.benchmarks.repository.jpa.JpaPurchase;
import dev.stratum.runtime.paging.Page;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Before anything is measured: every operation of the three implementations must give equal results on the same
 * rows, or the benchmark refuses to run. It writes rows; the caller resets the database afterwards.
 */
final class ResultCheck {

    private final RepositoryBenchmark benchmark;
    private final BenchmarkDatabase db;

    ResultCheck(RepositoryBenchmark benchmark, BenchmarkDatabase db) {
        this.benchmark = benchmark;
        this.db = db;
    }

    void requireEqualResults() throws SQLException {
        requireEqualFindById();
        requireEqualPages();
        requireEqualInserts();
        requireEqualBatchInserts();
        requireEqualUpdates();
    }

    private void requireEqualFindById() throws SQLException {
        long id = db.purchaseId(BenchmarkDatabase.PURCHASES / 2);
        requireEqual("findById",
                PurchaseView.Line.of(benchmark.generated().findById(id).orElseThrow()),
                PurchaseView.Line.of(benchmark.handWritten().findById(id).orElseThrow()),
                PurchaseView.Line.of(benchmark.jpa().findWithCustomerById(id).orElseThrow()));
    }

    private void requireEqualPages() throws SQLException {
        Page<Purchase> generated = RepositoryBenchmark.generatedPage(benchmark.generated());
        var handWritten = benchmark.handWritten()
                .findPage((long) RepositoryBenchmark.PAGE * RepositoryBenchmark.PAGE_SIZE, RepositoryBenchmark.PAGE_SIZE);
        var jpa = RepositoryBenchmark.jpaPage(benchmark.jpa());
        requireFullPage(handWritten.items().size());
        requireEqual("page items",
                generated.items().stream().map(PurchaseView.Line::of).toList(),
                handWritten.items().stream().map(PurchaseView.Line::of).toList(),
                jpa.getContent().stream().map(PurchaseView.Line::of).toList());
        requireEqual("page total", generated.totalItems(), handWritten.totalItems(), jpa.getTotalElements());
    }

    private void requireEqualInserts() throws SQLException {
        long customerId = db.customerId(7);
        Purchase generated = RepositoryBenchmark.newPurchase(customerId);
        benchmark.generated().insert(generated);
        Purchase handWritten = RepositoryBenchmark.newPurchase(customerId);
        benchmark.handWritten().insert(handWritten);
        JpaPurchase jpa = benchmark.jpa().save(
                RepositoryBenchmark.newJpaPurchase(benchmark.jpaCustomers().getReferenceById(customerId)));
        requireEqual("inserted ids are new", true,
                generated.getId() > db.lastLoadedPurchaseId() && handWritten.getId() > db.lastLoadedPurchaseId(),
                jpa.getId() > db.lastLoadedPurchaseId());
        requireEqual("inserted row",
                storedWithoutId(generated.getId()), storedWithoutId(handWritten.getId()), storedWithoutId(jpa.getId()));
        requireEqual("inserted version", generated.getVersion(), handWritten.getVersion(), jpa.getVersion());
    }

    private void requireEqualBatchInserts() throws SQLException {
        long customerId = db.customerId(7);
        List<Purchase> generated = RepositoryBenchmark.newPurchases(customerId);
        benchmark.generated().insertAll(generated);
        List<Purchase> handWritten = RepositoryBenchmark.newPurchases(customerId);
        benchmark.handWritten().insertAll(handWritten);
        List<Long> jpa = new ArrayList<>();
        for (int i = 0; i < RepositoryBenchmark.PAGE_SIZE; i++) {
            jpa.add(benchmark.jpa().save(RepositoryBenchmark.newJpaPurchase(
                    benchmark.jpaCustomers().getReferenceById(customerId))).getId());
        }
        requireEqual("batch-inserted rows", storedWithoutIds(generated.stream().map(Purchase::getId).toList()),
                storedWithoutIds(handWritten.stream().map(Purchase::getId).toList()), storedWithoutIds(jpa));
    }

    private List<PurchaseView> storedWithoutIds(List<Long> ids) throws SQLException {
        List<PurchaseView> stored = new ArrayList<>();
        for (long id : ids) {
            stored.add(storedWithoutId(id));
        }
        return stored;
    }

    private void requireEqualUpdates() throws SQLException {
        long customerId = db.customerId(11);
        Purchase generated = benchmark.generated().findById(db.purchaseId(100)).orElseThrow();
        changeAll(generated, customerId);
        boolean generatedUpdated = benchmark.generated().update(generated);
        Purchase handWritten = benchmark.handWritten().findById(db.purchaseId(101)).orElseThrow();
        changeAll(handWritten, customerId);
        boolean handWrittenUpdated = benchmark.handWritten().update(handWritten);
        JpaPurchase jpaStale = benchmark.jpa().findById(db.purchaseId(102)).orElseThrow();
        jpaStale.setCustomer(benchmark.jpaCustomers().getReferenceById(customerId));
        jpaStale.setItem("Updated item");
        jpaStale.setQuantity(5);
        jpaStale.setPriceCents(4_242L);
        jpaStale.setPurchasedAt(RepositoryBenchmark.NEW_PURCHASE_TIME);
        JpaPurchase jpa = benchmark.jpa().save(jpaStale);
        requireEqual("update succeeded", true, generatedUpdated && handWrittenUpdated, true);
        requireEqual("updated version", generated.getVersion(), handWritten.getVersion(), jpa.getVersion());
        requireEqual("updated row",
                storedWithoutId(generated.getId()), storedWithoutId(handWritten.getId()), storedWithoutId(jpa.getId()));

        // The version check: writing the version read before the update must change nothing.
        generated.setVersion(generated.getVersion() - 1);
        handWritten.setVersion(handWritten.getVersion() - 1);
        boolean jpaRejected;
        try {
            benchmark.jpa().save(jpaStale);
            jpaRejected = false;
        } catch (OptimisticLockingFailureException expected) {
            jpaRejected = true;
        }
        boolean generatedRejected = !benchmark.generated().update(generated);
        boolean handWrittenRejected = !benchmark.handWritten().update(handWritten);
        requireEqual("stale update rejected", true, generatedRejected && handWrittenRejected, jpaRejected);
    }

    private static void changeAll(Purchase purchase, long customerId) {
        purchase.setCustomerId(customerId);
        purchase.setItem("Updated item");
        purchase.setQuantity(5);
        purchase.setPriceCents(4_242L);
        purchase.setPurchasedAt(RepositoryBenchmark.NEW_PURCHASE_TIME);
    }

    private PurchaseView storedWithoutId(long id) throws SQLException {
        return PurchaseView.of(benchmark.handWritten().findById(id).orElseThrow()).withoutId();
    }

    private static void requireFullPage(int size) {
        if (size != RepositoryBenchmark.PAGE_SIZE) {
            throw new IllegalStateException("the benchmarked page has " + size + " rows, not "
                    + RepositoryBenchmark.PAGE_SIZE);
        }
    }

    private static void requireEqual(String what, Object generated, Object handWritten, Object jpa) {
        if (!Objects.equals(generated, handWritten) || !Objects.equals(handWritten, jpa)) {
            throw new IllegalStateException("refusing to measure: " + what + " differs between implementations:"
                    + "\n  generated:    " + generated + "\n  hand-written: " + handWritten + "\n  JPA:          " + jpa);
        }
    }
}
