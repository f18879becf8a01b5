package dev.stratum.processor;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.schema.FrameworkTables;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor options that turn on runtime features backed by tables of their own: the feature's table joins the
 * schema (and so the next migration), and the OpenAPI document describes what the feature adds to the contract.
 */
final class FrameworkOptions {

    /** {@code -Astratum.idempotency=true}: POST operations accept an {@code Idempotency-Key} header. */
    static final String IDEMPOTENCY_OPTION = "stratum.idempotency";
    /** {@code -Astratum.rateLimit.store=jdbc}: rate-limit budgets may live in the database. */
    static final String RATE_LIMIT_STORE_OPTION = "stratum.rateLimit.store";

    private FrameworkOptions() {
    }

    /** The framework tables the options ask for; a value other than {@code true} or {@code false} is an error. */
    static Set<FrameworkTables> read(Map<String, String> options, Report report, String anyEntity) {
        Set<FrameworkTables> tables = EnumSet.noneOf(FrameworkTables.class);
        if (flag(options, IDEMPOTENCY_OPTION, report, anyEntity)) {
            tables.add(FrameworkTables.IDEMPOTENCY);
        }
        String store = options.getOrDefault(RATE_LIMIT_STORE_OPTION, "").strip();
        if (store.equals("jdbc")) {
            tables.add(FrameworkTables.RATE_LIMIT);
        } else if (!store.isEmpty() && !store.equals("memory")) {
            report.error(Code.INVALID_OPTION, Location.entity(anyEntity), "-A" + RATE_LIMIT_STORE_OPTION + "=" + store
                    + " is neither memory nor jdbc; set -A" + RATE_LIMIT_STORE_OPTION + "=jdbc to create the table"
                    + " that stratum.rate-limit.store=jdbc needs, or remove it");
        }
        return tables;
    }

    private static boolean flag(Map<String, String> options, String name, Report report, String anyEntity) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("true") && !normalized.equals("false")) {
            report.error(Code.INVALID_OPTION, Location.entity(anyEntity), "-A" + name + "=" + value
                    + " is neither true nor false; set -A" + name + "=true to turn the feature on, or remove it");
            return false;
        }
        return normalized.equals("true");
    }
}
