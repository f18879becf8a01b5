package dev.stratum.processor.model;

import java.util.List;

/**
 * An {@code @Endpoints} interface: where its operations live, the class that implements it, and its operations in
 * declaration order.
 *
 * @param packageName    the interface's package, where its controller and configuration are generated
 * @param simpleName     the interface's simple name
 * @param path           the base path of every operation, e.g. {@code /api/pets}
 * @param implementation the qualified name of the one hand-written class that implements the interface
 * @param endpoints      the operations
 * @param records        every record an operation reads or returns, for the OpenAPI document, by qualified name order
 */
public record EndpointsModel(String packageName, String simpleName, String path, String implementation,
        List<EndpointModel> endpoints, List<RecordModel> records) {

    public EndpointsModel {
        endpoints = List.copyOf(endpoints);
        records = List.copyOf(records);
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
}
