package dev.stratum.runtime.spring;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /dev/token}: a development user trades its HTTP Basic login for a bearer token. */
@RestController
final class DevTokenController {

    static final String PATH = "/dev/token";

    private final DevTokens tokens;

    DevTokenController(DevTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> token(Authentication user) {
        return Map.of(
                "access_token", tokens.issue(user),
                "token_type", "Bearer",
                "expires_in", DevTokens.LIFETIME.toSeconds());
    }
}
