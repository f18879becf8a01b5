package dev.stratum.processor.model;

import dev.stratum.annotations.AccessLevel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One method of an {@code @Endpoints} interface.
 *
 * @param name       the Java method name, which the generated controller method and the OpenAPI operation share
 * @param httpMethod {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param path       the path below the interface's path, {@code ""} or starting with {@code /}
 * @param status     the success status
 * @param access     who may call it
 * @param roles      the roles of which the caller needs one; not empty exactly for {@link AccessLevel#ROLES}
 * @param parameters its parameters in declaration order
 * @param result     what it returns
 * @param summary    the first sentence of the method's Javadoc, for the OpenAPI document; empty when there is none
 */
public record EndpointModel(String name, String httpMethod, String path, int status, AccessLevel access,
        List<String> roles, List<EndpointParameter> parameters, EndpointResult result, String summary) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^/{}]+)}");

    public EndpointModel {
        roles = List.copyOf(roles);
        parameters = List.copyOf(parameters);
    }

    /** The names of the path variables of {@code path}, in order. */
    public static List<String> variables(String path) {
        Matcher matcher = VARIABLE.matcher(path);
        return matcher.results().map(match -> match.group(1)).toList();
    }

    /** The path as a route key: every variable written {@code {}}, so {@code /{id}} and {@code /{petId}} collide. */
    public static String routeShape(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }

    /** The path as a Spring Security pattern: every variable matches one segment. */
    public static String securityPattern(String path) {
        return VARIABLE.matcher(path).replaceAll("*");
    }

    /** The body parameter, if the method reads one. */
    public Optional<EndpointParameter.BodyParameter> body() {
        return parameters.stream()
                .filter(EndpointParameter.BodyParameter.class::isInstance)
                .map(EndpointParameter.BodyParameter.class::cast)
                .findFirst();
    }
}
