package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.bare;
import static dev.stratum.processor.EntitySource.entity;
import static dev.stratum.processor.EntitySource.finders;
import static dev.stratum.processor.EntitySource.validatable;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.stratum.processor.diagnostics.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One negative case per diagnostic code: the build fails with that code, in the right file, on the right line. */
class DiagnosticsTest {

    private static final String EXPOSED = "@Expose(path = \"/api/pets\", operations = Operation.READ)";
    private static final String READ_PUBLIC = "@Allow(value = Operation.READ, access = AccessLevel.PUBLIC)";

    /** A failing input: the sources, and where the error must point (the file's entity and a text on that line). */
    record Case(List<EntitySource> sources, List<JavaFileObject> extra, EntitySource at, String line) {
        static Case of(EntitySource source, String line) {
            return new Case(List.of(source), List.of(), source, line);
        }
    }

    static final Map<Code, Case> CASES = new EnumMap<>(Code.class);

    static {
        CASES.put(Code.MISSING_ID, Case.of(bare("Pet").field("@Version", "long", "version"), "public class Pet"));
        CASES.put(Code.INVALID_ID, Case.of(bare("Pet").field("@Id", "String", "id").field("@Version", "long", "version"),
                "private String id"));
        CASES.put(Code.MISSING_VERSION, Case.of(
                bare("Pet").field("@Id @GeneratedValue(strategy = GenerationType.IDENTITY)", "Long", "id"),
                "public class Pet"));
        CASES.put(Code.UNSUPPORTED_TYPE, Case.of(entity("Pet").field("", "java.util.List<String>", "tags"),
                "private java.util.List<String> tags"));
        CASES.put(Code.ENUM_MAPPING, Case.of(entity("Pet").field("@NotNull", "java.time.DayOfWeek", "visitDay"),
                "private java.time.DayOfWeek visitDay"));
        CASES.put(Code.MISSING_ACCESSOR, Case.of(
                entity("Pet").field("@Size(max = 5)", "String", "name").withoutAccessors(), "private String name"));
        CASES.put(Code.UNSUPPORTED_CONSTRAINT, Case.of(entity("Pet").field("@Null @Size(max = 5)", "String", "name"),
                "@Null @Size(max = 5)"));
        CASES.put(Code.CONSTRAINT_TYPE_MISMATCH, Case.of(entity("Pet").field("@Email", "int", "age"), "@Email"));
        CASES.put(Code.INVALID_CONSTRAINT, Case.of(entity("Pet").field("@Size(min = 5, max = 2)", "String", "name"),
                "@Size(min = 5, max = 2)"));
        CASES.put(Code.UNBOUNDED_STRING, Case.of(entity("Pet").field("@NotBlank", "String", "name"), "private String name"));
        CASES.put(Code.UNBOUNDED_COLLECTION, Case.of(
                validatable("Basket").field("@NotEmpty", "java.util.List<@NotBlank String>", "items"),
                "private java.util.List<@NotBlank String> items"));
        CASES.put(Code.INVALID_SECRET, Case.of(
                entity("Pet").field("@Sensitive(hashed = true)\n    @Size(max = 100)", "String", "password"),
                "@Size(max = 100)"));
        CASES.put(Code.SIZE_EXCEEDS_COLUMN, Case.of(
                entity("Pet").field("@Size(max = 50) @Column(length = 20)", "String", "name"), "@Size(max = 50)"));
        EntitySource first = entity("Cat").annotate("@Table(name = \"pets\")");
        EntitySource second = entity("Dog").annotate("@Table(name = \"pets\")");
        CASES.put(Code.DUPLICATE_TABLE, new Case(List.of(first, second), List.of(), second, "@Table(name = \"pets\")"));
        CASES.put(Code.DUPLICATE_COLUMN, Case.of(entity("Pet")
                .field("@Size(max = 5) @Column(name = \"label\")", "String", "name")
                .field("@Size(max = 5) @Column(name = \"label\")", "String", "nickname"), "private String nickname"));
        CASES.put(Code.INVALID_COLUMN, Case.of(entity("Pet")
                .field("@Column(precision = 2000, scale = 2)", "java.math.BigDecimal", "weight"),
                "@Column(precision = 2000, scale = 2)"));
        CASES.put(Code.UNKNOWN_INDEX_COLUMN, Case.of(entity("Pet")
                .annotate("@Table(indexes = @jakarta.persistence.Index(columnList = \"nmae, id DESC\"))")
                .field("@Size(max = 5)", "String", "name"), "@Table(indexes"));
        CASES.put(Code.INVALID_NAME, Case.of(entity("Order"), "public class Order"));
        CASES.put(Code.INVALID_EXPOSURE, Case.of(
                entity("Pet").annotate("@Expose(path = \"api/pets/\", operations = Operation.READ)").annotate(READ_PUBLIC),
                "@Expose(path = \"api/pets/\""));
        CASES.put(Code.UNKNOWN_LIST_FIELD, Case.of(entity("Pet").field("@Size(max = 5)", "String", "name")
                .annotate("@Expose(path = \"/api/pets\", operations = Operation.LIST, sortable = \"nmae\")")
                .annotate("@Allow(value = Operation.LIST, access = AccessLevel.PUBLIC)"), "sortable = \"nmae\""));
        CASES.put(Code.UNSORTABLE_FIELD, Case.of(entity("Pet").field("", "boolean", "neutered")
                .annotate("@Expose(path = \"/api/pets\", operations = Operation.LIST, sortable = \"neutered\")")
                .annotate("@Allow(value = Operation.LIST, access = AccessLevel.PUBLIC)"), "sortable = \"neutered\""));
        CASES.put(Code.SENSITIVE_LIST_FIELD, Case.of(entity("Pet").field("@Sensitive @Size(max = 5)", "String", "secret")
                .annotate("@Expose(path = \"/api/pets\", operations = Operation.LIST, filterable = \"secret\")")
                .annotate("@Allow(value = Operation.LIST, access = AccessLevel.PUBLIC)"), "filterable = \"secret\""));
        CASES.put(Code.MISSING_ACCESS_POLICY, Case.of(entity("Pet").annotate(EXPOSED), "@Expose("));
        CASES.put(Code.CONFLICTING_ACCESS_POLICY, Case.of(entity("Pet").annotate(EXPOSED).annotate(READ_PUBLIC)
                .annotate("@Allow(value = Operation.READ, roles = \"VET\")"), "public class Pet"));
        CASES.put(Code.INVALID_ACCESS_POLICY, Case.of(
                entity("Pet").annotate(EXPOSED).annotate("@Allow(value = Operation.READ)"), "@Allow(value = Operation.READ)"));
        CASES.put(Code.RELATION_TARGET, Case.of(entity("Pet").field("@ManyToOne", "String", "owner"), "@ManyToOne"));
        EntitySource owner = entity("Owner").field("@OneToMany(mappedBy = \"ownr\")", "java.util.List<Pet>", "pets");
        CASES.put(Code.MAPPED_BY, new Case(List.of(owner, entity("Pet").field("@ManyToOne", "Owner", "owner")),
                List.of(), owner, "@OneToMany(mappedBy = \"ownr\")"));
        EntitySource required = entity("Pet")
                .field("@ManyToOne(optional = false) @OnDelete(OnDelete.Action.SET_NULL)", "Owner", "owner");
        CASES.put(Code.INVALID_RELATION, new Case(List.of(required, entity("Owner")), List.of(), required,
                "@OnDelete(OnDelete.Action.SET_NULL)"));
        CASES.put(Code.INVALID_SUMMARY, Case.of(entity("Owner")
                .field("@Summary @Sensitive @Size(max = 12)", "String", "taxNumber"), "@Summary @Sensitive"));
        EntitySource expanding = entity("Pet").field("@Expand @ManyToOne", "Owner", "owner");
        CASES.put(Code.INVALID_EXPAND, new Case(List.of(expanding, entity("Owner").field("@Size(max = 5)", "String", "name")),
                List.of(), expanding, "@Expand @ManyToOne"));
        CASES.put(Code.INVALID_ENDPOINT, endpoint("@Get(\"/visits/\") void visits();", "public void visits() {}",
                "@Get(\"/visits/\")"));
        CASES.put(Code.UNSUPPORTED_ENDPOINT_TYPE, endpoint(
                "@Get(\"/count\") int count();", "public int count() { return 0; }", "int count();"));
        CASES.put(Code.ENDPOINT_PATH_MISMATCH, endpoint(
                "@Post(\"/{id}/visits\") void visit(@PathParam(\"petId\") long id);",
                "public void visit(long id) {}", "void visit(@PathParam"));
        CASES.put(Code.DUPLICATE_ROUTE, endpoint("@Get(\"/{id}\") void first(@PathParam(\"id\") long id);\n"
                + "    @Get(\"/{key}\") void second(@PathParam(\"key\") long key);",
                "public void first(long id) {} public void second(long key) {}", "void second("));
        EntitySource lonely = endpoints("@Get(\"/ping\") void ping();");
        CASES.put(Code.ENDPOINT_IMPLEMENTATION, new Case(List.of(lonely), List.of(), lonely, "@Endpoints("));
        EntitySource clashing = entity("Pet");
        CASES.put(Code.NAME_CLASH, new Case(List.of(clashing),
                List.of(JavaFileObjects.forSourceString("test.PetService", "package test; public class PetService {}")),
                clashing, "public class Pet"));
        CASES.put(Code.INVALID_OWNER_SCOPE, Case.of(entity("Note").field("@OwnedBy", "Long", "owner"), "@OwnedBy"));
        CASES.put(Code.PUBLIC_OWNER_SCOPED_OPERATION, Case.of(entity("Note")
                .annotate("@Expose(path = \"/api/notes\", operations = Operation.READ)").annotate(READ_PUBLIC)
                .field("@OwnedBy", "String", "owner"), READ_PUBLIC));
        CASES.put(Code.INVALID_AUDIT_FIELD, Case.of(entity("Note").field("@CreatedAt", "java.time.LocalDate", "createdAt"),
                "@CreatedAt"));
        CASES.put(Code.NOT_EMBEDDABLE, Case.of(entity("Pet").field("@Embedded", "java.util.UUID", "chip"), "@Embedded"));
        EntitySource relational = embeddable("Address", "@ManyToOne Pet pet, @Size(max = 20) String city");
        CASES.put(Code.INVALID_EMBEDDABLE, new Case(List.of(entity("Pet").field("", "Address", "address"), relational),
                List.of(), relational, "@ManyToOne Pet pet"));
        finderCase(Code.INVALID_FINDER, "List<Pet> searchByName(String name);");
        finderCase(Code.UNKNOWN_FINDER_PROPERTY, "List<Pet> findByNmae(String name);");
        finderCase(Code.FINDER_PARAMETER_MISMATCH, "List<Pet> findByName(int name);");
        finderCase(Code.FINDER_RETURN_TYPE, "Pet findByName(String name);");
        finderCase(Code.FINDER_OPERATOR_TYPE, "List<Pet> findByAgeStartsWith(String age);");
    }

