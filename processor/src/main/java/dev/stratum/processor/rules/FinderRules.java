package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Criterion;
import dev.stratum.processor.model.Criterion.Condition;
import dev.stratum.processor.model.Criterion.Operator;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderDeclaration;
import dev.stratum.processor.model.FinderDeclaration.Parameter;
import dev.stratum.processor.model.FinderMethod;
import dev.stratum.processor.model.FinderMethod.Action;
import dev.stratum.processor.model.FinderMethod.Result;
import dev.stratum.processor.model.FinderModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.TypeRef;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import dev.stratum.processor.rules.FinderNameParser.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rules stage for {@code @Finders} interfaces: parses every method name against the entity (see
 * {@link FinderNameParser}) and checks its return type and each parameter, so a finder that compiles is a query that
 * runs. Pure: it reads model records only.
 */
public final class FinderRules {

    static final String OPTIONAL = "java.util.Optional";
    static final String LIST = "java.util.List";
    static final String PAGE = "dev.stratum.runtime.paging.Page";
    static final String PAGE_REQUEST = "dev.stratum.runtime.paging.PageRequest";

    private final Report report;

    public FinderRules(Report report) {
        this.report = report;
    }

    /** The checked finders, or empty when any method has an error (each one is reported). */
    public Optional<FinderModel> check(FinderDeclaration finders, EntityModel entity) {
        List<FinderMethod> methods = new ArrayList<>();
        boolean complete = true;
        for (FinderDeclaration.Method method : finders.methods()) {
            Optional<FinderMethod> checked = check(finders, entity, method);
            checked.ifPresent(methods::add);
            complete &= checked.isPresent();
        }
        return complete
                ? Optional.of(new FinderModel(finders.packageName(), finders.simpleName(), entity, methods))
                : Optional.empty();
    }

