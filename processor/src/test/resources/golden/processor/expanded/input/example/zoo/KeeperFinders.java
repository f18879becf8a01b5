package example.zoo;

import dev.stratum.annotations.Finders;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Finders of an entity with an expanded one-to-many list: the rows' animals are read for the whole result at once. */
@Finders(Keeper.class)
public interface KeeperFinders {

    Optional<Keeper> findByPhone(String phone);

    List<Keeper> findByNameStartsWithOrderByNameAsc(String prefix);

    Page<Keeper> findByPhoneIsNotNull(PageRequest page);

    long countByPhoneIsNull();
}
