package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;

import com.google.testing.compile.Compilation;
import dev.stratum.processor.DiagnosticsTest.Case;
import dev.stratum.processor.diagnostics.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@code @Expand} shows the related entity's summary only to callers that entity's own read policies admit: an
 * entity whose responses a wider audience sees cannot expand it. Each case compiles a pet and its owner, with the
 * policies under test.
 */
class ExpandPolicyTest {

    private static final String SUMMARY_FIELD = "@Summary @Size(max = 40)";

    @Test
    void aPublicEntityCannotExpandOneThatNeedsAnAuthenticatedCaller() {
        EntitySource pet = pet("@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)");
        EntitySource owner = owner("@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)");

        Compilation compilation = DiagnosticsTest.compile(new Case(List.of(pet, owner), List.of(), pet, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Pet.owner would show Owner's summary"
                + " to anonymous callers, since Pet's READ, LIST policy is PUBLIC but Owner's READ, LIST policy is"
                + " AUTHENTICATED; restrict Pet's READ, LIST to AUTHENTICATED or roles, widen Owner's reads, or remove"
                + " @Expand").inFile(pet.file()).onLine(pet.lineOf("@Expand"));
    }

    @Test
    void anAuthenticatedEntityCannotExpandChildrenThatNeedARole() {
        EntitySource pet = entity("Pet").field("@Summary @Size(max = 40)", "String", "name")
                .field("@ManyToOne", "Owner", "owner")
                .annotate("@Expose(path = \"/api/pets\", operations = {Operation.READ, Operation.LIST})")
                .annotate("@Allow(value = Operation.READ, roles = \"VET\")")
                .annotate("@Allow(value = Operation.LIST, roles = {\"VET\", \"ADMIN\"})");
        EntitySource owner = entity("Owner").field(SUMMARY_FIELD, "String", "lastName")
                .field("@Expand @OneToMany(mappedBy = \"owner\")", "java.util.List<Pet>", "pets")
                .annotate("@Expose(path = \"/api/owners\", operations = Operation.READ)")
                .annotate("@Allow(value = Operation.READ, access = AccessLevel.AUTHENTICATED)");

        Compilation compilation = DiagnosticsTest.compile(new Case(List.of(owner, pet), List.of(), owner, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Owner.pets would show Pet's summary to"
                + " authenticated callers without one of the roles VET, ADMIN, since Owner's READ policy is AUTHENTICATED"
                + " but Pet's READ policy is role VET and its LIST policy is roles VET, ADMIN; restrict Owner's READ to"
                + " roles among VET, ADMIN, widen Pet's reads, or remove @Expand")
                .inFile(owner.file()).onLine(owner.lineOf("@Expand"));
    }

    @Test
    void rolesMustBeASubsetOfTheRelatedEntitysReadRoles() {
        EntitySource pet = pet("@Allow(value = {Operation.READ, Operation.LIST}, roles = {\"VET\", \"ADMIN\"})");
        EntitySource owner = owner("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")");

        Compilation compilation = DiagnosticsTest.compile(new Case(List.of(pet, owner), List.of(), pet, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Pet.owner would show Owner's summary"
                + " to callers with role ADMIN, since Pet's READ, LIST policy is roles VET, ADMIN but Owner's READ, LIST"
                + " policy is role VET; restrict Pet's READ, LIST to roles among VET, widen Owner's reads, or remove"
                + " @Expand").inFile(pet.file()).onLine(pet.lineOf("@Expand"));
    }

    @Test
    void aWriteAnsweringWithTheRowShowsTheSummaryToo() {
        EntitySource pet = pet("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")",
                "@Allow(value = Operation.CREATE, access = AccessLevel.AUTHENTICATED)");
        EntitySource owner = owner("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")");

        Compilation compilation = DiagnosticsTest.compile(new Case(List.of(pet, owner), List.of(), pet, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Pet.owner would show Owner's summary"
                + " to authenticated callers without role VET, since Pet's CREATE policy is AUTHENTICATED")
                .inFile(pet.file()).onLine(pet.lineOf("@Expand"));
    }

    @Test
    void anyPolicyMayExpandAPublicEntity() {
        assertCompiles(pet("@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)"),
                owner("@Allow(value = Operation.READ, access = AccessLevel.PUBLIC)",
                        "@Allow(value = Operation.LIST, roles = \"ADMIN\")"));
    }

    @Test
    void authenticatedAndRoleBasedReadsMayExpandAnAuthenticatedEntity() {
        assertCompiles(pet("@Allow(value = Operation.READ, access = AccessLevel.AUTHENTICATED)",
                        "@Allow(value = Operation.LIST, roles = \"VET\")"),
                owner("@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)"));
    }

    @Test
    void rolesWithinTheRelatedEntitysReadRolesMayExpandIt() {
        assertCompiles(pet("@Allow(value = {Operation.READ, Operation.LIST}, roles = {\"VET\", \"ADMIN\"})",
                        "@Allow(value = Operation.CREATE, roles = \"VET\")"),
                owner("@Allow(value = Operation.READ, roles = \"VET\")",
                        "@Allow(value = Operation.LIST, roles = {\"ADMIN\", \"CLERK\"})"));
    }

    @Test
    void anEntityWithoutPublishedReadsMayBeExpandedByAnyone() {
        String publicReads = "@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)";
        assertCompiles(pet(publicReads), entity("Owner").field(SUMMARY_FIELD, "String", "lastName"));
        assertCompiles(pet(publicReads), entity("Owner").field(SUMMARY_FIELD, "String", "lastName")
                .annotate("@Expose(path = \"/api/owners\", operations = Operation.CREATE)")
                .annotate("@Allow(value = Operation.CREATE, roles = \"VET\")"));
    }

    @Test
    void anEntityThatIsNotExposedMayExpandAnything() {
        assertCompiles(entity("Pet").field("@Expand @ManyToOne", "Owner", "owner"),
                owner("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"ADMIN\")"));
    }

    @Test
    void aHandWrittenEndpointAnsweringWithTheResponseIsComparedByItsPermit() {
        EntitySource pet = pet("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")");
        EntitySource owner = owner("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")");
        EntitySource care = DiagnosticsTest.endpoints("""
                @Get("/search") @Permit(access = AccessLevel.AUTHENTICATED)
                    java.util.List<PetResponse> search();
                    @Get("/vet/{id}") @Permit(roles = "VET")
                    java.util.Optional<PetResponse> byVet(@PathParam("id") long id);""");
        var implementation = DiagnosticsTest.implementation("CareService", """
                public java.util.List<PetResponse> search() { return java.util.List.of(); }
                public java.util.Optional<PetResponse> byVet(long id) { return java.util.Optional.empty(); }""");

        Compilation compilation = DiagnosticsTest.compile(
                new Case(List.of(pet, owner, care), List.of(implementation), care, "search()"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Care.search answers with PetResponse,"
                + " which would show Owner's summary (Pet.owner is @Expand) to authenticated callers without role VET,"
                + " since its @Permit is AUTHENTICATED but Owner's READ, LIST policy is role VET; restrict"
                + " Care.search's @Permit to roles among VET, widen Owner's reads, or answer with a record of your own")
                .inFile(care.file()).onLine(care.lineOf("search()"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aHandWrittenEndpointWithinTheRelatedEntitysReadsMayAnswerWithTheResponse() {
        EntitySource pet = pet("@Allow(value = {Operation.READ, Operation.LIST}, roles = \"VET\")");
        EntitySource owner = owner("@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)");
        EntitySource care = DiagnosticsTest.endpoints("""
                @Get("/search") @Permit(access = AccessLevel.AUTHENTICATED)
                    java.util.List<PetResponse> search();""");
        var implementation = DiagnosticsTest.implementation("CareService",
                "public java.util.List<PetResponse> search() { return java.util.List.of(); }");

        Compilation compilation = DiagnosticsTest.compile(
                new Case(List.of(pet, owner, care), List.of(implementation), care, "search()"));

        assertThat(compilation).succeeded();
    }

    /** A pet whose responses expand its owner, exposed for reads (and creates when a policy names them). */
    private static EntitySource pet(String... policies) {
        boolean creates = List.of(policies).stream().anyMatch(policy -> policy.contains("CREATE"));
        EntitySource pet = entity("Pet").field("@Expand @ManyToOne", "Owner", "owner")
                .annotate("@Expose(path = \"/api/pets\", operations = {" + (creates ? "Operation.CREATE, " : "")
                        + "Operation.READ, Operation.LIST})");
        for (String policy : policies) {
            pet.annotate(policy);
        }
        return pet;
    }

    /** An owner exposed for reads with a one-field summary. */
    private static EntitySource owner(String... policies) {
        EntitySource owner = entity("Owner").field(SUMMARY_FIELD, "String", "lastName")
                .annotate("@Expose(path = \"/api/owners\", operations = {Operation.READ, Operation.LIST})");
        for (String policy : policies) {
            owner.annotate(policy);
        }
        return owner;
    }

    private static void assertCompiles(EntitySource... sources) {
        Compilation compilation = DiagnosticsTest.compile(
                new Case(List.of(sources), List.of(), sources[0], "public class"));
        assertThat(compilation).succeeded();
    }
}
