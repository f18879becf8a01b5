package dev.stratum.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.stratum.processor.diagnostics.Code;
import dev.stratum.processor.diagnostics.Report;
import dev.stratum.processor.generate.AuthorizationMatrixWriter;
import dev.stratum.processor.generate.EndpointConfigurationWriter;
import dev.stratum.processor.generate.EndpointControllerWriter;
import dev.stratum.processor.generate.EntityWriter;
import dev.stratum.processor.generate.FinderRepositoryWriter;
import dev.stratum.processor.generate.HooksWriter;
import dev.stratum.processor.generate.ListQueryWriter;
import dev.stratum.processor.generate.OpenApiWriter;
import dev.stratum.processor.generate.RepositoryWriter;
import dev.stratum.processor.generate.RequestWriter;
import dev.stratum.processor.generate.ResponseWriter;
import dev.stratum.processor.generate.ServiceWriter;
import dev.stratum.processor.generate.SummaryWriter;
import dev.stratum.processor.generate.SpringConfigurationWriter;
import dev.stratum.processor.generate.SpringMvcControllerWriter;
import dev.stratum.processor.generate.TypeNames;
import dev.stratum.processor.generate.TypeValidatorWriter;
import dev.stratum.processor.generate.ValidatorWriter;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderDeclaration;
import dev.stratum.processor.model.FinderModel;
import dev.stratum.processor.model.Location;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.Referrer;
import dev.stratum.processor.model.ValidatableModel;
import dev.stratum.processor.rules.FinderRules;
import dev.stratum.processor.rules.EndpointRules;
import dev.stratum.processor.rules.ModelRules;
import dev.stratum.processor.rules.ValidatableRules;
import dev.stratum.processor.scan.EndpointScanner;
import dev.stratum.processor.scan.EntityScanner;
import dev.stratum.processor.scan.FinderScanner;
import dev.stratum.processor.scan.LayeringScanner;
import dev.stratum.processor.scan.ValidatableScanner;
import dev.stratum.processor.schema.FrameworkTables;
import dev.stratum.processor.schema.IdentifierRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Stratum's annotation processor. Each round runs the pipeline in plain, typed steps:
 * scan ({@link EntityScanner}) → model ({@link EntityModel}) → rules ({@link ModelRules}) → generate (one
 * {@link EntityWriter} per artifact); when processing is over, the schema stage writes the next migration and
 * {@link OpenApiWriter} the API document of every exposed entity and {@link AuthorizationMatrixWriter} the matrix of
 * every route and who may call it.
 * {@code @Validatable} types take the same steps with their own scanner, rules and writer; so do {@code @Finders}
 * interfaces, checked against the model of the entity they query, and {@code @Endpoints} interfaces
 * ({@link EndpointScanner}, {@link EndpointRules}, {@link EndpointControllerWriter}).
 */
@AutoService(Processor.class)
public final class StratumProcessor extends AbstractProcessor {

    /** The folder of the project's committed migrations, e.g. {@code src/main/resources/db/migration}. */
    public static final String MIGRATIONS_OPTION = "stratum.migrations";
    /** The OpenAPI document's {@code info.title}, e.g. {@code -Astratum.openapi.title=Clinic API}. */
    public static final String OPENAPI_TITLE_OPTION = "stratum.openapi.title";
    /** The OpenAPI document's {@code info.version}, e.g. {@code -Astratum.openapi.version=${project.version}}. */
    public static final String OPENAPI_VERSION_OPTION = "stratum.openapi.version";

    /**
     * The largest {@code maxPageSize} an entity may declare, {@code 1000} by default and at most
     * {@value ModelRules#MAX_PAGE_SIZE_CEILING}, e.g. {@code -Astratum.rules.pageSizeCeiling=5000}.
     */
    public static final String PAGE_SIZE_CEILING_OPTION = "stratum.rules.pageSizeCeiling";

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String EXPOSE = "dev.stratum.annotations.Expose";
    private static final String VALIDATABLE = ValidatableScanner.VALIDATABLE;
    private static final String FINDERS = FinderScanner.FINDERS;
    private static final String ENDPOINTS = EndpointScanner.ENDPOINTS;

    private final List<EntityWriter> writers;

