package dev.stratum.runtime.security;

import dev.stratum.annotations.AccessLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorization matrix the processor writes to {@value #RESOURCE}: every route of the application with who may
 * call it, and what each kind of caller must get. For tests that call every route as every caller and compare: it
 * needs no web framework, so any HTTP client can drive it.
 *
 * <p>What a caller gets is decided by the route's policy alone: no credentials on a route that is not public is 401,
 * credentials without one of the route's roles is 403, anything else is allowed, which a test can only check as
 * "neither 401 nor 403": a synthetic request may still be refused for what it carries (400, 404, 412, 428).
 *
 * <p>Routes of an owner-scoped entity carry {@code "ownerScoped": true} and the roles that bypass ownership: on a row
 * of another owner, a caller the policy lets through must get 404 unless it holds one of those roles
 * ({@link Route#expectationOnAnotherOwnersRow}).
 *
 * @param roles  every role any route names, in name order
 * @param routes every route, ordered by path, then method
 */
public record AuthorizationMatrix(List<String> roles, List<Route> routes) {

    /** Where the processor writes the matrix in the class output. */
    public static final String RESOURCE = "META-INF/stratum/authorization-matrix.json";

    private static final Pattern VARIABLE = Pattern.compile("\\{[^/{}]+}");

    public AuthorizationMatrix {
        roles = List.copyOf(roles);
        routes = List.copyOf(routes);
    }

    /** The matrix on the class path of {@code loader}. */
    public static AuthorizationMatrix load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: compile the model with the"
                        + " Stratum processor");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix in {@code json}, as the processor writes it. */
    public static AuthorizationMatrix parse(String json) {
        Map<?, ?> root = (Map<?, ?>) new Reader(json).document();
        List<Route> routes = new ArrayList<>();
        for (Object item : (List<?>) root.get("routes")) {
            Map<?, ?> route = (Map<?, ?>) item;
            routes.add(new Route((String) route.get("method"), (String) route.get("path"),
                    (String) route.get("resource"), AccessLevel.valueOf((String) route.get("access")),
                    strings(route.get("roles")), Boolean.TRUE.equals(route.get("ownerScoped")),
                    route.containsKey("bypassRoles") ? strings(route.get("bypassRoles")) : List.of()));
        }
        return new AuthorizationMatrix(strings(root.get("roles")), routes);
    }

    /**
     * The callers every route is tried with: anonymous, authenticated without any role, and one holding each role
     * the matrix names.
     */
    public List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(Caller.ANONYMOUS);
        callers.add(Caller.WITHOUT_ROLES);
        roles.forEach(role -> callers.add(Caller.holding(role)));
        return callers;
    }

    /** What the matrix allows a caller to get from one route. */
    public enum Expectation {
        /** 401: the route needs credentials and the caller has none. */
        UNAUTHENTICATED,
        /** 403: the caller is authenticated but holds none of the route's roles. */
        FORBIDDEN,
        /** 404: the row belongs to another owner, and the caller may not see every owner's rows. */
        NOT_FOUND,
        /** Neither 401 nor 403: the request passed authorization, whatever became of it after. */
        ALLOWED;

        /** Whether an HTTP status is what this expectation allows. */
        public boolean admits(int status) {
            return switch (this) {
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case ALLOWED -> status != 401 && status != 403;
            };
        }
    }

    /**
     * One kind of caller.
     *
     * @param name  for messages, e.g. {@code anonymous} or {@code role VET}
     * @param authenticated whether the caller presents valid credentials
     * @param role  the one role the caller holds, if any
     */
    public record Caller(String name, boolean authenticated, Optional<String> role) {

        public static final Caller ANONYMOUS = new Caller("anonymous", false, Optional.empty());
        public static final Caller WITHOUT_ROLES = new Caller("authenticated without roles", true, Optional.empty());

        public Caller {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }

        public static Caller holding(String role) {
            return new Caller("role " + role, true, Optional.of(role));
        }
    }

    /**
     * One route.
     *
     * @param method      the HTTP method, e.g. {@code GET}
     * @param path        the path template, e.g. {@code /api/pets/{id}}
     * @param resource    the entity or {@code @Endpoints} interface that declares it
     * @param access      its access level
     * @param roles       the roles that may call it, for {@code ROLES}
     * @param ownerScoped whether rows are visible only to their owner
     * @param bypassRoles for an owner-scoped route, the roles that see every owner's rows
     */
    public record Route(String method, String path, String resource, AccessLevel access, List<String> roles,
            boolean ownerScoped, List<String> bypassRoles) {

        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
            roles = List.copyOf(roles);
            bypassRoles = List.copyOf(bypassRoles);
        }

        /**
         * What {@code caller} must get when the row the path names belongs to another owner: what the policy says,
         * except that a caller it lets through gets 404 unless it holds a bypass role. Routes that name no row, or
         * whose rows have no owner, answer as {@link #expectationFor} says.
         */
        public Expectation expectationOnAnotherOwnersRow(Caller caller) {
            Expectation expectation = expectationFor(caller);
            boolean namesARow = VARIABLE.matcher(path).find();
            if (expectation != Expectation.ALLOWED || !ownerScoped || !namesARow
                    || caller.role().filter(bypassRoles::contains).isPresent()) {
                return expectation;
            }
            return Expectation.NOT_FOUND;
        }

        /** What {@code caller} must get. */
        public Expectation expectationFor(Caller caller) {
            if (access == AccessLevel.PUBLIC) {
                return Expectation.ALLOWED;
            }
            if (!caller.authenticated()) {
                return Expectation.UNAUTHENTICATED;
            }
            if (access == AccessLevel.ROLES && caller.role().filter(roles::contains).isEmpty()) {
                return Expectation.FORBIDDEN;
            }
            return Expectation.ALLOWED;
        }

        /** The path with every variable replaced by {@code value}, e.g. {@code /api/pets/0}. */
        public String pathWith(String value) {
            return VARIABLE.matcher(path).replaceAll(Matcher.quoteReplacement(value));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<String> strings(Object array) {
        return array == null ? List.of() : ((List<?>) array).stream().map(String.class::cast).toList();
    }

    /** Reads the subset of JSON the processor writes: objects, arrays, strings, booleans, null and integers. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            skipSpace();
            if (at != text.length()) {
                throw error("trailing text");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char next = text.charAt(at);
            return switch (next) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                default -> literal();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> members = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek('}')) {
                return members;
            }
            do {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                members.put(name, value());
                skipSpace();
            } while (peek(','));
            expect('}');
            return members;
        }

        private List<Object> array() {
            List<Object> items = new ArrayList<>();
            at++;
            skipSpace();
            if (peek(']')) {
                return items;
            }
            do {
                items.add(value());
                skipSpace();
            } while (peek(','));
            expect(']');
            return items;
        }

        private String string() {
            expect('"');
            var out = new StringBuilder();
            while (at < text.length() && text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            expect('"');
            return out.toString();
        }

        private Object literal() {
            int start = at;
            while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> {
                    try {
                        yield Long.parseLong(word);
                    } catch (NumberFormatException e) {
                        throw error("unexpected '" + word + "'");
                    }
                }
            };
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not an authorization matrix: " + what + " at offset " + at);
        }
    }
}
