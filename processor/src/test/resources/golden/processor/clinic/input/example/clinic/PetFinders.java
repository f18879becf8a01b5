package example.clinic;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every operator and return type of the finder grammar. */
@Finders(Pet.class)
public interface PetFinders {

    Optional<Pet> findByMicrochip(String microchip);

    List<Pet> findByNameIgnoreCase(String name);

    List<Pet> findBySpeciesNot(Species species);

    List<Pet> findByVaccinationsLessThanAndVaccinationsGreaterThanEqual(int below, Integer atLeast);

    List<Pet> findByWeightKgLessThanEqualOrWeightKgGreaterThan(BigDecimal light, BigDecimal heavy);

    List<Pet> findByBirthDateBetweenOrderByBirthDateAscNameDesc(LocalDate from, LocalDate to);

    List<Pet> findBySpeciesIn(Collection<Species> species);

    List<Pet> findByIdIn(Set<? extends UUID> ids);

    List<Pet> findByRegisteredAtIn(List<Instant> instants);

    List<Pet> findByNextCheckupIsNullOrBirthDateIsNotNullAndNeuteredTrue();

    List<Pet> findByDeceasedFalseOrderByName();

    List<Pet> findByNameStartsWithIgnoreCase(String prefix);

    List<Pet> findByNameEndsWith(String suffix);

    List<Pet> findByNameContainingAndSpecies(String part, Species species);

    List<Pet> findByOrderByNameDesc();

    Page<Pet> findBySpecies(Species species, PageRequest page);

    Page<Pet> findBySpeciesOrderByNameAsc(Species species, PageRequest page);

    boolean existsByNameIgnoreCase(String name);

    long countBySpecies(Species species);

    long deleteByNameNotIgnoreCaseAndDeceased(String name, boolean deceased);

    /** Hand-written helpers beside the finders stay as they are. */
    default List<Pet> cats() {
        return findBySpeciesIn(List.of(Species.CAT));
    }
}
