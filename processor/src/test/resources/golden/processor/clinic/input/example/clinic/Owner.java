package example.clinic;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Sensitive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A pet owner: a database identity key, only authenticated callers; every remaining constraint once. */
@Entity
@Table(name = "owners")
@Expose(path = "/api/owners", operations = {Operation.CREATE, Operation.READ, Operation.LIST}, readsPerMinute = 120)
@Allow(value = {Operation.CREATE, Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)
public class Owner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotEmpty
    @Size(min = 2, max = 80)
    private String fullName;

    @NotNull
    @Email
    @Column(name = "email_address", length = 120, unique = true, nullable = false)
    private String email;

    @Sensitive
    @Column(length = 20)
    private String taxNumber;

    @Positive
    private int petsAllowed;

    @PositiveOrZero
    private long loyaltyPoints;

    @Negative
    private Integer creditLimitCents;

    @NegativeOrZero
    private Long balanceCents;

    @Past
    private Instant firstVisit;

    @PastOrPresent
    private LocalDate lastVisit;

    @Future
    private Instant nextReminder;

    @AssertTrue
    private boolean consentGiven;

    @Column(precision = 9, scale = 2)
    private java.math.BigDecimal creditBalance;

    public Owner() {
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTaxNumber() { return taxNumber; }
    public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber; }
    public int getPetsAllowed() { return petsAllowed; }
    public void setPetsAllowed(int petsAllowed) { this.petsAllowed = petsAllowed; }
    public long getLoyaltyPoints() { return loyaltyPoints; }
    public void setLoyaltyPoints(long loyaltyPoints) { this.loyaltyPoints = loyaltyPoints; }
    public Integer getCreditLimitCents() { return creditLimitCents; }
    public void setCreditLimitCents(Integer creditLimitCents) { this.creditLimitCents = creditLimitCents; }
    public Long getBalanceCents() { return balanceCents; }
    public void setBalanceCents(Long balanceCents) { this.balanceCents = balanceCents; }
    public Instant getFirstVisit() { return firstVisit; }
    public void setFirstVisit(Instant firstVisit) { this.firstVisit = firstVisit; }
    public LocalDate getLastVisit() { return lastVisit; }
    public void setLastVisit(LocalDate lastVisit) { this.lastVisit = lastVisit; }
    public Instant getNextReminder() { return nextReminder; }
    public void setNextReminder(Instant nextReminder) { this.nextReminder = nextReminder; }
    public boolean isConsentGiven() { return consentGiven; }
    public void setConsentGiven(boolean consentGiven) { this.consentGiven = consentGiven; }
    public java.math.BigDecimal getCreditBalance() { return creditBalance; }
    public void setCreditBalance(java.math.BigDecimal creditBalance) { this.creditBalance = creditBalance; }
}
