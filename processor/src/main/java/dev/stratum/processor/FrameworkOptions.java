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

    private FrameworkOptions() {
    }

    /** The framework tables the options ask for; a value other than {@code true} or {@code false} is an error. */
    static Set<FrameworkTables> read(Map<String, String> options, Report report, String anyEntity) {
        Set<FrameworkTables> tables = EnumSet.noneOf(FrameworkTables.class);
        if (flag(options, IDEMPOTENCY_OPTION, report, anyEntity)) {
            tables.add(FrameworkTables.IDEMPOTENCY);
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
