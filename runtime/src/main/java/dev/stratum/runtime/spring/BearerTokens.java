package dev.stratum.runtime.spring;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Bearer-token authentication: a JWT decoder and how a token's roles become authorities. */
final class BearerTokens {

    private final JwtDecoder decoder;
    private final JwtAuthenticationConverter authentication;

    BearerTokens(JwtDecoder decoder, String rolesClaim) {
        this.decoder = decoder;
        this.authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RolesClaim(rolesClaim));
    }

    void apply(HttpSecurity http, AuthenticationEntryPoint problems) throws Exception {
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authentication))
                .authenticationEntryPoint(problems));
    }
}
