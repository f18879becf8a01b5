package example.clinic;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Sensitive;
import dev.stratum.annotations.ServerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient of the clinic: an application-assigned UUID key, public reads, vets write. */
@Entity
@Table(name = "pets")
@Expose(path = "/api/pets", maxPageSize = 50)
@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)
@Allow(value = {Operation.CREATE, Operation.UPDATE}, roles = "VET")
@Allow(value = Operation.DELETE, roles = {"ADMIN", "VET"})
public class Pet {

    @Id
    private UUID id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Species species;

    @Past
    private LocalDate birthDate;

    @FutureOrPresent
    private LocalDate nextCheckup;

    @DecimalMin(value = "0.0", inclusive = false)
    @DecimalMax("500.00")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal weightKg;

    @Min(0)
    @Max(30)
    private Integer vaccinations;

    private boolean neutered;

    @AssertFalse
    private Boolean deceased;

    @Column(unique = true, length = 15)
    @Pattern(regexp = "[0-9]{15}", message = "must be 15 digits")
    private String microchip;

    @Sensitive
    @Size(max = 500)
    private String medicalNotes;

    @ServerOwned
    private Instant registeredAt;

    public Pet() {
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Species getSpecies() { return species; }
    public void setSpecies(Species species) { this.species = species; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public LocalDate getNextCheckup() { return nextCheckup; }
    public void setNextCheckup(LocalDate nextCheckup) { this.nextCheckup = nextCheckup; }
    public BigDecimal getWeightKg() { return weightKg; }
    public void setWeightKg(BigDecimal weightKg) { this.weightKg = weightKg; }
    public Integer getVaccinations() { return vaccinations; }
    public void setVaccinations(Integer vaccinations) { this.vaccinations = vaccinations; }
    public boolean isNeutered() { return neutered; }
    public void setNeutered(boolean neutered) { this.neutered = neutered; }
    public Boolean getDeceased() { return deceased; }
    public void setDeceased(Boolean deceased) { this.deceased = deceased; }
    public String getMicrochip() { return microchip; }
    public void setMicrochip(String microchip) { this.microchip = microchip; }
    public String getMedicalNotes() { return medicalNotes; }
    public void setMedicalNotes(String medicalNotes) { this.medicalNotes = medicalNotes; }
    public Instant getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(Instant registeredAt) { this.registeredAt = registeredAt; }
}