    /** Every entity seen in this compilation, by qualified name. */
    private final Map<String, TypeElement> entities = new TreeMap<>();
    /** Entities whose field types are generated by another processor in a later round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Every {@code @Validatable} type seen in this compilation, by qualified name. */
    private final Map<String, TypeElement> validatables = new TreeMap<>();
    /** {@code @Validatable} types whose field types are generated by another processor in a later round. */
    private final Set<String> deferredValidatables = new LinkedHashSet<>();
    /** Every {@code @Embeddable} type seen in this compilation, by qualified name, for diagnostics on its fields. */
    private final Map<String, TypeElement> embeddables = new TreeMap<>();
    /** The embeddable types whose validator this compilation has written; several entities may embed one type. */
    private final Set<String> embeddableValidators = new LinkedHashSet<>();
    /** Every {@code @Finders} interface seen in this compilation, by qualified name. */
    private final Map<String, TypeElement> finders = new TreeMap<>();
    /** {@code @Finders} interfaces whose entity or method types are not complete yet in this round. */
    private final Set<String> deferredFinders = new LinkedHashSet<>();
    /** The valid models of this compilation, for the migration written when processing is over. */
    private final List<EntityModel> models = new ArrayList<>();
    private final Set<String> userTypes = new LinkedHashSet<>();
    /** Every {@code @Endpoints} interface and hand-written class it checks, by qualified name, for diagnostics. */
    private final Map<String, TypeElement> endpointTypes = new TreeMap<>();
    /** {@code @Endpoints} interfaces that name a type generated in a later round. */
    private final Set<String> deferredEndpoints = new LinkedHashSet<>();
    /** The valid endpoint models of this compilation, for the OpenAPI document. */
    private final List<EndpointsModel> endpointModels = new ArrayList<>();
    private boolean anyError;
    private boolean invalidOptionReported;

    public StratumProcessor() {
        this(List.of(
                new RequestWriter(RequestWriter.Kind.CREATE),
                new RequestWriter(RequestWriter.Kind.UPDATE),
                new ResponseWriter(),
                new ListQueryWriter(),
                new SummaryWriter(),
                new ValidatorWriter(),
                new RepositoryWriter(),
                new HooksWriter(),
                new ServiceWriter(),
                new SpringMvcControllerWriter(),
                new SpringConfigurationWriter()));
    }

    /** A processor with other writers, for tests. */
    StratumProcessor(List<EntityWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ENTITY, EXPOSE, VALIDATABLE, FINDERS, ENDPOINTS);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(MIGRATIONS_OPTION, OPENAPI_TITLE_OPTION, OPENAPI_VERSION_OPTION, LayeringScanner.OPTION,
                PAGE_SIZE_CEILING_OPTION, FrameworkOptions.IDEMPOTENCY_OPTION,
                FrameworkOptions.RATE_LIMIT_STORE_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        var printer = new DiagnosticPrinter(processingEnv.getMessager());
        var report = new Report();
        if (round.processingOver()) {
            reportStillDeferred(report);
            guard(null, report, () -> checkHooksLayering(report));
            Set<FrameworkTables> features = FrameworkOptions.read(processingEnv.getOptions(), report,
                    entities.isEmpty() ? null : entities.keySet().iterator().next());
            if (!anyError && !report.hasErrors()) {
                guard(null, report, () -> new MigrationStep(processingEnv, report).run(models, entities, features));
                guard(null, report, () -> writeOpenApi(features.contains(FrameworkTables.IDEMPOTENCY)));
                guard(null, report, this::writeAuthorizationMatrix);
            }
        } else {
            round.getRootElements().forEach(root -> userTypes.add(root.toString()));
            collectEmbeddables(round);
            processRound(round, report);
            processValidatables(round, report);
            processFinders(round, report);
            processEndpoints(round, report);
        }
        var annotated = new HashMap<String, TypeElement>();
        userClasses().forEach(type -> annotated.put(type.getQualifiedName().toString(), type));
        annotated.putAll(endpointTypes);
        annotated.putAll(embeddables);
        annotated.putAll(validatables);
        annotated.putAll(finders);
        annotated.putAll(entities);
        printer.print(report.diagnostics(), annotated);
        anyError |= report.hasErrors();
        return false;
    }