    /** An {@code @Embeddable} record {@code test.<name>} with the given components, one per line. */
    static EntitySource embeddable(String name, String components) {
        return EntitySource.source(name, """
                package test;

                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;

                @Embeddable
                public record %s(
                        %s) {
                }
                """.formatted(name, components.replace(", ", ",\n        ")));
    }

    /** A {@code PetFinders} interface with one faulty method over a {@code Pet} with a name and an age. */
    private static void finderCase(Code code, String method) {
        EntitySource pet = entity("Pet").field("@Size(max = 40)", "String", "name").field("", "int", "age");
        EntitySource finders = finders("PetFinders", "Pet").member(method);
        CASES.put(code, new Case(List.of(pet, finders), List.of(), finders, method));
    }

    /** Codes whose negative tests need more than one compilation or a special processor; see the tests below. */
    static final List<Code> TESTED_SEPARATELY = List.of(
            Code.MESSAGE_EXPRESSION, Code.MIGRATION_CHANGED, Code.UNSUPPORTED_SCHEMA_CHANGE, Code.DESTRUCTIVE_CHANGE, Code.MIGRATION_CONFLICT,
            Code.MIGRATIONS_FOLDER, Code.INTERNAL_ERROR, Code.LAYERING, Code.INVALID_OPTION);

