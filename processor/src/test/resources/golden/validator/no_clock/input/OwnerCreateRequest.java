package com.example.clinic;

import java.util.UUID;

/** Stands in for the generated request record the validator reads. */
public record OwnerCreateRequest(String fullName, String email, Boolean vip, UUID tag, Integer clock) {
}
