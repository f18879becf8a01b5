package dev.stratum.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Diagnostic;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointResult;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.ExposureModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Route collisions on hand-built models, and the path helpers they rest on. */
class EndpointRulesTest {

    private static EndpointModel endpoint(String name, String method, String path) {
        return new EndpointModel(name, method, path, 200, AccessLevel.PUBLIC, List.of(), List.of(),
                EndpointResult.none(), "");
    }

    private static EndpointsModel endpoints(String name, String path, EndpointModel... operations) {
        return new EndpointsModel("test", name, path, "test." + name + "Impl", List.of(operations), List.of());
    }

    private static List<String> check(List<EndpointsModel> earlier, List<EndpointsModel> checked, boolean exposed) {
        var report = new Report();
        var exposure = new ExposureModel("/api/pets", List.of(Operation.READ, Operation.UPDATE),
                List.of(new AccessPolicy(0, List.of(Operation.READ, Operation.UPDATE), AccessLevel.PUBLIC, List.of())),
                20, 100);
        var pet = ModelRulesTest.entity("Pet", "pets", exposed ? Optional.of(exposure) : Optional.empty());
        new EndpointRules(report).check(earlier, checked, List.of(pet));
        return report.diagnostics().stream()
                .peek(diagnostic -> assertThat(diagnostic.code()).isEqualTo(Code.DUPLICATE_ROUTE))
                .map(Diagnostic::message)
                .toList();
    }

    @Test
    void variablesAreFoundAndErasedForComparison() {
        assertThat(EndpointModel.variables("/api/pets/{id}/visits/{visitId}")).containsExactly("id", "visitId");
        assertThat(EndpointModel.routeShape("/api/pets/{petId}")).isEqualTo("/api/pets/{}");
        assertThat(EndpointModel.securityPattern("/api/pets/{id}/visits")).isEqualTo("/api/pets/*/visits");
    }

    @Test
    void distinctRoutesPass() {
        var care = endpoints("Care", "/api/pets", endpoint("search", "GET", "/search"),
                endpoint("transfer", "POST", "/{id}/transfer"), endpoint("visits", "GET", "/{id}/transfer"));

        assertThat(check(List.of(), List.of(care), true)).isEmpty();
    }

    @Test
    void aRouteOfTheGeneratedResourceCollidesWhateverItsVariableIsCalled() {
        var care = endpoints("Care", "/api/pets", endpoint("read", "GET", "/{petId}"),
                endpoint("patch", "PATCH", "/{id}"), endpoint("remove", "DELETE", "/{id}"));

        assertThat(check(List.of(), List.of(care), true)).containsExactly(
                "Care.read answers GET /api/pets/{petId}, which the generated resource Pet answers already; change its"
                        + " path or method",
                "Care.patch answers PATCH /api/pets/{id}, which the generated resource Pet answers already; change its"
                        + " path or method");
    }

    @Test
    void routesCollideWithinAnInterfaceAndAcrossRounds() {
        var first = endpoints("First", "/api/care", endpoint("a", "POST", "/{x}"), endpoint("b", "POST", "/{y}"));
        var second = endpoints("Second", "/api", endpoint("c", "POST", "/care/{z}"));

        assertThat(check(List.of(), List.of(first), false))
                .containsExactly("First.b answers POST /api/care/{y}, which First.a answers already; change its path"
                        + " or method");
        assertThat(check(List.of(first), List.of(second), false))
                .containsExactly("Second.c answers POST /api/care/{z}, which First.a answers already; change its path"
                        + " or method");
    }
}
