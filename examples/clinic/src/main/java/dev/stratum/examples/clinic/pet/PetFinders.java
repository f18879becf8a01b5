package dev.stratum.examples.clinic.pet;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over pets that the clinic's own code needs. Stratum checks every name against {@link Pet} at compile time
 * and generates {@code JdbcPetFinders}; inject this interface wherever you need it.
 */
@Finders(Pet.class)
public interface PetFinders {

    Optional<Pet> findByMicrochip(String microchip);

    List<Pet> findByIdIn(Collection<UUID> ids);

    List<Pet> findByNameIgnoreCase(String name);

    List<Pet> findByNameStartsWithOrderByNameAsc(String prefix);

    List<Pet> findByNameEndsWithOrderByNameAsc(String suffix);

    List<Pet> findByNameContainingIgnoreCaseOrderByNameAsc(String part);

    List<Pet> findBySpeciesNotOrderByNameAsc(Species species);

    List<Pet> findBySpeciesInOrderByNameAsc(Collection<Species> species);

    List<Pet> findByBirthDateBetweenOrderByBirthDateDescNameAsc(LocalDate from, LocalDate to);

    List<Pet> findByCareLevelLessThanOrCareLevelGreaterThanEqualOrderByNameAsc(int below, int atLeast);

    List<Pet> findByWeightKgLessThanEqualAndNeuteredTrueOrderByNameAsc(BigDecimal maximum);

    List<Pet> findByWeightKgGreaterThanAndNeuteredFalseOrderByNameAsc(BigDecimal minimum);

    List<Pet> findByCareLevelIsNullOrderByNameAsc();

    List<Pet> findByMicrochipIsNotNullOrderByNameAsc();

    List<Pet> findByOwnerIdAndSpeciesOrNameOrderByNameAsc(Long ownerId, Species species, String name);

    Page<Pet> findBySpeciesOrderByNameAsc(Species species, PageRequest page);

    boolean existsByMicrochip(String microchip);

    long countBySpecies(Species species);

    long deleteByOwnerId(Long ownerId);
}
