package dev.stratum.runtime.validation;

import dev.stratum.annotations.Create;
import dev.stratum.annotations.Update;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.Objects;

/**
 * The validation groups a generated validator checks. A constraint is checked when one of its groups is requested or
 * is a supertype of a requested group (requesting {@code Strict extends Default} checks the default constraints too),
 * as Jakarta Validation specifies; a constraint without {@code groups} belongs to {@link Default}. Group sequences and
 * group conversion are not supported.
 */
public final class Groups {

    /** The default group: what {@code validate(target)} checks. */
    public static final Groups DEFAULT = new Groups(Default.class);
    /** What a generated create path checks: the default group and {@link Create}. */
    public static final Groups CREATE = new Groups(Default.class, Create.class);
    /** What a generated update path checks: the default group and {@link Update}. */
    public static final Groups UPDATE = new Groups(Default.class, Update.class);

    private final Class<?>[] requested;
    private final boolean byDefault;

    private Groups(Class<?>... requested) {
        this.requested = requested.clone();
        this.byDefault = includes(Default.class);
    }

    /** The given groups; none means the default group. */
    public static Groups of(Class<?>... groups) {
        if (groups.length == 0) {
            return DEFAULT;
        }
        for (Class<?> group : groups) {
            Objects.requireNonNull(group, "group");
            if (!group.isInterface()) {
                throw new IllegalArgumentException(group.getName() + " is no validation group: groups are interfaces");
            }
        }
        return new Groups(groups);
    }

    /** Whether constraints of the default group are checked. */
    public boolean byDefault() {
        return byDefault;
    }

    /** Whether constraints of {@code group} are checked: it or one of its subtypes was requested. */
    public boolean includes(Class<?> group) {
        for (Class<?> candidate : requested) {
            if (group.isAssignableFrom(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Groups" + Arrays.stream(requested).map(Class::getSimpleName).toList();
    }
}
