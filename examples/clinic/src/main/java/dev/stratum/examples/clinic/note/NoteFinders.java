package dev.stratum.examples.clinic.note;

import dev.stratum.annotations.Finders;
import java.util.List;

/** Finders of notes: scoped like the notes themselves, so each caller finds, counts and deletes only their own. */
@Finders(Note.class)
public interface NoteFinders {

    List<Note> findByTextOrderByIdAsc(String text);

    boolean existsByText(String text);

    long countByText(String text);

    long deleteByText(String text);
}
