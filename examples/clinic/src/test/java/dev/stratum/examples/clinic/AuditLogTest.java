package dev.stratum.examples.clinic;

import static dev.stratum.examples.clinic.ApiTestSupport.ownerJson;
import static dev.stratum.examples.clinic.ApiTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail of a full write cycle over real HTTP: create, update and delete of an owner each log one JSON event
 * on {@code stratum.audit} naming who, what, which id and the request id, and the owner's sensitive tax number is in
 * none of them, nor anywhere else in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTest extends SignedTokenTestSupport {

    private static final String TAX_NUMBER = "AUDIT7731X";
    private static final String UPDATED_TAX_NUMBER = "AUDIT7732Y";

    @Test
    void everyWriteLeavesOneAuditEventWithoutSensitiveValues(CapturedOutput output) {
        String vetName = subject("audit-vet");
        String adminName = subject("audit-admin");
        String vetToken = token(vetName, "VET");
        String adminToken = token(adminName, "ADMIN");

        ApiResponse created = api.post("/api/owners").header("Authorization", bearer(vetToken))
                .header("X-Request-Id", "audit-create-1").json(ownerJson(uniqueEmail(), TAX_NUMBER)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().path("id").asString();
        String owner = "/api/owners/" + id;
        ApiResponse updated = api.put(owner).header("Authorization", bearer(vetToken))
                .header("X-Request-Id", "audit-update-1").ifMatch(created.header("ETag"))
                .json(ownerJson(uniqueEmail(), UPDATED_TAX_NUMBER)).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        ApiResponse deleted = api.delete(owner).header("Authorization", bearer(adminToken))
                .header("X-Request-Id", "audit-delete-1").send();
        assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
        ApiResponse refused = api.delete(owner).header("Authorization", bearer(vetToken)).send();
        assertThat(refused.status()).as("a refused write is no write").isEqualTo(403);

        List<JsonNode> events = output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains("\"stratum.audit\"") && line.contains(id))
                .map(ApiClient::parse)
                .filter(event -> event.path("entityId").asString().equals(id))
                .toList();

        assertThat(events).hasSize(3);
        assertEvent(events.get(0), vetName, "create", id, "audit-create-1");
        assertEvent(events.get(1), vetName, "update", id, "audit-update-1");
        assertEvent(events.get(2), adminName, "delete", id, "audit-delete-1");
        assertThat(output.getAll()).doesNotContain(TAX_NUMBER, UPDATED_TAX_NUMBER, vetToken, adminToken);
    }

    private static void assertEvent(JsonNode event, String principal, String operation, String id, String requestId) {
        assertThat(event.path("log").path("logger").asString()).as("%s", event).isEqualTo("stratum.audit");
        assertThat(event.path("principal").asString()).as("%s", event).isEqualTo(principal);
        assertThat(event.path("entity").asString()).as("%s", event).isEqualTo("Owner");
        assertThat(event.path("operation").asString()).as("%s", event).isEqualTo(operation);
        assertThat(event.path("entityId").asString()).as("%s", event).isEqualTo(id);
        assertThat(event.path("requestId").asString()).as("%s", event).isEqualTo(requestId);
        assertThat(event.path("@timestamp").asString()).as("%s", event).isNotBlank();
    }
}
