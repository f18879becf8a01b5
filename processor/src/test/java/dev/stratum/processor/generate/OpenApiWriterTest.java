package dev.stratum.processor.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document of hand-built models: every constraint's keyword, access, parameters and problems. */
class OpenApiWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ExposureModel EXPOSURE = new ExposureModel("/api/pets", List.of(Operation.values()),
            List.of(new AccessPolicy(0, List.of(Operation.READ, Operation.LIST), AccessLevel.PUBLIC, List.of()),
                    new AccessPolicy(1, List.of(Operation.CREATE, Operation.UPDATE, Operation.DELETE),
                            AccessLevel.ROLES, List.of("VET", "ADMIN"))),
            20, 100);

    private final JsonNode document = JSON.readTree(new OpenApiWriter().write(List.of(exposed(ValidatorModels.pet()),
            ValidatorModels.owner())));
    private final JsonNode request = document.at("/components/schemas/PetCreateRequest");

    @Test
    void isOpenApi31AndDocumentsOnlyExposedEntities() {
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.path("paths").propertyNames()).containsExactly("/api/pets", "/api/pets/{id}");
        assertThat(document.path("components").path("schemas").has("OwnerResponse")).isFalse();
    }

    @Test
    void stringsCarryTheirLengthsPatternAndFormat() {
        assertThat(at(request, "name")).isEqualTo("{\"type\":\"string\",\"minLength\":1,\"maxLength\":40}");
        assertThat(at(request, "nickname")).isEqualTo("{\"type\":[\"string\",\"null\"],\"minLength\":2,\"maxLength\":30}");
        assertThat(request.at("/properties/code/pattern").asString())
                .as("the case-insensitive pattern has no JSON Schema form").isEqualTo("^(?:\\S+)$");
        assertThat(request.at("/properties/email/format").asString()).isEqualTo("email");
        assertThat(request.at("/properties/tag/format").asString()).isEqualTo("uuid");
        assertThat(request.at("/properties/birthDate/format").asString()).isEqualTo("date");
        assertThat(request.at("/properties/nextVisit/format").asString()).isEqualTo("date-time");
    }

    @Test
    void numbersKeepTheTightestBoundInThe31Form() {
        assertThat(at(request, "age")).isEqualTo("{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":0,\"maximum\":40}");
        assertThat(at(request, "legs")).isEqualTo(
                "{\"type\":[\"integer\",\"null\"],\"format\":\"int32\",\"exclusiveMinimum\":0,\"exclusiveMaximum\":10}");
        assertThat(at(request, "weight")).isEqualTo("{\"type\":\"number\",\"minimum\":0.05,\"exclusiveMaximum\":150,"
                + "\"multipleOf\":0.01}");
        assertThat(at(request, "debt")).contains("\"minimum\":-10000", "\"maximum\":0");
        assertThat(at(request, "offset")).contains("\"exclusiveMinimum\":-100.5", "\"exclusiveMaximum\":0");
    }

    @Test
    void enumsBooleansAndRequiredFields() {
        assertThat(at(request, "species")).isEqualTo("{\"type\":\"string\",\"enum\":[\"CAT\",\"DOG\"]}");
        assertThat(at(request, "consented")).isEqualTo("{\"type\":[\"boolean\",\"null\"],\"enum\":[true,null]}");
        assertThat(request.path("required").toString()).isEqualTo("[\"name\",\"code\",\"age\",\"weight\",\"birthDate\","
                + "\"neutered\",\"species\"]");
        assertThat(request.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void sensitiveFieldsAreWriteOnlyAndNeverInTheResponse() {
        assertThat(request.at("/properties/notes/writeOnly").asBoolean()).isTrue();
        assertThat(request.path("properties").has("createdBy")).as("server-owned").isFalse();
        JsonNode response = document.at("/components/schemas/PetResponse/properties");
        assertThat(response.has("notes")).isFalse();
        assertThat(response.has("createdBy")).isTrue();
        assertThat(response.at("/id/readOnly").asBoolean()).isTrue();
    }

    @Test
    void operationsCarryIdsSecurityAndTheirProblems() {
        JsonNode item = document.at("/paths/~1api~1pets~1{id}");
        assertThat(item.at("/get/operationId").asString()).isEqualTo("readPet");
        assertThat(item.at("/get/security").isEmpty()).as("public read").isTrue();
        assertThat(item.at("/get/responses").propertyNames())
                .containsExactly("200", "304", "400", "404", "406", "429", "500", "503");
        assertThat(item.at("/get/parameters/0/name").asString()).isEqualTo("If-None-Match");
        assertThat(item.at("/get/responses/304/headers/ETag").isObject()).isTrue();
        assertThat(item.at("/get/responses/304").has("content")).as("a 304 has no body").isFalse();
        assertThat(item.at("/get/responses/503/headers/Retry-After/schema/type").asString()).isEqualTo("integer");
        assertThat(item.at("/get/responses/429/headers/Retry-After/schema/type").asString()).isEqualTo("integer");
        assertThat(item.at("/parameters/0/schema/format").asString()).isEqualTo("int64");

        JsonNode update = item.path("put");
        assertThat(update.path("operationId").asString()).isEqualTo("updatePet");
        assertThat(update.path("description").asString()).contains("VET, ADMIN");
        assertThat(update.path("security").toString()).isEqualTo("[{\"basicAuth\":[]},{\"bearerAuth\":[]}]");
        assertThat(update.at("/parameters/0/name").asString()).isEqualTo("If-Match");
        assertThat(update.at("/parameters/0/required").asBoolean(true)).as("the service decides").isFalse();
        assertThat(update.path("responses").propertyNames()).containsExactly(
                "200", "400", "401", "403", "404", "406", "409", "412", "413", "415", "428", "429", "500", "503");
        assertThat(update.at("/responses/200/headers/ETag").isObject()).isTrue();
        assertThat(update.at("/responses/400/content/application~1problem+json/schema/anyOf/0/$ref").asString())
                .isEqualTo("#/components/schemas/ValidationProblem");
    }

    @Test
    void patchTakesAMergePatchUnderTheSameRulesAsPut() {
        JsonNode item = document.at("/paths/~1api~1pets~1{id}");
        JsonNode patch = item.path("patch");

        assertThat(patch.path("operationId").asString()).isEqualTo("patchPet");
        assertThat(patch.path("security")).isEqualTo(item.at("/put/security"));
        assertThat(patch.path("responses").propertyNames()).isEqualTo(item.at("/put/responses").propertyNames());
        assertThat(patch.at("/parameters/0/name").asString()).isEqualTo("If-Match");
        assertThat(patch.at("/requestBody/content").propertyNames()).containsExactly("application/merge-patch+json");
        assertThat(patch.at("/requestBody/content/application~1merge-patch+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/PetMergePatch");

        JsonNode mergePatch = document.at("/components/schemas/PetMergePatch");
        assertThat(mergePatch.has("required")).as("every member may be absent").isFalse();
        assertThat(mergePatch.path("properties")).isEqualTo(request.path("properties"));
        assertThat(mergePatch.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void deleteIsConditionalOnIfMatchToo() {
        JsonNode delete = document.at("/paths/~1api~1pets~1{id}/delete");

        assertThat(delete.at("/parameters/0/name").asString()).isEqualTo("If-Match");
        assertThat(delete.path("responses").propertyNames())
                .containsExactly("204", "400", "401", "403", "404", "409", "412", "428", "429", "500", "503");
    }

    @Test
    void infoIsTheProjectsOwnWhenGiven() {
        JsonNode named = JSON.readTree(new OpenApiWriter("Clinic API", "2.3.0")
                .write(List.of(exposed(ValidatorModels.pet()))));

        assertThat(named.at("/info/title").asString()).isEqualTo("Clinic API");
        assertThat(named.at("/info/version").asString()).isEqualTo("2.3.0");
        assertThat(document.at("/info/title").asString()).isEqualTo(OpenApiWriter.DEFAULT_TITLE);
        assertThat(document.at("/info/version").asString()).isEqualTo(OpenApiWriter.DEFAULT_VERSION);
    }

    @Test
    void theListTakesBoundedPagingParameters() {
        JsonNode list = document.at("/paths/~1api~1pets/get");
        assertThat(list.path("operationId").asString()).isEqualTo("listPets");
        assertThat(list.at("/parameters/1").toString()).contains("\"name\":\"size\"", "\"minimum\":1",
                "\"maximum\":100", "\"default\":20");
        assertThat(document.at("/paths/~1api~1pets/post/operationId").asString()).isEqualTo("createPet");
    }

    @Test
    void theSameModelsGiveTheSameText() {
        List<EntityModel> models = List.of(exposed(ValidatorModels.pet()));
        assertThat(new OpenApiWriter().write(models)).isEqualTo(new OpenApiWriter().write(models));
    }

    private static String at(JsonNode schema, String property) {
        return schema.path("properties").path(property).toString();
    }

    private static EntityModel exposed(EntityModel entity) {
        return new EntityModel(entity.packageName(), entity.simpleName(), entity.table(), entity.id(),
                entity.idStrategy(), entity.version(), entity.fields(), Optional.of(EXPOSURE));
    }
}
