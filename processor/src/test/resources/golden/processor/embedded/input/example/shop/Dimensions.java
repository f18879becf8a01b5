package example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A parcel's size: a class with accessors rather than a record. */
@Embeddable
public class Dimensions {

    @Positive
    private Integer widthMm;

    @Positive
    @Column(name = "height", nullable = false)
    private Integer heightMm;

    @Column(precision = 6, scale = 3)
    private BigDecimal weightKg;

    public Dimensions() {
    }

    public Integer getWidthMm() {
        return widthMm;
    }

    public void setWidthMm(Integer widthMm) {
        this.widthMm = widthMm;
    }

    public Integer getHeightMm() {
        return heightMm;
    }

    public void setHeightMm(Integer heightMm) {
        this.heightMm = heightMm;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }
}
