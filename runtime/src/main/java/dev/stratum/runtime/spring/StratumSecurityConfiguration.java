package dev.stratum.runtime.spring;

import dev.stratum.runtime.idempotency.IdempotencyStore;
import dev.stratum.runtime.ratelimit.JdbcProxyManager;
import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Default-deny web security built from every {@link RoutePolicies} bean: each declared route gets its policy, every
 * other request is denied (405 when only its method is undeclared, see {@link SecurityProblemHandler}). Callers
 * authenticate with a bearer token ({@link JwtConfiguration}) or, for local runs, HTTP Basic as a development user;
 * start fails when neither is configured. Stateless; 401 and 403 are problem documents. The chain also writes the
 * browser policies ({@link BrowserPolicies}), refuses oversized bodies ({@link BodySizeFilter}) and counts requests
 * against their caller's rate limits ({@link RateLimitFilter}). CSRF tokens are off: no session exists, and a cross-site
 * page cannot send what writes require (a JSON body, or PUT and DELETE) without a CORS preflight, which is refused
 * unless the application configures CORS for that origin.
 *
 * <p>This chain matches every request and is ordered last: an application adds its own chains (for example for
 * actuator endpoints) with a {@code securityMatcher}, or declares more routes with a {@code RoutePolicies} bean.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class, JsonMapper.class})
@EnableWebSecurity
@EnableConfigurationProperties({WebLimitsProperties.class, RateLimitProperties.class, HttpContractProperties.class})
public class StratumSecurityConfiguration {

    /** The chain that authorizes every request against the declared routes. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain stratumSecurityFilterChain(
            HttpSecurity http, ObjectProvider<RoutePolicies> policies,
            ObjectProvider<PathPatternRequestMatcher.Builder> matchers, JsonMapper json,
            ObjectProvider<BearerTokens> bearerTokens, ObjectProvider<UserDetailsService> users,
            ObjectProvider<AuthenticationProvider> providers, WebLimitsProperties web, RateLimitProperties rateLimits,
            ObjectProvider<IdempotencyStore> idempotency, HttpContractProperties contract,
            ObjectProvider<JdbcProxyManager> sharedBuckets)
            throws Exception {
        RouteTable routes = RouteTable.of(policies.orderedStream().toList(),
                matchers.getIfAvailable(PathPatternRequestMatcher::withDefaults));
        ProblemWriter writer = new ProblemWriter(json);
        SecurityProblemHandler problems = authentication(http, bearerTokens.getIfAvailable(), users.getIfUnique(),
                providers.iterator().hasNext(), writer, routes);
        BrowserPolicies.apply(http, web.cors(), writer);
        // Inside the chain, after the header writer, so even a 413 carries the security headers.
        http.addFilterAfter(new BodySizeFilter(web.maxBodySize().toBytes(), writer), HeaderWriterFilter.class);
        if (rateLimits.enabled()) {
            // After authentication, so budgets belong to principals; before authorization, so refusals count too.
            JdbcProxyManager shared = sharedBuckets.getIfAvailable();
            if (shared == null && rateLimits.store().equals("jdbc")) {
                throw new IllegalStateException("stratum.rate-limit.store=jdbc needs a DataSource; configure"
                        + " spring.datasource.*, or use stratum.rate-limit.store=memory");
            }
            RateLimitStore buckets = shared != null ? new JdbcRateLimitBuckets(shared, Clock.systemUTC())
                    : new RateLimitBuckets(rateLimits.maxBuckets(), System::nanoTime);
            http.addFilterBefore(new RateLimitFilter(routes, rateLimits, buckets, writer), AuthorizationFilter.class);
        }
        IdempotencyStore keys = idempotency.getIfAvailable();
        if (keys != null) {
            // After authorization, so a refused request claims no key.
            http.addFilterAfter(new IdempotencyFilter(routes, keys, web.maxBodySize().toBytes(),
                    contract.retryAfter(), writer), AuthorizationFilter.class);
        }
        http.authorizeHttpRequests(requests -> {
                    // The error page only renders a failure that an authorized request (or the container) produced.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    routes.routes().forEach(route -> authorize(requests, route));
                    requests.anyRequest().denyAll();
                })
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Turns on every configured way to authenticate, and fails start when there is none. */
    private static SecurityProblemHandler authentication(HttpSecurity http, BearerTokens bearer,
            UserDetailsService users, boolean ownProviders, ProblemWriter writer, RouteTable routes)
            throws Exception {
        boolean basic = users != null && !(users instanceof DevUsersConfiguration.NoUsers);
        requireAuthentication(bearer != null || basic || ownProviders);
        SecurityProblemHandler problems = new SecurityProblemHandler(writer, routes, challenges(basic, bearer != null));
        if (bearer != null) {
            bearer.apply(http, problems);
        }
        if (basic) {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(problems));
        }
        return problems;
    }

    /** Fails start when nobody could ever authenticate: every protected route would be unusable. */
    static void requireAuthentication(boolean configured) {
        if (!configured) {
            throw new IllegalStateException("No authentication is configured. For bearer tokens set "
                    + "stratum.security.jwt.jwk-set-uri or stratum.security.jwt.public-key-location (or the "
                    + "environment variable " + JwtProperties.HMAC_SECRET_VARIABLE + "), together with "
                    + "stratum.security.jwt.issuer and stratum.security.jwt.audiences. For local runs on an in-memory "
                    + "H2 database set stratum.security.dev-users.enabled=true instead.");
        }
    }

    private static List<String> challenges(boolean basic, boolean bearer) {
        List<String> challenges = new ArrayList<>();
        if (basic || !bearer) {
            challenges.add(SecurityProblemHandler.BASIC_CHALLENGE);
        }
        if (bearer) {
            challenges.add(SecurityProblemHandler.BEARER_CHALLENGE);
        }
        return challenges;
    }

    /** Security exceptions raised inside controllers reach Spring Security instead of the 500 handler. */
    @Bean
    public SecurityExceptionsAdvice stratumSecurityExceptionsAdvice() {
        return new SecurityExceptionsAdvice();
    }

    /** Requests the firewall rejects (e.g. encoded slashes) get a 400 problem instead of a 500. */
    @Bean
    public WebSecurityCustomizer stratumRequestRejectedHandler() {
        return web -> web.requestRejectedHandler(new HttpStatusRequestRejectedHandler());
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            RouteTable.Route route) {
        var rule = requests.requestMatchers(route.matcher());
        RoutePolicy policy = route.policy();
        switch (policy.access()) {
            case PUBLIC -> rule.permitAll();
            case AUTHENTICATED -> rule.authenticated();
            case ROLES -> rule.hasAnyRole(policy.roles().toArray(String[]::new));
        }
    }
}
