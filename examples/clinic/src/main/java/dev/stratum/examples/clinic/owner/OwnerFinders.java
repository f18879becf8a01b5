package dev.stratum.examples.clinic.owner;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Owner lookups for the clinic's own code, checked against {@link Owner} at compile time. The owners they return carry
 * their expanded pets, read for the whole result in one more statement.
 */
@Finders(Owner.class)
public interface OwnerFinders {

    Optional<Owner> findByEmailIgnoreCase(String email);

    List<Owner> findByRegisteredAtGreaterThanEqualOrderByRegisteredAtAsc(Instant since);

    List<Owner> findByRegisteredAtInOrderByLastNameAsc(Collection<Instant> instants);

    List<Owner> findByLastNameNotIgnoreCaseOrderByLastNameAsc(String lastName);

    Page<Owner> findByFirstNameOrderByLastNameAsc(String firstName, PageRequest page);

    long countByConsentGivenTrue();

    long countByConsentGivenFalse();
}
