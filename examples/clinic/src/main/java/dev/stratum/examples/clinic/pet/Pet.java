package dev.stratum.examples.clinic.pet;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.ConsentToDataLoss;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import dev.stratum.annotations.Summary;
import dev.stratum.examples.clinic.owner.Owner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A patient of the clinic; anyone may look pets up, vets register and edit them, admins remove them. */
@Entity
@Table(name = "pets")
// The checks V3 adds hold for every row the API can have written, as the same constraints validate requests.
@ConsentToDataLoss({
        "add check ck_pets_name",
        "add check ck_pets_species",
        "add check ck_pets_weight_kg",
        "add check ck_pets_care_level"})
@Expose(path = "/api/pets", maxPageSize = 50, paging = Paging.OFFSET,
        sortable = {"name", "birthDate", "weightKg"}, filterable = {"species", "ownerId", "neutered"})
@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)
@Allow(value = {Operation.CREATE, Operation.UPDATE}, roles = "VET")
@Allow(value = Operation.DELETE, roles = "ADMIN")
public class Pet {

    /** Assigned by the application (a random UUID) before the insert, so ids reveal nothing about volume. */
    @Id
    private UUID id;

    @Version
    private long version;

    @Summary
    @NotBlank
    @Size(max = 40)
    private String name;

    @Summary
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Species species;

    @NotNull
    @Past
    private LocalDate birthDate;

    @DecimalMin(value = "0.0", inclusive = false)
    @Digits(integer = 3, fraction = 2)
    @Column(precision = 5, scale = 2)
    private BigDecimal weightKg;

    private boolean neutered;

    /** An ISO 11784 transponder code: 15 digits. */
    @Pattern(regexp = "[0-9]{15}")
    @Size(max = 15)
    @Column(unique = true)
    private String microchip;

    /** How much attention the pet needs during a visit, from 1 (calm) to 5 (needs two people). */
    @Min(1)
    @Max(5)
    private Integer careLevel;

    /** When the pet was last examined, in the clinic's local time; never in the future. */
    @PastOrPresent
    private LocalDateTime lastCheckupAt;

    /**
     * Who owns the pet, if anyone is recorded. Requests and responses carry it as {@code ownerId} only: pets are public
     * and owners are not, so a pet's responses cannot show the owner's summary ({@code @Expand} here would not compile).
     * An owner who still has pets cannot be deleted.
     */
    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Owner owner;

    public Pet() {
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Species getSpecies() {
        return species;
    }

    public void setSpecies(Species species) {
        this.species = species;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public boolean isNeutered() {
        return neutered;
    }

    public void setNeutered(boolean neutered) {
        this.neutered = neutered;
    }

    public String getMicrochip() {
        return microchip;
    }

    public void setMicrochip(String microchip) {
        this.microchip = microchip;
    }

    public Integer getCareLevel() {
        return careLevel;
    }

    public void setCareLevel(Integer careLevel) {
        this.careLevel = careLevel;
    }

    public LocalDateTime getLastCheckupAt() {
        return lastCheckupAt;
    }

    public void setLastCheckupAt(LocalDateTime lastCheckupAt) {
        this.lastCheckupAt = lastCheckupAt;
    }

    public Owner getOwner() {
        return owner;
    }

    public void setOwner(Owner owner) {
        this.owner = owner;
    }
}
