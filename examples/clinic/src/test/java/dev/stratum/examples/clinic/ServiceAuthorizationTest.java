package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.examples.clinic.owner.OwnerListQuery;
import dev.stratum.examples.clinic.owner.OwnerService;
import dev.stratum.examples.clinic.pet.PetCreateRequest;
import dev.stratum.examples.clinic.pet.PetListQuery;
import dev.stratum.examples.clinic.pet.PetResponse;
import dev.stratum.examples.clinic.pet.PetService;
import dev.stratum.runtime.http.IfMatch;
import dev.stratum.runtime.paging.Keyset;
import dev.stratum.runtime.paging.KeysetRequest;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.problem.ForbiddenException;
import dev.stratum.runtime.problem.ProblemType;
import dev.stratum.runtime.problem.UnauthenticatedException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-written code that calls the generated services directly, bypassing every controller and route rule, is held
 * to the same {@code @Allow} policies: refused when anonymous or without the role, served with it.
 */
class ServiceAuthorizationTest extends ApiTestSupport {

    @Autowired
    PetService pets;

    @Autowired
    OwnerService owners;

    @Autowired
    JsonMapper json;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutAuthenticationOnlyPublicOperationsRun() {
        PetCreateRequest request = petRequest();

        assertThatThrownBy(() -> pets.create(request)).isInstanceOf(UnauthenticatedException.class)
                .extracting("type").isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThatThrownBy(() -> owners.list(OwnerListQuery.of(Map.of()),
                KeysetRequest.<Keyset<Long>>of(null, 10, 100))).isInstanceOf(UnauthenticatedException.class);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> pets.create(request)).as("Spring's anonymous token is nobody")
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(pets.list(PetListQuery.of(Map.of()), PageRequest.of(0, 10, 50))).as("LIST is public").isNotNull();
    }

    @Test
    void aCallerWithoutTheRoleIsForbidden() {
        signIn("clerk", "CLERK");

        assertThatThrownBy(() -> pets.create(petRequest())).isInstanceOf(ForbiddenException.class)
                .extracting("type").isEqualTo(ProblemType.FORBIDDEN);
        signIn("vet", "VET");
        PetResponse pet = pets.create(petRequest());
        assertThatThrownBy(() -> pets.delete(pet.id(), IfMatch.any())).as("DELETE needs ADMIN")
                .isInstanceOf(ForbiddenException.class);
        assertThat(pets.read(pet.id()).id()).isEqualTo(pet.id());
    }

    @Test
    void aCallerWithTheRoleIsServed() {
        signIn("admin", "ADMIN", "VET");

        PetResponse pet = pets.create(petRequest());
        pets.delete(pet.id(), IfMatch.any());

        assertThat(api.get("/api/pets/" + pet.id()).send().status()).isEqualTo(404);
    }

    private PetCreateRequest petRequest() {
        return json.readValue(petJson("Direct", uniqueMicrochip()), PetCreateRequest.class);
    }

    private static void signIn(String name, String... roles) {
        List<String> authorities = Arrays.stream(roles).map(role -> "ROLE_" + role).toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
