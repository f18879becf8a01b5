package example.zoo;

import dev.stratum.annotations.Finders;
import java.util.List;

/** A finder of the cages, scoped without a bypass role. */
@Finders(Cage.class)
public interface CageFinders {

    List<Cage> findByNameOrderByIdDesc(String name);
}
