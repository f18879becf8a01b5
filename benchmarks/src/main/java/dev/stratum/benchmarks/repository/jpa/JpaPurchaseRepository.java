package dev.stratum.benchmarks.repository.jpa;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The Spring Data JPA repository of the benchmark: derived CRUD plus reads that fetch each customer by a join. */
public interface JpaPurchaseRepository extends JpaRepository<JpaPurchase, Long> {

    /** A purchase with its customer loaded by a join in the same statement. */
    @EntityGraph(attributePaths = "customer")
    Optional<JpaPurchase> findWithCustomerById(Long id);

    /** A page of purchases with their customers loaded by a join in the same statement (no N+1). */
    @EntityGraph(attributePaths = "customer")
    @Query(value = "select p from JpaPurchase p", countQuery = "select count(p) from JpaPurchase p")
    Page<JpaPurchase> findPageWithCustomers(Pageable pageable);
}
