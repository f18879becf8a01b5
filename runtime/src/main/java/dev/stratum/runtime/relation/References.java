package dev.stratum.runtime.relation;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How generated code stores a {@code @ManyToOne}: as the referenced entity's id. Reading a row sets a reference that
 * holds only the id ({@code Owner} with {@code id} set, nothing else loaded); writing reads the id back. Method
 * references, no reflection.
 */
public final class References {

    private References() {
    }

    /**
     * A new {@code E} holding only {@code id}, or null when {@code id} is null: e.g.
     * {@code References.to(ownerId, Owner::new, Owner::setId)}.
     */
    public static <E, I> E to(I id, Supplier<E> create, BiConsumer<E, I> setId) {
        if (id == null) {
            return null;
        }
        E reference = create.get();
        setId.accept(reference, id);
        return reference;
    }

    /** The id of {@code reference}, or null when there is no reference: e.g. {@code idOf(pet.getOwner(), Owner::getId)}. */
    public static <E, I> I idOf(E reference, Function<E, I> id) {
        return reference == null ? null : id.apply(reference);
    }
}
