package com.example.clinic;

import dev.stratum.runtime.validation.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the generated validator on a few requests, at a fixed time, and hands back what it reported for each. */
public final class PetScenarios implements Supplier<Map<String, List<Violation>>> {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);

    @Override
    public Map<String, List<Violation>> get() {
        var validator = new PetValidator(CLOCK);
        var results = new LinkedHashMap<String, List<Violation>>();
        results.put("valid", validator.validateCreate(valid()));
        results.put("empty", validator.validateCreate(empty()));
        results.put("invalid", validator.validateUpdate(invalid()));
        return results;
    }

    private static PetCreateRequest valid() {
        return new PetCreateRequest("Rex", "Rexy", "abc-12", "owner@example.com", "dr.who@CLINIC.example", 3, 4, 0L,
                new BigDecimal("12.50"), new BigDecimal("-10.00"), -5L, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 5, 10), Instant.parse("2024-05-10T12:00:01Z"), LocalDate.of(2024, 5, 10), true,
                true, false, Species.DOG, null, "friendly");
    }

    private static PetCreateRequest empty() {
        return new PetCreateRequest(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static PetUpdateRequest invalid() {
        return new PetUpdateRequest("  ", "x", "ab cd", "not-an-email", "vet@other.example", 41, 0, -1L,
                new BigDecimal("150.001"), new BigDecimal("0.01"), -101L, LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 5, 11), Instant.parse("2024-05-10T12:00:00Z"), LocalDate.of(2024, 5, 9), false,
                false, true, Species.CAT, null, "x".repeat(2001));
    }
}
