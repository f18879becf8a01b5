package example.zoo;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expand;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import dev.stratum.annotations.Summary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An animal; responses show its keeper's summary, joined in the same statement. */
@Entity
@Table(name = "animals")
@Expose(path = "/api/animals", paging = Paging.OFFSET)
@Allow(value = {Operation.READ, Operation.LIST, Operation.CREATE, Operation.UPDATE, Operation.DELETE},
        access = AccessLevel.AUTHENTICATED)
public class Animal {

    @Id
    private UUID id;

    @Version
    private long version;

    @Summary
    @NotBlank
    @Size(max = 40)
    private String name;

    @Summary
    @Max(200)
    private Integer age;

    @Expand
    @ManyToOne
    private Keeper keeper;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public Keeper getKeeper() { return keeper; }
    public void setKeeper(Keeper keeper) { this.keeper = keeper; }
}
