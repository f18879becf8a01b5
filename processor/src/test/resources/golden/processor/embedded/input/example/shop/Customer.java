package example.shop;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer with a required billing address and an optional delivery address, both of one embeddable type. */
@Entity
@Expose(path = "/api/customers")
@Allow(value = {Operation.CREATE, Operation.READ, Operation.LIST, Operation.UPDATE, Operation.DELETE},
        access = AccessLevel.AUTHENTICATED)
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 80)
    private String name;

    @Embedded
    @Valid
    @NotNull
    private Address billing;

    /** Embedded without @Embedded: its type is @Embeddable, which JPA also accepts. */
    private Address delivery;

    private Dimensions parcel;

    public Customer() {
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Address getBilling() {
        return billing;
    }

    public void setBilling(Address billing) {
        this.billing = billing;
    }

    public Address getDelivery() {
        return delivery;
    }

    public void setDelivery(Address delivery) {
        this.delivery = delivery;
    }

    public Dimensions getParcel() {
        return parcel;
    }

    public void setParcel(Dimensions parcel) {
        this.parcel = parcel;
    }
}
