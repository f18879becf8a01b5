package example.lab;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** Every value type added after the first release, a large text, a declared index and a composite unique. */
@Entity
@Table(name = "measurements",
        indexes = @Index(columnList = "seen_at DESC, code"),
        uniqueConstraints = @UniqueConstraint(columnNames = {"label", "code"}))
@Expose(path = "/api/measurements", sortable = {"shelf", "serial"}, filterable = {"shelf", "serial"})
@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)
@Allow(value = {Operation.CREATE, Operation.UPDATE, Operation.DELETE}, roles = "LAB")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String label;

    @Min(1)
    @Max(999)
    private short code;

    @PositiveOrZero
    private Float ratio;

    @Positive
    @DecimalMax("500.5")
    private double weightKg;

    private LocalTime opensAt;

    @Past
    private LocalDateTime seenAt;

    @FutureOrPresent
    private OffsetDateTime bookedAt;

    @Lob
    private String notes;

    @Min(0)
    @Max(9)
    private byte shelf;

    @Digits(integer = 25, fraction = 0)
    private BigInteger serial;

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

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public short getCode() {
        return code;
    }

    public void setCode(short code) {
        this.code = code;
    }

    public Float getRatio() {
        return ratio;
    }

    public void setRatio(Float ratio) {
        this.ratio = ratio;
    }

    public double getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(double weightKg) {
        this.weightKg = weightKg;
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getSeenAt() {
        return seenAt;
    }

    public void setSeenAt(LocalDateTime seenAt) {
        this.seenAt = seenAt;
    }

    public OffsetDateTime getBookedAt() {
        return bookedAt;
    }

    public void setBookedAt(OffsetDateTime bookedAt) {
        this.bookedAt = bookedAt;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public byte getShelf() {
        return shelf;
    }

    public void setShelf(byte shelf) {
        this.shelf = shelf;
    }

    public BigInteger getSerial() {
        return serial;
    }

    public void setSerial(BigInteger serial) {
        this.serial = serial;
    }
}