    /** An {@code @Endpoints} interface {@code test.Care} with the given members, public by default. */
    static EntitySource endpoints(String members) {
        return EntitySource.source("Care", """
                package test;

                import dev.stratum.annotations.*;
                import jakarta.validation.constraints.*;

                @Endpoints(path = "/api/care")
                @Permit(access = AccessLevel.PUBLIC)
                public interface Care {
                    %s
                }
                """.formatted(members));
    }

    /** The interface of {@link #endpoints} and its implementation {@code test.CareService}. */
    static Case endpoint(String members, String implementation, String line) {
        EntitySource care = endpoints(members);
        return new Case(List.of(care), List.of(implementation("CareService", implementation)), care, line);
    }

    static JavaFileObject implementation(String name, String members) {
        return JavaFileObjects.forSourceString("test." + name,
                "package test;\npublic class " + name + " implements Care {\n" + members + "\n}\n");
    }

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheCodeOnTheOffendingLine(Code code, Case failing) {
        Compilation compilation = compile(failing);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(code.tag())
                .inFile(failing.at().file())
                .onLine(failing.at().lineOf(failing.line()));
    }

    @Test
    void everyCodeHasANegativeTest() {
        var covered = new ArrayList<>(CASES.keySet());
        covered.addAll(TESTED_SEPARATELY);
        assertThat(covered).containsExactlyInAnyOrder(Code.values());
    }

