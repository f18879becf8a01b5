package dev.stratum.runtime.spring;

import dev.stratum.runtime.http.ConditionalRequests;
import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The web contract of generated APIs on Spring MVC: strict JSON, request ids, and problem documents for every error.
 * Runs before Spring Boot's MVC and error-page configuration so Boot's own problem handler and error controller back
 * off.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, JsonMapperBuilderCustomizer.class})
@EnableConfigurationProperties({WebLimitsProperties.class, HttpContractProperties.class})
public class StratumWebConfiguration {

    /** Rejects unknown properties, nulls for primitives, trailing tokens and coerced scalars. */
    @Bean
    public StrictJsonCustomizer stratumStrictJson() {
        return new StrictJsonCustomizer();
    }

    /** Nesting depth, string length and document length, enforced by the JSON parser. */
    @Bean
    public JsonFactoryBuilderCustomizer stratumJsonLimits(WebLimitsProperties limits) {
        return new JsonLimitsCustomizer(limits);
    }

    /** Turns every error Spring MVC sees into a problem document. */
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    public ProblemDetailsAdvice stratumProblemDetailsAdvice(HttpContractProperties http) {
        return new ProblemDetailsAdvice(http.retryAfter());
    }

    /** Whether writes must carry {@code If-Match}, for the generated controllers. */
    @Bean
    @ConditionalOnMissingBean
    public ConditionalRequests stratumConditionalRequests(HttpContractProperties http) {
        return new ConditionalRequests(http.requireIfMatch());
    }

    /** Renders errors that bypass Spring MVC as problem documents. */
    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController stratumErrorController() {
        return new ProblemErrorController();
    }

    /** Runs before every other filter, including Spring Security's, so even a 401 carries the request id. */
    /** The build-time OpenAPI document at {@code GET /openapi.json}, public like the API's contract should be. */
    @Bean
    OpenApiController stratumOpenApiController(ResourceLoader resourceLoader) {
        return new OpenApiController(resourceLoader.getClassLoader());
    }

    @Bean
    RoutePolicies stratumOpenApiRoute() {
        return new RoutePolicies("OpenAPI document", List.of(RoutePolicy.permitAll("GET", OpenApiController.PATH)));
    }

    @Bean
    public FilterRegistrationBean<RequestIdFilter> stratumRequestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
