package dev.stratum.processor.rules;

import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.model.Criterion;
import dev.stratum.processor.model.Criterion.Operator;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderMethod.Ordering;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses the part of a finder name after its prefix: {@code <criteria>[OrderBy<ordering>]}. Criteria are conditions
 * joined by {@code And} and {@code Or}, split at whole camel-case words; a condition is a property, an optional
 * operator keyword and an optional {@code IgnoreCase}. Property names are resolved against the entity, so a property
 * whose name ends like an operator ({@code loggedIn}) still reads as the property.
 */
final class FinderNameParser {

    /** A condition before its parameters are assigned. */
    record Term(PropertyModel property, Operator operator, boolean ignoreCase) {
    }

    /** The parsed name: {@code Or} groups of {@code And}ed terms, and the ordering. */
    record Parsed(List<List<Term>> criteria, List<Ordering> orderBy) {
    }

    private static final List<Operator> BY_KEYWORD_LENGTH = Arrays.stream(Operator.values())
            .filter(operator -> operator != Operator.EQUALS)
            .sorted(Comparator.comparingInt((Operator operator) -> operator.keyword().length()).reversed())
            .toList();
    private static final String IGNORE_CASE = "IgnoreCase";

    private final EntityModel entity;
    private final Report report;
    private final Location at;
    private final String method;

    FinderNameParser(EntityModel entity, Report report, Location at, String method) {
        this.entity = entity;
        this.report = report;
        this.at = at;
        this.method = method;
    }

    /** The parse of {@code rest}, or empty after reporting what does not parse. */
    Optional<Parsed> parse(String rest) {
        List<String> words = words(rest);
        int orderBy = indexOfOrderBy(words);
        List<String> criteria = orderBy < 0 ? words : words.subList(0, orderBy);
        List<List<Term>> groups = new ArrayList<>();
        boolean complete = true;
        for (List<String> group : criteria.isEmpty() ? List.<List<String>>of() : split(criteria, "Or")) {
            List<Term> terms = new ArrayList<>();
            for (List<String> part : split(group, "And")) {
                Optional<Term> term = term(String.join("", part));
                term.ifPresent(terms::add);
                complete &= term.isPresent();
            }
            groups.add(terms);
        }
        List<Ordering> ordering = new ArrayList<>();
        if (orderBy >= 0) {
            complete &= ordering(words.subList(orderBy + 2, words.size()), ordering);
        }
        return complete ? Optional.of(new Parsed(groups, ordering)) : Optional.empty();
    }

    private Optional<Term> term(String part) {
        if (part.isEmpty()) {
            report.error(Code.INVALID_FINDER, at, method + " has an empty condition next to And or Or; name a property"
                    + " on both sides");
            return Optional.empty();
        }
        boolean ignoreCase = part.endsWith(IGNORE_CASE) && part.length() > IGNORE_CASE.length()
                && property(part).isEmpty();
        String body = ignoreCase ? part.substring(0, part.length() - IGNORE_CASE.length()) : part;
        Optional<PropertyModel> whole = property(body);
        if (whole.isPresent()) {
            return Optional.of(new Term(whole.get(), Operator.EQUALS, ignoreCase));
        }
        for (Operator operator : BY_KEYWORD_LENGTH) {
            Optional<PropertyModel> property = withoutSuffix(body, operator.keyword()).flatMap(this::property);
            if (property.isPresent()) {
                return Optional.of(new Term(property.get(), operator, ignoreCase));
            }
        }
        String unknown = BY_KEYWORD_LENGTH.stream()
                .flatMap(operator -> withoutSuffix(body, operator.keyword()).stream())
                .findFirst()
                .orElse(body);
        reportUnknown(unknown);
        return Optional.empty();
    }

    /** Reads {@code Name[Asc|Desc]...}; a property without a direction is ascending. */
    private boolean ordering(List<String> words, List<Ordering> into) {
        if (words.isEmpty()) {
            report.error(Code.INVALID_FINDER, at, method + " ends with OrderBy but names no property; add one, such as"
                    + " OrderByNameAsc");
            return false;
        }
        boolean complete = true;
        var current = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean direction = word.equals("Asc") || word.equals("Desc");
            if (!direction) {
                current.append(word);
            }
            if (direction || i == words.size() - 1) {
                complete &= orderingTerm(current.toString(), word.equals("Desc"), into);
                current.setLength(0);
            }
        }
        return complete;
    }

    private boolean orderingTerm(String name, boolean descending, List<Ordering> into) {
        if (name.isEmpty()) {
            report.error(Code.INVALID_FINDER, at, method + " has Asc or Desc without a property in its OrderBy; write"
                    + " OrderBy<Property>Asc or OrderBy<Property>Desc");
            return false;
        }
        Optional<PropertyModel> property = property(name);
        property.ifPresentOrElse(p -> into.add(new Ordering(p, descending)), () -> reportUnknown(name));
        return property.isPresent();
    }

    private Optional<PropertyModel> property(String capitalized) {
        return entity.columns().stream()
                .filter(property -> Naming.capitalize(property.name()).equals(capitalized))
                .findFirst();
    }

    private void reportUnknown(String capitalized) {
        String name = Naming.decapitalize(capitalized);
        List<String> names = entity.columns().stream().map(PropertyModel::name).toList();
        String hint = Suggestions.closest(name, names)
                .map(closest -> "did you mean '" + closest + "'?")
                .orElseGet(() -> "use one of " + String.join(", ", names));
        report.error(Code.UNKNOWN_FINDER_PROPERTY, at, method + " names property '" + name + "', which "
                + entity.simpleName() + " does not have; " + hint);
    }

    private static Optional<String> withoutSuffix(String text, String suffix) {
        return text.endsWith(suffix) && text.length() > suffix.length()
                ? Optional.of(text.substring(0, text.length() - suffix.length()))
                : Optional.empty();
    }

    private static int indexOfOrderBy(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("Order") && words.get(i + 1).equals("By")) {
                return i;
            }
        }
        return -1;
    }

    /** The lists between occurrences of {@code separator}; a leading or trailing one leaves an empty list. */
    private static List<List<String>> split(List<String> words, String separator) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (word.equals(separator)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        parts.add(current);
        return parts;
    }

    /** {@code NameStartsWith} → {@code [Name, Starts, With]}: each word starts at an upper-case letter. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isUpperCase(text.charAt(i))) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return text.isEmpty() ? List.of() : words;
    }
}
