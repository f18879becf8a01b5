package example.notes;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Finders of an owner-scoped entity: each sees only the caller's notes, or every note for ADMIN. */
@Finders(Note.class)
public interface NoteFinders {

    List<Note> findByTextContainingOrUpdatedByOrderByIdAsc(String text, String updatedBy);

    Page<Note> findByTextStartsWith(String prefix, PageRequest page);

    Optional<Note> findByText(String text);

    long countByUpdatedBy(String updatedBy);

    long deleteByText(String text);
}
