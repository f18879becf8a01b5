package com.example.clinic;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Stands in for the generated request record the validator reads. */
public record PetUpdateRequest(
        String name,
        String nickname,
        String code,
        String email,
        String vetEmail,
        Integer age,
        Integer legs,
        Long chipNumber,
        BigDecimal weight,
        BigDecimal debt,
        Long offset,
        LocalDate birthDate,
        LocalDate lastVisit,
        Instant nextVisit,
        LocalDate vaccinationDue,
        Boolean neutered,
        Boolean consented,
        Boolean archived,
        Species species,
        UUID tag,
        String notes) {
}
