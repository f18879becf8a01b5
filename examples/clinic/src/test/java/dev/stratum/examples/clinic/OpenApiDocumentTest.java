package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document the processor wrote, fetched from the running clinic and held against what it answers. */
class OpenApiDocumentTest extends ApiTestSupport {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void isServedWithoutCredentialsAndParsesWithoutMessages() {
        ApiResponse response = api.get("/openapi.json").send();
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");

        var options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/pets", "/api/pets/{id}", "/api/owners",
                "/api/pets/search", "/api/pets/by-microchip/{microchip}", "/api/pets/{id}/transfer",
                "/api/pets/{id}/owner", "/api/visits", "/api/visits/{id}");
        assertThat(result.getOpenAPI().getInfo().getTitle()).as("-Astratum.openapi.title").isEqualTo("Clinic API");
        assertThat(result.getOpenAPI().getInfo().getVersion()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void listsTheAllowedSortsAndFiltersAsParameters() {
        JsonNode paths = ApiClient.parse(api.get("/openapi.json").send().body()).path("paths");

        JsonNode owners = paths.at("/~1api~1owners/get/parameters");
        assertThat(owners.valueStream().map(parameter -> parameter.path("name").asString()).toList())
                .containsExactly("cursor", "size", "sort", "lastName", "firstName");
        assertThat(owners.get(2).at("/schema/enum").valueStream().map(JsonNode::asString).toList())
                .containsExactly("id", "-id", "lastName", "-lastName", "phone", "-phone");
        JsonNode pets = paths.at("/~1api~1pets/get/parameters");
        assertThat(pets.valueStream().map(parameter -> parameter.path("name").asString()).toList())
                .containsExactly("page", "size", "sort", "species", "ownerId", "neutered");
        assertThat(pets.get(3).at("/schema/enum").valueStream().map(JsonNode::asString).toList()).contains("DOG", "CAT");
        assertThat(pets.get(4).at("/schema/type").asString()).isEqualTo("integer");
    }

    @Test
    void documentsPatchAsAMergePatchAndTheConditionalResponses() {
        JsonNode item = ApiClient.parse(api.get("/openapi.json").send().body()).at("/paths/~1api~1pets~1{id}");

        assertThat(item.at("/patch/requestBody/content").propertyNames()).containsExactly("application/merge-patch+json");
        assertThat(item.at("/patch/responses").propertyNames()).contains("412", "415", "428");
        assertThat(item.at("/get/responses").propertyNames()).contains("304", "503");
        assertThat(item.at("/get/parameters/0/name").asString()).isEqualTo("If-None-Match");
        assertThat(item.at("/delete/responses").propertyNames()).contains("412", "428");
    }

    @Test
    void revalidatesWithItsETag() {
        ApiResponse first = api.get("/openapi.json").send();
        String eTag = first.headers().firstValue("ETag").orElseThrow();

        ApiResponse again = api.get("/openapi.json").header("If-None-Match", eTag).send();

        assertThat(again.status()).isEqualTo(304);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void documentsExactlyTheRoutesTheGeneratedControllersAnswer() {
        JsonNode document = ApiClient.parse(api.get("/openapi.json").send().body());
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));

        assertThat(documented).isNotEmpty().isEqualTo(mappedByGeneratedControllers());
    }

    @Test
    void sensitiveFieldsAreAcceptedButNeverShown() {
        JsonNode schemas = ApiClient.parse(api.get("/openapi.json").send().body()).at("/components/schemas");

        assertThat(schemas.at("/OwnerCreateRequest/properties/taxNumber/writeOnly").asBoolean()).isTrue();
        assertThat(schemas.at("/OwnerResponse/properties").has("taxNumber")).isFalse();
        assertThat(schemas.at("/OwnerCreateRequest/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void aResponseShowsOnlyTheSummariesItsReadersMaySee() {
        JsonNode schemas = ApiClient.parse(api.get("/openapi.json").send().body()).at("/components/schemas");

        assertThat(schemas.at("/PetResponse/properties").has("ownerId")).isTrue();
        assertThat(schemas.at("/PetResponse/properties").has("owner")).as("public pets show no owner").isFalse();
        assertThat(schemas.at("/VisitResponse/properties").has("pet")).isTrue();
        assertThat(schemas.at("/OwnerResponse/properties").has("pets")).isTrue();
    }

    @Test
    void declaredEndpointsCarryTheirParametersBodiesProblemsAndSecurity() {
        JsonNode paths = ApiClient.parse(api.get("/openapi.json").send().body()).path("paths");

        JsonNode search = paths.at("/~1api~1pets~1search/get");
        assertThat(search.path("security").isEmpty()).as("public").isTrue();
        assertThat(search.at("/parameters/0/schema/maxLength").asInt()).isEqualTo(40);
        assertThat(search.at("/parameters/1/schema/maximum").asInt()).isEqualTo(50);
        assertThat(search.at("/parameters/1/schema/default").asInt()).isEqualTo(10);
        assertThat(search.at("/responses/200/content/application~1json/schema/type").asString()).isEqualTo("array");

        JsonNode transfer = paths.at("/~1api~1pets~1{id}~1transfer/post");
        assertThat(transfer.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/PetTransfer");
        assertThat(transfer.path("responses").propertyNames())
                .contains("200", "400", "401", "403", "404", "415", "500");
        assertThat(transfer.path("security").isEmpty()).isFalse();

        JsonNode byMicrochip = paths.at("/~1api~1pets~1by-microchip~1{microchip}/get");
        assertThat(byMicrochip.at("/parameters/0/schema/pattern").asString()).isEqualTo("^(?:[0-9]{15})$");
        assertThat(byMicrochip.path("responses").propertyNames()).contains("404", "401").doesNotContain("403");
        assertThat(paths.at("/~1api~1pets~1{id}~1owner/delete/responses").propertyNames()).contains("204");
    }

    private Set<String> mappedByGeneratedControllers() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (handler.getBeanType().getPackageName().startsWith(ClinicApplication.class.getPackageName())) {
                info.getMethodsCondition().getMethods().forEach(method -> info.getPathPatternsCondition()
                        .getPatternValues().forEach(pattern -> routes.add(method.name() + " " + pattern)));
            }
        });
        return routes;
    }
}
