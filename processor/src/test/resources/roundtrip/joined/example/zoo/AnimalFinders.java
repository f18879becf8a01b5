package example.zoo;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finders whose every condition and ordering names a column that keepers has too. */
@Finders(Animal.class)
public interface AnimalFinders {

    List<Animal> findByNameOrderByIdDesc(String name);

    List<Animal> findByIdIn(Collection<Long> ids);

    Optional<Animal> findByNicknameIgnoreCase(String nickname);

    List<Animal> findByNameContainingIgnoreCaseOrderByNicknameDescIdAsc(String part);

    List<Animal> findByVersionGreaterThanOrderByNameAsc(long version);

    Page<Animal> findByNicknameIsNotNullOrderByNameDesc(PageRequest page);

    boolean existsByName(String name);

    long countByNicknameIsNull();

    long deleteByName(String name);
}
