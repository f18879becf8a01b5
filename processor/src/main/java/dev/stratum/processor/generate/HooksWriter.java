package dev.stratum.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetHooks}: the extension point for hand-written business rules. Users implement it in their own
 * class, which regeneration never touches; every method runs inside the operation's transaction.
 */
public final class HooksWriter implements EntityWriter {

    @Override
    public JavaFile write(EntityModel entity) {
        TypeSpec.Builder hooks = TypeSpec.interfaceBuilder(TypeNames.hooks(entity))
                .addModifiers(Modifier.PUBLIC)
                .addMethod(hook(entity, "beforeCreate",
                        "after the request's fields are copied and before the insert: set server-owned fields here"))
                .addMethod(hook(entity, "beforeUpdate", "after the request's fields are copied and before the update"))
                .addMethod(hook(entity, "beforeDelete", "before the row is deleted; throw to refuse the deletion"));
        Sources.mark(hooks, entity, "Business rules for " + entity.simpleName()
                + ": implement this interface in a bean of your own; each method runs in the operation's transaction.");
        return Sources.file(entity, hooks.build());
    }

    private static MethodSpec hook(EntityModel entity, String name, String when) {
        String parameter = Naming.decapitalize(entity.simpleName());
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Called $L.\n", when)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addParameter(TypeNames.entity(entity), parameter)
                .build();
    }
}
