package dev.stratum.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.diagnostics.Diagnostic;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Criterion;
import dev.stratum.processor.model.Criterion.AllOf;
import dev.stratum.processor.model.Criterion.AnyOf;
import dev.stratum.processor.model.Criterion.Condition;
import dev.stratum.processor.model.Criterion.Operator;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderDeclaration;
import dev.stratum.processor.model.FinderDeclaration.Parameter;
import dev.stratum.processor.model.FinderMethod;
import dev.stratum.processor.model.FinderMethod.Action;
import dev.stratum.processor.model.FinderMethod.Result;
import dev.stratum.processor.model.TypeRef;
import dev.stratum.processor.model.ValueKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finder names parsed and checked on hand-built model records: no javac involved. */
class FinderRulesTest {

    private static final EntityModel PET = ModelRulesTest.entity("Pet", "pets", Optional.empty(),
            ModelRulesTest.property("name", ValueKind.STRING, 40),
            ModelRulesTest.property("careLevel", ValueKind.INT, 0),
            ModelRulesTest.property("loggedIn", ValueKind.BOOLEAN, 0),
            ModelRulesTest.property("orderNumber", ValueKind.LONG, 0));
    private static final TypeRef LIST_OF_PETS = new TypeRef("java.util.List", List.of(TypeRef.of("test.Pet")), false);

    private final Report report = new Report();

    @Test
    void andBindsTighterThanOr() {
        FinderMethod method = parse("findByNameAndCareLevelOrLoggedInTrue", LIST_OF_PETS,
                new Parameter("name", TypeRef.of("java.lang.String")), new Parameter("level", TypeRef.of("int")));

        Criterion where = method.where().orElseThrow();
        assertThat(where).isInstanceOf(AnyOf.class);
        List<Criterion> alternatives = ((AnyOf) where).parts();
        assertThat(alternatives.get(0)).isInstanceOf(AllOf.class);
        assertThat(((AllOf) alternatives.get(0)).parts()).extracting(part -> ((Condition) part).property().name())
                .containsExactly("name", "careLevel");
        assertThat(((Condition) alternatives.get(1)).operator()).isEqualTo(Operator.TRUE);
    }

    @Test
    void parametersBindInDeclarationOrder() {
        FinderMethod method = parse("findByCareLevelBetweenAndNameStartsWithIgnoreCase", LIST_OF_PETS,
                new Parameter("low", TypeRef.of("java.lang.Integer")), new Parameter("high", TypeRef.of("int")),
                new Parameter("prefix", TypeRef.of("java.lang.String")));

        List<Criterion> conditions = ((AllOf) method.where().orElseThrow()).parts();
        assertThat(conditions.get(0)).isEqualTo(new Condition(PET.fields().get(1), Operator.BETWEEN, false,
                List.of("low", "high")));
        assertThat(conditions.get(1)).isEqualTo(new Condition(PET.fields().get(0), Operator.STARTS_WITH, true,
                List.of("prefix")));
    }

    @Test
    void namesThatLookLikeKeywordsReadAsProperties() {
        FinderMethod method = parse("findByLoggedInAndOrderNumberOrderByOrderNumberDesc", LIST_OF_PETS,
                new Parameter("loggedIn", TypeRef.of("boolean")), new Parameter("number", TypeRef.of("long")));

        assertThat(((AllOf) method.where().orElseThrow()).parts())
                .extracting(part -> ((Condition) part).operator())
                .containsExactly(Operator.EQUALS, Operator.EQUALS);
        assertThat(method.orderBy()).singleElement()
                .satisfies(ordering -> assertThat(ordering.property().name()).isEqualTo("orderNumber"))
                .satisfies(ordering -> assertThat(ordering.descending()).isTrue());
    }

    @Test
    void theResultFollowsThePrefixAndTheReturnType() {
        TypeRef page = new TypeRef("dev.stratum.runtime.paging.Page", List.of(TypeRef.of("test.Pet")), false);

        FinderMethod paged = parse("findByOrderByNameAsc", page,
                new Parameter("page", TypeRef.of("dev.stratum.runtime.paging.PageRequest")));
        FinderMethod deleting = parse("deleteByNameIsNull", TypeRef.of("long"));

        assertThat(paged.result()).isEqualTo(Result.PAGE);
        assertThat(paged.where()).isEmpty();
        assertThat(paged.pageRequest()).map(Parameter::name).contains("page");
        assertThat(deleting.action()).isEqualTo(Action.DELETE);
        assertThat(deleting.result()).isEqualTo(Result.LONG);
    }

    @Test
    void aCollectionOfTheBoxedTypeFeedsIn() {
        TypeRef integers = new TypeRef("java.util.Set",
                List.of(new TypeRef("?", List.of(TypeRef.of("java.lang.Integer")), false)), true);

        FinderMethod method = parse("countByCareLevelIn", TypeRef.of("long"), new Parameter("levels", integers));

        assertThat(((Condition) method.where().orElseThrow()).operator()).isEqualTo(Operator.IN);
    }

    @Test
    void misspellingsGetTheClosestProperty() {
        check("findByCareLvl", LIST_OF_PETS, new Parameter("level", TypeRef.of("int")));

        assertThat(report.diagnostics()).singleElement().extracting(Diagnostic::message).asString()
                .endsWith("names property 'careLvl', which Pet does not have; did you mean 'careLevel'?");
    }

    @Test
    void suggestionsNeedAPlausibleMisspelling() {
        List<String> names = List.of("id", "name", "careLevel", "birthDate");

        assertThat(Suggestions.closest("nmae", names)).contains("name");
        assertThat(Suggestions.closest("birthdate", names)).contains("birthDate");
        assertThat(Suggestions.closest("colour", names)).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    private FinderMethod parse(String name, TypeRef returns, Parameter... parameters) {
        FinderMethod method = check(name, returns, parameters).orElseThrow(
                () -> new AssertionError(report.diagnostics()));
        assertThat(report.diagnostics()).isEmpty();
        return method;
    }

    private Optional<FinderMethod> check(String name, TypeRef returns, Parameter... parameters) {
        var declaration = new FinderDeclaration("test", "PetFinders", "test.Pet",
                List.of(new FinderDeclaration.Method(name, List.of(parameters), returns)));
        return new FinderRules(report).check(declaration, PET).map(model -> model.methods().get(0));
    }
}