    @Test
    void everyCodeIsDocumentedForUsers() throws IOException {
        String documentation = Files.readString(Path.of("../docs/diagnostics.md"));
        for (Code code : Code.values()) {
            assertThat(documentation).as("docs/diagnostics.md").contains("`" + code.tag() + "`");
        }
    }

    @Test
    void anExpressionInAMessageIsAWarningOnTheConstraint() {
        EntitySource body = validatable("Body")
                .field("@Size(max = 5, message = \"${validatedValue} is too long\")", "String", "name");
        Compilation compilation = compile(Case.of(body, ""));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(Code.MESSAGE_EXPRESSION.tag()
                        + " the message of @Size on Body.name holds an expression")
                .inFile(body.file()).onLine(body.lineOf("@Size(max = 5, message"));
    }

    @Test
    void aBigIntegerColumnWithAFractionIsAnInvalidColumn() {
        EntitySource pet = entity("Pet").field("@Column(precision = 30, scale = 2)", "java.math.BigInteger", "chip");
        Compilation compilation = compile(Case.of(pet, ""));

        assertThat(compilation).hadErrorContaining(Code.INVALID_COLUMN.tag()
                        + " Pet.chip is a BigInteger with scale 2; a whole number's column has scale 0,"
                        + " remove @Column(scale)")
                .inFile(pet.file()).onLine(pet.lineOf("@Column(precision = 30, scale = 2)"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void everyErrorOfAnEntityIsReportedInOneBuild() {
        EntitySource pet = entity("Pet")
                .field("@Email", "int", "age")
                .field("@NotBlank", "String", "name")
                .annotate(EXPOSED);
        Compilation compilation = compile(Case.of(pet, ""));

        assertThat(compilation).hadErrorContaining(Code.CONSTRAINT_TYPE_MISMATCH.tag());
        assertThat(compilation).hadErrorContaining(Code.UNBOUNDED_STRING.tag());
        assertThat(compilation).hadErrorContaining(Code.MISSING_ACCESS_POLICY.tag());
    }

    @Test
    void anEntityWithErrorsGeneratesNothingWhileValidOnesStillDo(@TempDir Path generated) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean compiled = javac.getTask(null, files, diagnostics,
                    List.of("-proc:only", "-s", generated.toString(), "-cp", System.getProperty("java.class.path")),
                    null, List.of(entity("Valid").file(), entity("Broken").field("@Email", "int", "age").file()))
                    .call();

            assertThat(compiled).isFalse();
        }
        try (Stream<Path> written = Files.walk(generated)) {
            assertThat(written.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .contains("ValidRepository.java", "ValidService.java")
                    .noneMatch(name -> name.startsWith("Broken"));
        }
    }

    @Test
    void anEmbeddableInsideAnEmbeddableIsAnError() {
        EntitySource outer = embeddable("Place", "@Size(max = 20) String name, Geo geo");
        EntitySource inner = embeddable("Geo", "Integer lat");
        Compilation compilation = compile(new Case(List.of(entity("Pet").field("", "Place", "home"), outer, inner),
                List.of(), outer, ""));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EMBEDDABLE.tag() + " Place.geo embeds another value")
                .inFile(outer.file()).onLine(outer.lineOf("Geo geo"));
    }

    @Test
    void anAttributeOverrideIsAnErrorThatSaysHowToNameColumns() {
        EntitySource pet = entity("Pet").field("@AttributeOverride(name = \"city\", column = @Column(name = \"town\"))",
                "Address", "address");
        Compilation compilation = compile(new Case(List.of(pet, embeddable("Address", "@Size(max = 20) String city")),
                List.of(), pet, ""));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EMBEDDABLE.tag() + " Pet.address has @AttributeOverride")
                .inFile(pet.file()).onLine(pet.lineOf("@AttributeOverride"));
    }

