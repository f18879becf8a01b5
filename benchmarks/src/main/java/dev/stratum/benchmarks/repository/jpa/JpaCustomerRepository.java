package dev.stratum.benchmarks.repository.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/** Gives the benchmark references to existing customers for inserts. */
public interface JpaCustomerRepository extends JpaRepository<JpaCustomer, Long> {
}
