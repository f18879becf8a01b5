package dev.stratum.runtime.spring;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * What a browser is told about every response: nothing may sniff, frame or cache it, a JSON API loads no content,
 * HTTPS is sticky once used, and only allow-listed origins may call across origins.
 */
final class BrowserPolicies {

    // A JSON API never serves documents, scripts or styles, so nothing may load from or frame a response.
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private BrowserPolicies() {
    }

    static void apply(HttpSecurity http, WebLimitsProperties.Cors cors, ProblemWriter writer) throws Exception {
        // Spring Security's defaults already write nosniff, Cache-Control: no-store and HSTS (only on secure requests).
        http.headers(headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // Spring Security's own CORS filter cannot be given a processor, so ours takes its place in the chain.
        http.cors(AbstractHttpConfigurer::disable);
        if (cors.enabled()) {
            CorsFilter filter = new CorsFilter(source(cors));
            filter.setCorsProcessor(new ProblemCorsProcessor(writer));
            http.addFilter(filter);
        }
    }

    private static UrlBasedCorsConfigurationSource source(WebLimitsProperties.Cors cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.setExposedHeaders(cors.exposedHeaders());
        configuration.setMaxAge(cors.maxAge());
        // Tokens travel in the Authorization header, never in cookies, so credentials mode stays off.
        configuration.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