    private void processRound(RoundEnvironment round, Report report) {
        List<TypeElement> candidates = new ArrayList<>();
        for (Element element : round.getElementsAnnotatedWith(processingEnv.getElementUtils().getTypeElement(ENTITY))) {
            if (element.getKind() == ElementKind.CLASS) {
                candidates.add((TypeElement) element);
            }
        }
        deferred.stream().map(processingEnv.getElementUtils()::getTypeElement).forEach(candidates::add);
        deferred.clear();
        List<EntityModel> scanned = new ArrayList<>();
        for (TypeElement entity : candidates) {
            String name = entity.getQualifiedName().toString();
            entities.put(name, entity);
            if (EntityScanner.awaitsGeneratedTypes(entity)) {
                deferred.add(name);
                continue;
            }
            guard(entity, report, () -> new EntityScanner(processingEnv, report).scan(entity).ifPresent(scanned::add));
        }
        var all = new ArrayList<>(models);
        all.addAll(scanned);
        scanned.replaceAll(model -> model.withReferrers(referrersOf(model, all)));
        new ModelRules(report, pageSizeCeiling(report, candidates)).check(all);
        IdentifierRules.check(scanned, MigrationStep.DIALECTS).forEach(problem ->
                report.error(Code.INVALID_NAME, problem.location(), problem.message()));
        for (EntityModel model : scanned) {
            TypeElement entity = entities.get(model.qualifiedName());
            boolean embeddedValid = model.embedded().stream().noneMatch(e -> report.hasErrorsFor(e.qualifiedName()));
            if (!report.hasErrorsFor(model.qualifiedName()) && embeddedValid && noClash(model, report)) {
                guard(entity, report, () -> generate(model, entity));
                models.add(model);
            }
        }
    }

