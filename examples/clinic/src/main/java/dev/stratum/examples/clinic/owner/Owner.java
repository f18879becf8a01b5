package dev.stratum.examples.clinic.owner;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.ConsentToDataLoss;
import dev.stratum.annotations.Expand;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Sensitive;
import dev.stratum.annotations.ServerOwned;
import dev.stratum.annotations.Summary;
import dev.stratum.examples.clinic.pet.Pet;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A pet owner: personal data, so any signed-in user may read it but only vets change it. */
@Entity
@Table(name = "owners")
// The checks V3 adds hold for every row the API can have written, as the same constraints validate requests.
@ConsentToDataLoss({
        "add check ck_owners_first_name",
        "add check ck_owners_last_name",
        "add check ck_owners_email",
        "add check ck_owners_tax_number"})
@Expose(path = "/api/owners", sortable = {"lastName", "phone"}, filterable = {"lastName", "firstName"})
@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)
@Allow(value = {Operation.CREATE, Operation.UPDATE}, roles = "VET")
@Allow(value = Operation.DELETE, roles = "ADMIN")
public class Owner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String firstName;

    /** The only field of the owner's summary, the part of an owner other entities' responses may show. */
    @Summary
    @NotBlank
    @Size(max = 40)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = 120)
    @Column(unique = true)
    private String email;

    @Pattern(regexp = "\\+?[0-9][0-9 ]{5,19}")
    @Size(max = 20)
    private String phone;

    /** Needed for invoices; accepted on create and update, never shown. */
    @Sensitive
    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{8,12}")
    @Size(max = 12)
    private String taxNumber;

    /**
     * The owner portal's passphrase: accepted on create and update, stored only as a bcrypt hash, never shown; left
     * out of an update, the stored hash stays. Check one with {@code OwnerService.matchesPortalPassphrase}.
     */
    @Sensitive(hashed = true)
    @Size(min = 8, max = 64)
    private String portalPassphrase;

    /** Set by {@link OwnerRegistration} when the owner is created; a client cannot send it. */
    @ServerOwned
    private Instant registeredAt;

    @AssertTrue
    private boolean consentGiven;

    /** Optional: owners registered before addresses were recorded have none. */
    @Embedded
    @Valid
    private Address address;

    /**
     * The owner's pets: responses show a summary of the first 20, read for a whole page in one statement. Pets are
     * public, so everyone who may read an owner may see them.
     */
    @Expand(limit = 20)
    @OneToMany(mappedBy = "owner")
    private List<Pet> pets;

    public Owner() {
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public String getPortalPassphrase() {
        return portalPassphrase;
    }

    public void setPortalPassphrase(String portalPassphrase) {
        this.portalPassphrase = portalPassphrase;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public List<Pet> getPets() {
        return pets;
    }

    public void setPets(List<Pet> pets) {
        this.pets = pets;
    }
}
