package dev.stratum.examples.clinic.visit;

import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expand;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.examples.clinic.pet.Pet;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A pet's visit to the clinic: medical history, so only vets record and read visits, and only admins remove them.
 * Visits are recorded as they happened and never edited.
 */
@Entity
@Table(name = "visits")
@Expose(path = "/api/visits", operations = {Operation.CREATE, Operation.READ, Operation.LIST, Operation.DELETE})
@Allow(value = {Operation.CREATE, Operation.READ, Operation.LIST}, roles = "VET")
@Allow(value = Operation.DELETE, roles = "ADMIN")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /**
     * The pet seen. Requests carry it as {@code petId}; responses also show the pet's summary,
     * {@code "pet": {"id": ..., "name": ..., "species": ...}}, joined in the same statement as the visit. Pets are
     * public, so showing them to vets shows no one more than the pets' own endpoints do.
     */
    @Expand
    @ManyToOne(optional = false)
    @JoinColumn(name = "pet_id")
    private Pet pet;

    @NotNull
    @PastOrPresent
    private Instant visitedAt;

    @NotBlank
    @Size(max = 200)
    private String reason;

    public Visit() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Pet getPet() {
        return pet;
    }

    public void setPet(Pet pet) {
        this.pet = pet;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(Instant visitedAt) {
        this.visitedAt = visitedAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
