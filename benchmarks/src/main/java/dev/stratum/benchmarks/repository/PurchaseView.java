package dev.stratum.benchmarks.repository;

import dev.stratum.benchmarks.repository.jpa.JpaPurchase;
import java.time.Instant;

/** What the benchmark compares across implementations: a purchase's column values, by value. */
record PurchaseView(long id, long version, long customerId, String item, int quantity, long priceCents,
        Instant purchasedAt) {

    static PurchaseView of(Purchase purchase) {
        return new PurchaseView(purchase.getId(), purchase.getVersion(), purchase.getCustomerId(), purchase.getItem(),
                purchase.getQuantity(), purchase.getPriceCents(), purchase.getPurchasedAt());
    }

    static PurchaseView of(JpaPurchase purchase) {
        return new PurchaseView(purchase.getId(), purchase.getVersion(), purchase.getCustomer().getId(),
                purchase.getItem(), purchase.getQuantity(), purchase.getPriceCents(), purchase.getPurchasedAt());
    }

    /** This purchase without its id, to compare rows that different implementations inserted or updated. */
    PurchaseView withoutId() {
        return new PurchaseView(0L, version, customerId, item, quantity, priceCents, purchasedAt);
    }

    /** A purchase and its customer's name, as every read with the many-to-one shows it. */
    record Line(PurchaseView purchase, String customerName) {

        static Line of(Purchase purchase) {
            return new Line(PurchaseView.of(purchase), purchase.getCustomer().getName());
        }

        static Line of(JpaPurchase purchase) {
            return new Line(PurchaseView.of(purchase), purchase.getCustomer().getName());
        }
    }
}
