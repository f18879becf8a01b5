package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A model compiled in memory with the processor, its classes written and loaded with the test's class loader as
 * parent (so the runtime types the test passes in are the ones the generated code sees), and its types called by
 * name: the test cannot name them in its own source. Members are chosen by name and parameter count.
 */
final class LoadedModel implements AutoCloseable {

    private final URLClassLoader loader;
    private final String packageName;

    private LoadedModel(URLClassLoader loader, String packageName) {
        this.loader = loader;
        this.packageName = packageName;
    }

    /** Compiles the sources under {@code input}; migrations go to {@code migrations}, classes to {@code classes}. */
    static LoadedModel compile(Path input, String packageName, Path migrations, Path classes) throws IOException {
        Compilation compilation = GoldenProcessorTest.compile(input, migrations);
        assertThat(compilation).succeededWithoutWarnings();
        CompiledClasses.write(compilation, classes);
        var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LoadedModel.class.getClassLoader());
        return new LoadedModel(loader, packageName);
    }

    /** A new instance of the model's type {@code simpleName}, through its public constructor of that many arguments. */
    Object create(String simpleName, Object... arguments) {
        var constructor = only(type(simpleName).getConstructors(), candidate -> true, arguments.length, simpleName);
        return invoke(() -> constructor.newInstance(arguments));
    }

    /** An entity built with its no-argument constructor, then {@code property, value} pairs set through its setters. */
    Object entity(String simpleName, Object... propertiesAndValues) {
        Object entity = create(simpleName);
        for (int at = 0; at < propertiesAndValues.length; at += 2) {
            set(entity, (String) propertiesAndValues[at], propertiesAndValues[at + 1]);
        }
        return entity;
    }

    /** Calls the public static method {@code name} of the model's type {@code simpleName}. */
    Object callStatic(String simpleName, String name, Object... arguments) {
        Method method = method(type(simpleName), name, arguments.length);
        return invoke(() -> method.invoke(null, arguments));
    }

    /** Calls the public method {@code name} of {@code target}. */
    static Object call(Object target, String name, Object... arguments) {
        Method method = method(target.getClass(), name, arguments.length);
        return invoke(() -> method.invoke(target, arguments));
    }

    /** The value of a bean property, through its getter; null for a null bean. */
    static Object get(Object bean, String property) {
        return bean == null ? null : call(bean, "get" + capitalized(property));
    }

    static void set(Object bean, String property, Object value) {
        call(bean, "set" + capitalized(property), value);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private Class<?> type(String simpleName) {
        try {
            return loader.loadClass(packageName + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the processor generated no " + simpleName, e);
        }
    }

    private static Method method(Class<?> type, String name, int parameters) {
        return only(type.getMethods(), method -> method.getName().equals(name), parameters,
                type.getSimpleName() + "." + name);
    }

    private static <E extends Executable> E only(E[] candidates, Predicate<E> named, int parameters, String what) {
        var matching = Arrays.stream(candidates)
                .filter(named.and(candidate -> candidate.getParameterCount() == parameters))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError(matching.size() + " public members " + what + " take " + parameters
                    + " arguments");
        }
        return matching.get(0);
    }

    private static String capitalized(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    /** Runs a reflective call, rethrowing what the generated code threw rather than its wrapper. */
    private static Object invoke(ReflectiveCall call) {
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ReflectiveCall {
        Object run() throws ReflectiveOperationException;
    }
}
