package dev.stratum.benchmarks;

import dev.stratum.runtime.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The baseline: the checks {@link Order} declares, written out by hand as careful if-statements. */
final class HandWrittenOrderValidator {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}-[0-9]{4}");

    List<Violation> validate(Order order) {
        List<Violation> violations = new ArrayList<>();
        String customer = order.customer();
        if (customer == null || customer.isBlank()) {
            violations.add(new Violation("/customer", "must not be blank", "NotBlank"));
        }
        if (customer != null && customer.length() > 40) {
            violations.add(new Violation("/customer", "size must be between 0 and 40", "Size"));
        }
        String note = order.note();
        if (note != null && note.length() > 200) {
            violations.add(new Violation("/note", "size must be between 0 and 200", "Size"));
        }
        int quantity = order.quantity();
        if (quantity < 1) {
            violations.add(new Violation("/quantity", "must be greater than or equal to 1", "Min"));
        }
        if (quantity > 99) {
            violations.add(new Violation("/quantity", "must be less than or equal to 99", "Max"));
        }
        checkTotal(order.total(), violations);
        String code = order.code();
        if (code == null) {
            violations.add(new Violation("/code", "must not be null", "NotNull"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new Violation("/code", "must match \"[A-Z]{3}-[0-9]{4}\"", "Pattern"));
        }
        return violations;
    }

    private static void checkTotal(BigDecimal total, List<Violation> violations) {
        if (total == null) {
            violations.add(new Violation("/total", "must not be null", "NotNull"));
            return;
        }
        if (total.signum() <= 0) {
            violations.add(new Violation("/total", "must be greater than 0.00", "DecimalMin"));
        }
        if (total.precision() - total.scale() > 6 || total.scale() > 2) {
            violations.add(new Violation("/total", "numeric value out of bounds (<6 digits>.<2 digits> expected)",
                    "Digits"));
        }
    }
}
