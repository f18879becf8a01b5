package example.zoo;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expand;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.OwnedBy;
import dev.stratum.annotations.Paging;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A cage its owner alone sees (no bypass role), joined to its keeper like an animal, listed in numbered pages. */
@Entity
@Table(name = "cages")
@Expose(path = "/api/cages", paging = Paging.OFFSET, sortable = "name", filterable = "keeperId")
@Allow(value = {Operation.CREATE, Operation.READ, Operation.LIST, Operation.UPDATE, Operation.DELETE},
        access = AccessLevel.AUTHENTICATED)
public class Cage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String name;

    @Expand
    @ManyToOne
    @JoinColumn(name = "keeper_id")
    private Keeper keeper;

    @OwnedBy
    private String owner;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Keeper getKeeper() { return keeper; }
    public void setKeeper(Keeper keeper) { this.keeper = keeper; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
}
