package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules stage for {@code @Endpoints}: no two operations answer the same method and path, whether declared on
 * interfaces or generated for an exposed entity. Paths are compared with their variables' names erased, since
 * {@code /{id}} and {@code /{petId}} match the same requests. An operation answering with an entity's response must
 * also pass {@link ExpandRules}: its permit admits no caller the expanded summaries' own reads do not.
 */
public final class EndpointRules {

    private final Report report;

    public EndpointRules(Report report) {
        this.report = report;
    }

    /**
     * Reports every operation of {@code checked} whose route an earlier one already answers.
     *
     * @param earlier  interfaces checked before, in this or an earlier round
     * @param checked  the interfaces to check now
     * @param entities every valid entity model, whose generated routes come first
     */
    public void check(List<EndpointsModel> earlier, List<EndpointsModel> checked, List<EntityModel> entities) {
        Map<String, String> owners = new HashMap<>();
        for (EntityModel entity : entities) {
            entity.exposure().ifPresent(exposure -> resourceRoutes(exposure).forEach(route ->
                    owners.putIfAbsent(route, "the generated resource " + entity.simpleName())));
        }
        for (EndpointsModel endpoints : earlier) {
            endpoints.endpoints().forEach(endpoint -> owners.putIfAbsent(route(endpoints, endpoint),
                    endpoints.simpleName() + "." + endpoint.name()));
        }
        var expansions = new ExpandRules(report);
        for (EndpointsModel endpoints : checked) {
            expansions.check(endpoints, entities);
            for (EndpointModel endpoint : endpoints.endpoints()) {
                String route = route(endpoints, endpoint);
                String owner = owners.putIfAbsent(route, endpoints.simpleName() + "." + endpoint.name());
                if (owner != null) {
                    report.error(Code.DUPLICATE_ROUTE, Location.field(endpoints.qualifiedName(), endpoint.name()),
                            endpoints.simpleName() + "." + endpoint.name() + " answers " + endpoint.httpMethod() + " "
                                    + endpoints.path() + endpoint.path() + ", which " + owner + " answers already;"
                                    + " change its path or method");
                }
            }
        }
    }

    private static String route(EndpointsModel endpoints, EndpointModel endpoint) {
        return endpoint.httpMethod() + " " + EndpointModel.routeShape(endpoints.path() + endpoint.path());
    }

    private static List<String> resourceRoutes(ExposureModel exposure) {
        String collection = EndpointModel.routeShape(exposure.path());
        String item = collection + "/{}";
        List<String> routes = new ArrayList<>();
        for (var operation : exposure.operations()) {
            switch (operation) {
                case CREATE -> routes.add("POST " + collection);
                case LIST -> routes.add("GET " + collection);
                case READ -> routes.add("GET " + item);
                case DELETE -> routes.add("DELETE " + item);
                // An update may be answered by PUT and by PATCH; both stay reserved for the resource.
                default -> routes.addAll(List.of("PUT " + item, "PATCH " + item));
            }
        }
        return routes;
    }
}