    @Test
    void aPrefixedColumnThatCollidesIsADuplicateColumn() {
        EntitySource pet = entity("Pet").field("@Size(max = 20)", "String", "homeCity").field("", "Address", "home");
        Compilation compilation = compile(new Case(List.of(pet, embeddable("Address", "@Size(max = 20) String city")),
                List.of(), pet, ""));

        assertThat(compilation).hadErrorContaining(Code.DUPLICATE_COLUMN.tag()
                        + " Pet.home.city maps to column 'home_city', which homeCity already uses")
                .inFile(pet.file()).onLine(pet.lineOf("private Address home"));
    }

    @Test
    void anEmbeddedStringNeedsASizeMax() {
        EntitySource address = embeddable("Address", "@Column(length = 20) String city");
        Compilation compilation = compile(new Case(List.of(entity("Pet").field("", "Address", "home"), address),
                List.of(), address, ""));

        assertThat(compilation).hadErrorContaining(Code.UNBOUNDED_STRING.tag() + " Address.city can be sent")
                .inFile(address.file()).onLine(address.lineOf("String city"));
    }

    @Test
    void messagesSayHowToFixIt() {
        Compilation compilation = compile(CASES.get(Code.MISSING_ACCESS_POLICY));

        assertThat(compilation).hadErrorContaining(
                "Pet publishes READ without an access policy; add @Allow(value = Operation.READ, access = ...)");
    }

    @Test
    void aMisspeltListFieldSuggestsTheProperty() {
        assertThat(compile(CASES.get(Code.UNKNOWN_LIST_FIELD))).hadErrorContaining(
                "@Expose(sortable) of Pet names 'nmae', which Pet does not have; did you mean 'name'?");
    }

