package dev.stratum.annotations;

/**
 * The validation group of constraints that apply only when a resource is created: name it in a constraint's
 * {@code groups} ({@code @NotNull(groups = Create.class)}). Generated create paths validate the default group and this
 * one; a generated validator's {@code validate(target, Groups.of(Create.class))} validates only this one.
 */
public interface Create {
}
