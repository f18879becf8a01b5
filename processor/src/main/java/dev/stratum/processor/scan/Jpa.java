package dev.stratum.processor.scan;

/** Qualified names of the annotations Stratum reads. */
final class Jpa {

    static final String ENTITY = "jakarta.persistence.Entity";
    static final String TABLE = "jakarta.persistence.Table";
    static final String ID = "jakarta.persistence.Id";
    static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
    static final String VERSION = "jakarta.persistence.Version";
    static final String COLUMN = "jakarta.persistence.Column";
    static final String ENUMERATED = "jakarta.persistence.Enumerated";
    static final String LOB = "jakarta.persistence.Lob";
    static final String TRANSIENT = "jakarta.persistence.Transient";
    static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
    static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
    static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
    static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
    static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
    static final String JOIN_TABLE = "jakarta.persistence.JoinTable";
    static final String EMBEDDED = "jakarta.persistence.Embedded";
    static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
    static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";

    static final String EXPOSE = "dev.stratum.annotations.Expose";
    static final String ALLOW = "dev.stratum.annotations.Allow";
    static final String ALLOW_LIST = "dev.stratum.annotations.Allow.List";
    static final String SERVER_OWNED = "dev.stratum.annotations.ServerOwned";
    static final String SENSITIVE = "dev.stratum.annotations.Sensitive";
    static final String RENAMED_FROM = "dev.stratum.annotations.RenamedFrom";
    static final String COLUMN_DEFAULT = "dev.stratum.annotations.ColumnDefault";
    static final String CONSENT_TO_DATA_LOSS = "dev.stratum.annotations.ConsentToDataLoss";
    static final String ON_DELETE = "dev.stratum.annotations.OnDelete";
    static final String OWNED_BY = "dev.stratum.annotations.OwnedBy";
    static final String CREATED_AT = "dev.stratum.annotations.CreatedAt";
    static final String UPDATED_AT = "dev.stratum.annotations.UpdatedAt";
    static final String CREATED_BY = "dev.stratum.annotations.CreatedBy";
    static final String UPDATED_BY = "dev.stratum.annotations.UpdatedBy";
    static final String SUMMARY = "dev.stratum.annotations.Summary";
    static final String EXPAND = "dev.stratum.annotations.Expand";

    private Jpa() {
    }
}