    @Test
    void aRelationIsNotASortKeyButMayBeAFilter() {
        EntitySource pet = entity("Pet").field("@ManyToOne", "Owner", "owner")
                .annotate("@Expose(path = \"/api/pets\", operations = Operation.LIST, sortable = \"ownerId\","
                        + " filterable = \"ownerId\")")
                .annotate("@Allow(value = Operation.LIST, access = AccessLevel.PUBLIC)");
        Compilation compilation = compile(new Case(List.of(pet, entity("Owner")), List.of(), pet, ""));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Code.UNSORTABLE_FIELD.tag() + " Pet.ownerId is a relation, which a"
                + " list cannot sort by").inFile(pet.file()).onLine(pet.lineOf("sortable = \"ownerId\""));
    }

    @Test
    void aMisspeltIndexColumnSuggestsTheColumn() {
        Compilation compilation = compile(CASES.get(Code.UNKNOWN_INDEX_COLUMN));

        assertThat(compilation).hadErrorContaining("@Index on Pet names column 'nmae', which table pet does not have;"
                + " did you mean 'name'?");
    }

    @Test
    void aUniqueConstraintNamingAFieldInsteadOfItsColumnSaysWhichColumn() {
        EntitySource pet = entity("Pet")
                .annotate("@Table(uniqueConstraints = @jakarta.persistence.UniqueConstraint(columnNames ="
                        + " {\"birthDate\", \"name\"}))")
                .field("@Size(max = 5)", "String", "name")
                .field("", "java.time.LocalDate", "birthDate");

        assertThat(compile(Case.of(pet, "@Table("))).hadErrorContaining("@UniqueConstraint on Pet names column"
                + " 'birthDate', which table pet does not have; name the column, 'birth_date', not the field");
    }

    @Test
    void anEndpointParameterOfATypeNotBoundFromTextIsAnError() {
        Case parameter = endpoint("@Get(\"/open\") void open(@QueryParam(\"at\") java.time.LocalTime at);",
                "public void open(java.time.LocalTime at) {}", "void open(");

        assertThat(compile(parameter)).hadErrorContaining(Code.UNSUPPORTED_ENDPOINT_TYPE.tag());
    }

    @Test
    void aMisspeltMappedBySuggestsTheOwningField() {
        Compilation compilation = compile(CASES.get(Code.MAPPED_BY));

        assertThat(compilation).hadErrorContaining("Owner.pets says mappedBy = \"ownr\", but Pet has no field ownr;"
                + " did you mean 'owner'?");
    }

    @Test
    void aMappedByThatIsNotAManyToOneBackIsAnError() {
        EntitySource owner = entity("Owner").field("@OneToMany(mappedBy = \"name\")", "java.util.List<Pet>", "pets");
        Compilation compilation = compile(new Case(
                List.of(owner, entity("Pet").field("@Size(max = 5)", "String", "name")), List.of(), owner, ""));

        assertThat(compilation).hadErrorContaining(Code.MAPPED_BY.tag() + " Owner.pets says mappedBy = \"name\", but"
                + " Pet.name is not a @ManyToOne to Owner")
                .inFile(owner.file()).onLine(owner.lineOf("@OneToMany"));
    }

    @Test
    void aOneToManyWithoutMappedByIsAnError() {
        EntitySource owner = entity("Owner").field("@OneToMany", "java.util.List<Pet>", "pets");
        Compilation compilation = compile(new Case(List.of(owner, entity("Pet")), List.of(), owner, ""));

        assertThat(compilation).hadErrorContaining(Code.INVALID_RELATION.tag() + " Owner.pets needs mappedBy")
                .inFile(owner.file()).onLine(owner.lineOf("@OneToMany"));
    }

    @Test
    void aRelationToANonEntityCollectionIsAnError() {
        EntitySource owner = entity("Owner").field("@ManyToMany", "java.util.List<String>", "tags");
        Compilation compilation = compile(Case.of(owner, ""));

        assertThat(compilation).hadErrorContaining(Code.RELATION_TARGET.tag() + " Owner.tags is a @ManyToMany of"
                + " java.util.List<java.lang.String>, which is not a List, Set or Collection of an @Entity")
                .inFile(owner.file()).onLine(owner.lineOf("@ManyToMany"));
    }

    @Test
    void anInternalFailureBecomesOneDiagnosticOnTheEntity() {
        EntitySource pet = entity("Pet");
        Compilation compilation = Compiler.javac()
                .withProcessors(new StratumProcessor(List.of(entity -> {
                    throw new IllegalStateException("boom");
                })))
                .compile(pet.file());

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(Code.INTERNAL_ERROR.tag() + " internal error while processing test.Pet")
                .inFile(pet.file()).onLine(pet.lineOf("public class Pet"));
        assertThat(compilation.errors()).hasSize(1);
    }

    @Test
    void withoutAMigrationsFolderItSaysWhereFilesGo() {
        Compilation compilation = Compiler.javac().withProcessors(new StratumProcessor()).compile(entity("Pet").file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining(Code.MIGRATIONS_FOLDER.tag());
    }

    static Compilation compile(Case failing) {
        var files = new ArrayList<JavaFileObject>();
        failing.sources().forEach(source -> files.add(source.file()));
        files.addAll(failing.extra());
        return Compiler.javac().withProcessors(new StratumProcessor()).compile(files);
    }

    @Test
    void expandingAnOwnerScopedEntityIsRefused() {
        EntitySource note = entity("Note").field("@OwnedBy", "String", "author")
                .field("@ManyToOne", "Folder", "folder");
        EntitySource folder = entity("Folder").field("@Expand @OneToMany(mappedBy = \"folder\")",
                "java.util.List<Note>", "notes");

        Compilation compilation = compile(new Case(List.of(folder, note), List.of(), folder, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Folder.notes expands Note, whose rows"
                + " are owner-scoped").inFile(folder.file()).onLine(folder.lineOf("@Expand"));
    }

    @Test
    void expandingAnEntityWithoutASummaryNamesTheFix() {
        Compilation compilation = compile(CASES.get(Code.INVALID_EXPAND));

        assertThat(compilation).hadErrorContaining("Pet.owner expands Owner, which declares no @Summary fields; mark"
                + " the fields of Owner that its summary shows with @Summary");
    }

    @Test
    void expandOnlyAppliesToManyToOneAndOneToMany() {
        EntitySource pet = entity("Pet").field("@Expand @Size(max = 5)", "String", "name");

        Compilation compilation = compile(Case.of(pet, "@Expand"));

        assertThat(compilation).hadErrorContaining(Code.INVALID_EXPAND.tag() + " Pet.name is not a relation;")
                .inFile(pet.file()).onLine(pet.lineOf("@Expand"));
    }
}
