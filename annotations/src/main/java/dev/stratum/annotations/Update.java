package dev.stratum.annotations;

/**
 * The validation group of constraints that apply only when a resource is updated: name it in a constraint's
 * {@code groups} ({@code @NotNull(groups = Update.class)}). Generated update paths validate the default group and this
 * one; a generated validator's {@code validate(target, Groups.of(Update.class))} validates only this one.
 */
public interface Update {
}
