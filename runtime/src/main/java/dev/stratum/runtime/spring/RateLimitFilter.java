package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemType;
import dev.stratum.runtime.security.OperationClass;
import dev.stratum.runtime.security.RateLimit;
import dev.stratum.runtime.security.RoutePolicies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every request to a declared route against its caller's budget for the route's operation class: the
 * principal's when authenticated, the client address's otherwise. It runs after authentication and before
 * authorization, so refused requests count too. Every counted response carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the budget is full again); a request over
 * budget gets a 429 problem with {@code Retry-After} and reaches nothing else.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    // Budgets no entity overrides are shared by every resource.
    private static final String PROJECT_BUDGET = "*";

    private static final Problem RATE_LIMITED = Problem.of(ProblemType.RATE_LIMITED,
            "Too many requests of this kind; retry after the number of seconds in the Retry-After header.");

    private final RouteTable routes;
    private final RateLimitProperties properties;
    private final RateLimitStore buckets;
    private final ProblemWriter writer;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    RateLimitFilter(RouteTable routes, RateLimitProperties properties, RateLimitStore buckets, ProblemWriter writer) {
        this.routes = routes;
        this.properties = properties;
        this.buckets = buckets;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RouteTable.Route> route = routes.match(request);
        if (route.isEmpty()) {
            // Undeclared routes are denied without any work; there is nothing to protect.
            chain.doFilter(request, response);
            return;
        }
        OperationClass operations = OperationClass.of(request.getMethod());
        RoutePolicies resource = route.get().resource();
        Optional<RateLimit> own = resource.rateLimit(operations);
        String key = caller(request) + ' ' + operations + ' ' + (own.isPresent() ? resource.resource() : PROJECT_BUDGET);
        RateLimitStore.Consumption consumption =
                buckets.consume(key, own.orElseGet(() -> properties.limit(operations)));
        response.setHeader(LIMIT, Long.toString(consumption.limit()));
        response.setHeader(REMAINING, Long.toString(consumption.remaining()));
        response.setHeader(RESET, Long.toString(consumption.resetSeconds()));
        if (consumption.allowed()) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(consumption.retryAfterSeconds()));
            writer.write(RATE_LIMITED, request, response);
        }
    }

    /** The caller a budget belongs to; principals and addresses live in separate name spaces. */
    private String caller(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (trust.isAuthenticated(authentication)) {
            return "principal:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