    /**
     * The page-size ceiling the project set, or the default; a value that is not a whole number between 1 and
     * {@value ModelRules#MAX_PAGE_SIZE_CEILING} is an error, reported once, on the first entity of the round.
     */
    private int pageSizeCeiling(Report report, List<TypeElement> candidates) {
        String option = processingEnv.getOptions().get(PAGE_SIZE_CEILING_OPTION);
        if (option == null || option.isBlank()) {
            return ModelRules.PAGE_SIZE_CEILING;
        }
        try {
            int ceiling = Integer.parseInt(option.strip());
            if (ceiling >= 1 && ceiling <= ModelRules.MAX_PAGE_SIZE_CEILING) {
                return ceiling;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!invalidOptionReported && !candidates.isEmpty()) {
            invalidOptionReported = true;
            report.error(Code.INVALID_OPTION, Location.entity(candidates.get(0).getQualifiedName().toString()),
                    "-A" + PAGE_SIZE_CEILING_OPTION + "=" + option + " is not a whole number between 1 and "
                            + ModelRules.MAX_PAGE_SIZE_CEILING + "; fix the option or remove it for the default "
                            + ModelRules.PAGE_SIZE_CEILING);
        }
        return ModelRules.PAGE_SIZE_CEILING;
    }

    /**
     * The relations of the compilation's entities that reference {@code target}, so its repository can name the one
     * that blocks a delete. An entity compiled in an earlier round or build is not seen; the delete is then still
     * refused, with a problem that names no relation.
     */
    private static List<Referrer> referrersOf(EntityModel target, List<EntityModel> all) {
        var referrers = new ArrayList<Referrer>();
        for (EntityModel entity : all) {
            for (PropertyModel field : entity.references()) {
                if (field.reference().orElseThrow().targetEntity().equals(target.qualifiedName())) {
                    referrers.add(new Referrer(entity.simpleName(), entity.table(), field.column().name(),
                            field.name()));
                }
            }
        }
        return referrers;
    }

    private void processValidatables(RoundEnvironment round, Report report) {
        List<TypeElement> candidates = new ArrayList<>();
        round.getElementsAnnotatedWith(processingEnv.getElementUtils().getTypeElement(VALIDATABLE))
                .forEach(element -> candidates.add((TypeElement) element));
        deferredValidatables.stream().map(processingEnv.getElementUtils()::getTypeElement).forEach(candidates::add);
        deferredValidatables.clear();
        for (TypeElement type : candidates) {
            String name = type.getQualifiedName().toString();
            validatables.put(name, type);
            if (ValidatableScanner.awaitsGeneratedTypes(type)) {
                deferredValidatables.add(name);
                continue;
            }
            guard(type, report, () -> new ValidatableScanner(processingEnv, report).scan(type).ifPresent(model -> {
                new ValidatableRules(report).check(model);
                if (!report.hasErrorsFor(name) && noClash(model, report)) {
                    write(new TypeValidatorWriter().write(model), type);
                }
            }));
        }
    }

    private void processFinders(RoundEnvironment round, Report report) {
        List<TypeElement> candidates = new ArrayList<>();
        round.getElementsAnnotatedWith(processingEnv.getElementUtils().getTypeElement(FINDERS))
                .forEach(element -> candidates.add((TypeElement) element));
        deferredFinders.stream().map(processingEnv.getElementUtils()::getTypeElement).forEach(candidates::add);
        deferredFinders.clear();
        for (TypeElement type : candidates) {
            String name = type.getQualifiedName().toString();
            finders.put(name, type);
            boolean entityDeferred = FinderScanner.entityOf(type)
                    .filter(entity -> deferred.contains(entity.getQualifiedName().toString())).isPresent();
            if (entityDeferred || FinderScanner.awaitsGeneratedTypes(type)) {
                deferredFinders.add(name);
                continue;
            }
            guard(type, report, () -> new FinderScanner(processingEnv, report).scan(type)
                    .flatMap(declaration -> checkFinders(declaration, report))
                    .filter(checked -> !report.hasErrorsFor(name) && noClash(checked, report))
                    .ifPresent(checked -> {
                        // The entity is an origin too, so a build tool regenerates the finders when it changes.
                        TypeElement entity = processingEnv.getElementUtils().getTypeElement(checked.entity()
                                .qualifiedName());
                        write(new FinderRepositoryWriter().write(checked), type, entity);
                        write(new SpringConfigurationWriter().write(checked), type, entity);
                    }));
        }
    }

    /**
     * Checks the finders against their entity's model. Finders of an entity with errors are not checked: its errors are
     * reported, and its model is incomplete. An entity compiled earlier (a partial compile, another module) is read
     * from its class file; its own diagnostics belong to the build that compiles it.
     */
    private Optional<FinderModel> checkFinders(FinderDeclaration declaration, Report report) {
        Optional<EntityModel> entity = models.stream()
                .filter(model -> model.qualifiedName().equals(declaration.entity()))
                .findFirst();
        if (entity.isEmpty() && !entities.containsKey(declaration.entity())) {
            TypeElement compiled = processingEnv.getElementUtils().getTypeElement(declaration.entity());
            entity = new EntityScanner(processingEnv, new Report()).scan(compiled);
            if (entity.isEmpty()) {
                report.error(Code.INVALID_FINDER, Location.entity(declaration.qualifiedName()).annotation(FINDERS)
                        .attribute("value"), declaration.simpleName() + " queries " + declaration.entity()
                        + ", whose compiled class Stratum cannot read as an entity; compile it with its finders");
            }
        }
        return entity.flatMap(model -> new FinderRules(report).check(declaration, model));
    }

    private boolean noClash(FinderModel checked, Report report) {
        boolean clear = true;
        for (ClassName generated : List.of(FinderRepositoryWriter.implementation(checked),
                SpringConfigurationWriter.configuration(checked))) {
            if (userTypes.contains(generated.canonicalName())) {
                report.error(Code.NAME_CLASH, Location.entity(checked.qualifiedName()), "Stratum generates "
                        + generated.simpleName() + " for " + checked.simpleName() + ", but a class of that name already"
                        + " exists in " + generated.packageName() + "; rename or move your class");
                clear = false;
            }
        }
        return clear;
    }

    private void processEndpoints(RoundEnvironment round, Report report) {
        List<TypeElement> candidates = new ArrayList<>();
        round.getElementsAnnotatedWith(processingEnv.getElementUtils().getTypeElement(ENDPOINTS))
                .forEach(element -> candidates.add((TypeElement) element));
        deferredEndpoints.stream().map(processingEnv.getElementUtils()::getTypeElement).forEach(candidates::add);
        deferredEndpoints.clear();
        List<EndpointsModel> scanned = new ArrayList<>();
        for (TypeElement type : candidates) {
            String name = type.getQualifiedName().toString();
            endpointTypes.put(name, type);
            if (EndpointScanner.awaitsGeneratedTypes(type) || implementationAwaitsGeneratedTypes(type)) {
                deferredEndpoints.add(name);
                continue;
            }
            guard(type, report, () -> new EndpointScanner(processingEnv, report)
                    .scan(type, userClasses(), entityRequests())
                    .ifPresent(model -> {
                        TypeElement implementation = processingEnv.getElementUtils()
                                .getTypeElement(model.implementation());
                        endpointTypes.put(model.implementation(), implementation);
                        layering(report).check(implementation, "endpoint implementation", repositories(),
                                ownRepositories(type));
                        scanned.add(model);
                    }));
        }
        new EndpointRules(report).check(endpointModels, scanned, models);
        for (EndpointsModel model : scanned) {
            TypeElement type = endpointTypes.get(model.qualifiedName());
            if (!report.hasErrorsFor(model.qualifiedName()) && noClash(model, report)) {
                guard(type, report, () -> {
                    write(new EndpointControllerWriter().write(model), type);
                    write(new EndpointConfigurationWriter().write(model), type);
                });
                endpointModels.add(model);
            }
        }
    }

    /** Whether a class implementing the interface holds a type generated later, which the layering check must see. */
    private boolean implementationAwaitsGeneratedTypes(TypeElement endpoints) {
        return userClasses().stream()
                .filter(type -> processingEnv.getTypeUtils().isAssignable(type.asType(), endpoints.asType()))
                .anyMatch(LayeringScanner::awaitsGeneratedTypes);
    }

    /** The top-level classes written by the user, where implementations of endpoints and hooks are looked for. */
    private List<TypeElement> userClasses() {
        return userTypes.stream()
                .map(processingEnv.getElementUtils()::getTypeElement)
                .filter(type -> type != null && type.getKind() == ElementKind.CLASS)
                .toList();
    }

    /** Hooks classes are hand-written services: they may use their own entity's repository only, and no JDBC. */
    private void checkHooksLayering(Report report) {
        LayeringScanner layering = layering(report);
        for (EntityModel model : models) {
            TypeElement hooks = processingEnv.getElementUtils().getTypeElement(TypeNames.hooks(model).canonicalName());
            if (hooks == null) {
                continue;
            }
            for (TypeElement type : userClasses()) {
                if (processingEnv.getTypeUtils().isAssignable(type.asType(), hooks.asType())) {
                    endpointTypes.put(type.getQualifiedName().toString(), type);
                    layering.check(type, "implementation of " + hooks.getSimpleName(), repositories(),
                            Set.of(TypeNames.repository(model).canonicalName()));
                }
            }
        }
    }

    /** The entities' generated request records, which their entity's validator checks when they are a body. */
    private Set<String> entityRequests() {
        Set<String> names = new LinkedHashSet<>();
        models.forEach(model -> {
            names.add(TypeNames.createRequest(model).canonicalName());
            names.add(TypeNames.updateRequest(model).canonicalName());
        });
        return names;
    }

    private LayeringScanner layering(Report report) {
        return new LayeringScanner(report, LayeringScanner.severity(processingEnv.getOptions().get(LayeringScanner.OPTION)));
    }

    private Set<String> repositories() {
        Set<String> names = new LinkedHashSet<>();
        models.forEach(model -> names.add(TypeNames.repository(model).canonicalName()));
        return names;
    }

    /** The entity named by {@code @Endpoints(entity = ...)}, or else every entity in the interface's package. */
    private Set<String> ownRepositories(TypeElement endpoints) {
        String packageName = processingEnv.getElementUtils().getPackageOf(endpoints).getQualifiedName().toString();
        Optional<String> declared = EndpointScanner.declaredEntity(endpoints);
        Set<String> own = new LinkedHashSet<>();
        for (EntityModel model : models) {
            boolean owned = declared.map(model.qualifiedName()::equals)
                    .orElse(model.packageName().equals(packageName));
            if (owned) {
                own.add(TypeNames.repository(model).canonicalName());
            }
        }
        return own;
    }

    private boolean noClash(EndpointsModel model, Report report) {
        boolean clear = true;
        for (ClassName generated : List.of(EndpointControllerWriter.controllerName(model),
                EndpointConfigurationWriter.configurationName(model))) {
            if (userTypes.contains(generated.canonicalName())) {
                report.error(Code.NAME_CLASH, Location.entity(model.qualifiedName()), "Stratum generates "
                        + generated.simpleName() + " for " + model.simpleName() + ", but a class of that name already"
                        + " exists in " + model.packageName() + "; rename or move your class");
                clear = false;
            }
        }
        return clear;
    }

    /** A {@code @Validatable} entity would get two validators of one name: the entity's already checks requests. */
    private boolean noClash(ValidatableModel model, Report report) {
        ClassName generated = TypeValidatorWriter.validatorName(model);
        boolean entity = entities.containsKey(model.qualifiedName());
        if (entity || userTypes.contains(generated.canonicalName())) {
            report.error(Code.NAME_CLASH, Location.entity(model.qualifiedName()), "Stratum generates "
                    + generated.simpleName() + " for " + model.simpleName() + ", but " + (entity
                            ? model.simpleName() + " is an @Entity, whose requests are validated already; remove"
                                    + " @Validatable"
                            : "a class of that name already exists in " + model.packageName() + "; rename or move"
                                    + " your class"));
            return false;
        }
        return true;
    }

    private boolean noClash(EntityModel model, Report report) {
        boolean clear = true;
        for (ClassName generated : TypeNames.all(model)) {
            if (userTypes.contains(generated.canonicalName())) {
                report.error(Code.NAME_CLASH, Location.entity(model.qualifiedName()), "Stratum generates "
                        + generated.simpleName() + " for " + model.simpleName() + ", but a class of that name already"
                        + " exists in " + model.packageName() + "; rename or move your class");
                clear = false;
            }
        }
        return clear;
    }

    private void generate(EntityModel model, TypeElement entity) {
        for (EntityWriter writer : writers) {
            if (writer.appliesTo(model)) {
                write(writer.write(model), entity);
            }
        }
        for (EmbeddedModel embedded : model.embedded()) {
            if (embedded.validated() && embeddableValidators.add(embedded.qualifiedName())) {
                TypeElement type = processingEnv.getElementUtils().getTypeElement(embedded.qualifiedName());
                write(new TypeValidatorWriter().write(embedded.validation()), entity, type);
            }
        }
    }

    private void collectEmbeddables(RoundEnvironment round) {
        TypeElement embeddable = processingEnv.getElementUtils().getTypeElement("jakarta.persistence.Embeddable");
        if (embeddable != null) {
            round.getElementsAnnotatedWith(embeddable).forEach(element ->
                    embeddables.put(((TypeElement) element).getQualifiedName().toString(), (TypeElement) element));
        }
    }

    private void write(JavaFile file, TypeElement... origins) {
        String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
        try {
            JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origins);
            try (Writer out = source.openWriter()) {
                file.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenAPI document covers every entity of the compilation, so it is written once, when all are known. */
    private void writeOpenApi(boolean idempotentPosts) {
        if (!OpenApiWriter.appliesTo(models) && endpointModels.isEmpty()) {
            return;
        }
        try {
            FileObject document = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    OpenApiWriter.RESOURCE, originsOf(models));
            try (Writer out = document.openWriter()) {
                out.write(openApiWriter(idempotentPosts).write(models, endpointModels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The authorization matrix lists every route of the compilation, so it is written once, like the document. */
    private void writeAuthorizationMatrix() {
        if (!OpenApiWriter.appliesTo(models) && endpointModels.isEmpty()) {
            return;
        }
        try {
            FileObject matrix = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    AuthorizationMatrixWriter.RESOURCE, originsOf(models));
            try (Writer out = matrix.openWriter()) {
                out.write(new AuthorizationMatrixWriter().write(models, endpointModels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OpenApiWriter openApiWriter(boolean idempotentPosts) {
        Map<String, String> options = processingEnv.getOptions();
        return new OpenApiWriter(option(options, OPENAPI_TITLE_OPTION, OpenApiWriter.DEFAULT_TITLE),
                option(options, OPENAPI_VERSION_OPTION, OpenApiWriter.DEFAULT_VERSION), idempotentPosts);
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private Element[] originsOf(List<EntityModel> documented) {
        return documented.stream().map(model -> entities.get(model.qualifiedName())).toArray(Element[]::new);
    }

    private void reportStillDeferred(Report report) {
        for (String name : deferred) {
            TypeElement entity = processingEnv.getElementUtils().getTypeElement(name);
            guard(entity, report, () -> new EntityScanner(processingEnv, report).scan(entity));
        }
        deferred.clear();
        for (String name : deferredValidatables) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            guard(type, report, () -> new ValidatableScanner(processingEnv, report).scan(type));
        }
        deferredValidatables.clear();
        for (String name : deferredEndpoints) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            guard(type, report, () -> new EndpointScanner(processingEnv, report)
                    .scan(type, userClasses(), entityRequests()));
        }
        deferredEndpoints.clear();
    }

    /** Never crash javac: an unexpected failure becomes one diagnostic on the element being processed. */
    private void guard(TypeElement entity, Report report, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            String qualifiedName = Optional.ofNullable(entity).map(e -> e.getQualifiedName().toString()).orElse(null);
            report.error(Code.INTERNAL_ERROR, Location.entity(qualifiedName), "internal error while processing "
                    + (qualifiedName == null ? "the migrations or the OpenAPI document" : qualifiedName) + ": " + failure
                    + "; please report it with this message and the sources involved");
        }
    }
}
