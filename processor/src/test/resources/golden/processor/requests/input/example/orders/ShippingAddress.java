package example.orders;

import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A class read through its getters. */
@Validatable
public class ShippingAddress {

    @NotEmpty
    @Size(max = 80)
    private String street;

    @AssertTrue(message = "the address must be confirmed")
    private boolean confirmed;

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