    private Optional<FinderMethod> check(FinderDeclaration finders, EntityModel entity, FinderDeclaration.Method method) {
        Location at = Location.field(finders.qualifiedName(), method.name());
        String described = finders.simpleName() + "." + method.name();
        Optional<Action> action = Arrays.stream(Action.values())
                .filter(candidate -> method.name().startsWith(candidate.prefix()))
                .findFirst();
        if (action.isEmpty()) {
            report.error(Code.INVALID_FINDER, at, described + " is not a finder: its name must start with findBy,"
                    + " existsBy, countBy or deleteBy, followed by the properties it selects by");
            return Optional.empty();
        }
        String rest = method.name().substring(action.get().prefix().length());
        boolean namesProperty = !rest.isEmpty() && Character.isUpperCase(rest.charAt(0))
                && !(rest.startsWith("OrderBy") && action.get() != Action.FIND);
        if (!namesProperty) {
            report.error(Code.INVALID_FINDER, at, described + " names no property after " + action.get().prefix()
                    + "; name one, as in " + action.get().prefix() + "Name");
            return Optional.empty();
        }
        var parser = new FinderNameParser(entity, report, at, described);
        Optional<FinderNameParser.Parsed> parsed = parser.parse(rest);
        Optional<Result> result = result(entity, action.get(), method.returnType(), at, described);
        if (parsed.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        if (!parsed.get().orderBy().isEmpty() && action.get() != Action.FIND) {
            report.error(Code.INVALID_FINDER, at, described + " orders rows that it does not return; OrderBy belongs"
                    + " on findBy finders only, so remove it");
            return Optional.empty();
        }
        if (!operatorsFit(parsed.get(), at, described)) {
            return Optional.empty();
        }
        return bind(parsed.get(), method, result.get(), at, described).map(where -> new FinderMethod(method.name(),
                action.get(), result.get(), where, parsed.get().orderBy(), method.parameters()));
    }

    private Optional<Result> result(EntityModel entity, Action action, TypeRef type, Location at, String described) {
        boolean ofEntity = type.arguments().size() == 1 && type.arguments().get(0).name().equals(entity.qualifiedName());
        Optional<Result> result = switch (action) {
            case FIND -> !ofEntity ? Optional.empty()
                    : type.name().equals(OPTIONAL) ? Optional.of(Result.OPTIONAL)
                    : type.name().equals(LIST) ? Optional.of(Result.LIST)
                    : type.name().equals(PAGE) ? Optional.of(Result.PAGE)
                    : Optional.empty();
            case EXISTS -> type.name().equals("boolean") ? Optional.of(Result.BOOLEAN) : Optional.empty();
            case COUNT, DELETE -> type.name().equals("long") ? Optional.of(Result.LONG) : Optional.empty();
        };
        if (result.isEmpty()) {
            String allowed = switch (action) {
                case FIND -> "Optional<" + entity.simpleName() + ">, List<" + entity.simpleName() + "> or Page<"
                        + entity.simpleName() + "> (with a last PageRequest parameter)";
                case EXISTS -> "boolean";
                case COUNT, DELETE -> "long";
            };
            report.error(Code.FINDER_RETURN_TYPE, at, described + " returns " + type.display() + ", but a "
                    + action.prefix() + " finder returns " + allowed + "; change its return type");
        }
        return result;
    }

    /** Operators that only make sense for one kind of property: LIKE and IgnoreCase on strings, True/False on booleans. */
    private boolean operatorsFit(FinderNameParser.Parsed parsed, Location at, String described) {
        boolean fit = true;
        for (Term term : parsed.criteria().stream().flatMap(List::stream).toList()) {
            ValueKind kind = term.property().type().kind();
            String applied = term.ignoreCase() && term.operator() == Operator.EQUALS ? "IgnoreCase"
                    : term.operator().keyword() + (term.ignoreCase() ? "IgnoreCase" : "");
            boolean needsString = term.operator().like() || term.ignoreCase();
            boolean needsBoolean = term.operator() == Operator.TRUE || term.operator() == Operator.FALSE;
            if (needsString && kind != ValueKind.STRING || needsBoolean && kind != ValueKind.BOOLEAN) {
                report.error(Code.FINDER_OPERATOR_TYPE, at, described + " applies " + applied + " to "
                        + term.property().name() + ", " + article(typeName(term.property().type())) + " "
                        + typeName(term.property().type()) + "; it needs a "
                        + (needsString ? "String" : "boolean") + " property, so drop it or query another property");
                fit = false;
            } else if (term.ignoreCase() && !ignoresCase(term.operator())) {
                report.error(Code.INVALID_FINDER, at, described + " combines " + term.operator().keyword()
                        + " with IgnoreCase; IgnoreCase works with Equals, Not, StartsWith, EndsWith and Containing");
                fit = false;
            }
        }
        return fit;
    }

    private static boolean ignoresCase(Operator operator) {
        return operator == Operator.EQUALS || operator == Operator.NOT || operator.like();
    }

    /** Assigns the parameters to the conditions in order and checks each type; the criteria tree when all fit. */
    private Optional<Optional<Criterion>> bind(FinderNameParser.Parsed parsed, FinderDeclaration.Method method,
            Result result, Location at, String described) {
        List<Term> terms = parsed.criteria().stream().flatMap(List::stream).toList();
        List<String> expected = new ArrayList<>();
        terms.forEach(term -> expected.addAll(expectations(term)));
        if (result == Result.PAGE) {
            expected.add("PageRequest");
        }
        List<Parameter> parameters = method.parameters();
        if (parameters.size() != expected.size()) {
            report.error(Code.FINDER_PARAMETER_MISMATCH, at, described + " declares " + parameters.size()
                    + " parameter" + (parameters.size() == 1 ? "" : "s") + " but its name needs " + expected.size()
                    + (expected.isEmpty() ? "" : " (" + String.join(", ", expected) + ")")
                    + "; declare exactly these, in this order");
            return Optional.empty();
        }
        boolean fit = true;
        int next = 0;
        List<List<Criterion>> groups = new ArrayList<>();
        for (List<Term> group : parsed.criteria()) {
            List<Criterion> conditions = new ArrayList<>();
            for (Term term : group) {
                List<Parameter> bound = parameters.subList(next, next + term.operator().arity());
                next += bound.size();
                for (Parameter parameter : bound) {
                    fit &= parameterFits(term, parameter, at, described);
                }
                conditions.add(new Condition(term.property(), term.operator(), term.ignoreCase(),
                        bound.stream().map(Parameter::name).toList()));
            }
            groups.add(conditions);
        }
        if (result == Result.PAGE && !parameters.get(next).type().name().equals(PAGE_REQUEST)) {
            report.error(Code.FINDER_PARAMETER_MISMATCH, at, "parameter '" + parameters.get(next).name() + "' of "
                    + described + " is " + parameters.get(next).type().display() + ", but a finder that returns a Page"
                    + " takes a PageRequest last; change its type");
            fit = false;
        }
        return fit ? Optional.of(tree(groups)) : Optional.empty();
    }

    private boolean parameterFits(Term term, Parameter parameter, Location at, String described) {
        PropertyModel property = term.property();
        String wanted = boxedName(property.type());
        TypeRef type = parameter.type();
        boolean fits = term.operator() == Operator.IN
                ? type.elementType().filter(element -> element.boxedName().equals(wanted)).isPresent()
                : type.arguments().isEmpty() && type.boxedName().equals(wanted);
        if (!fits) {
            report.error(Code.FINDER_PARAMETER_MISMATCH, at, "parameter '" + parameter.name() + "' of " + described
                    + " is " + type.display() + ", but " + term.operator().keyword() + " on " + property.name()
                    + " needs " + expectation(term) + "; change the parameter's type");
        }
        return fits;
    }

    private static List<String> expectations(Term term) {
        return Collections.nCopies(term.operator().arity(), expectation(term) + " for "
                + term.property().name());
    }

    /** What one parameter of the term must be: the property's type (boxing allowed), or a collection of it. */
    private static String expectation(Term term) {
        String type = typeName(term.property().type());
        return term.operator() == Operator.IN ? "a Collection<" + boxedSimpleName(term.property().type()) + ">"
                : article(type) + " " + type;
    }

    private static String article(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    /** One condition stays itself, one group an {@code AllOf}; several groups an {@code AnyOf}. */
    private static Optional<Criterion> tree(List<List<Criterion>> groups) {
        List<Criterion> alternatives = groups.stream()
                .map(group -> group.size() == 1 ? group.get(0) : new Criterion.AllOf(group))
                .toList();
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(alternatives.size() == 1 ? alternatives.get(0) : new Criterion.AnyOf(alternatives));
    }

    static String boxedName(ValueType type) {
        return type.kind() == ValueKind.ENUM ? type.enumType() : type.kind().javaType();
    }

    private static String boxedSimpleName(ValueType type) {
        String name = boxedName(type);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** {@code int}, {@code Integer}, {@code Species}: the property's type as declared, for messages. */
    static String typeName(ValueType type) {
        if (type.primitive()) {
            return type.kind().primitive();
        }
        return boxedSimpleName(type);
    }
}
