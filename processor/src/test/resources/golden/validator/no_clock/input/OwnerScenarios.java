package com.example.clinic;

import dev.stratum.runtime.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the generated validator on a few requests and hands back what it reported for each. */
public final class OwnerScenarios implements Supplier<Map<String, List<Violation>>> {

    @Override
    public Map<String, List<Violation>> get() {
        var validator = new OwnerValidator();
        var results = new LinkedHashMap<String, List<Violation>>();
        results.put("valid", validator.validateCreate(new OwnerCreateRequest("Ada", "ada@example.com", false, null, 0)));
        results.put("empty", validator.validateCreate(new OwnerCreateRequest(null, null, null, null, null)));
        results.put("invalid", validator.validateUpdate(new OwnerUpdateRequest("", "a@b@", true, null, -1)));
        return results;
    }
}
