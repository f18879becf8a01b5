package example.shelter;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.OnDelete;
import dev.stratum.annotations.Operation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A required keeper (RESTRICT), an optional enclosure cleared when it goes, and tags in a join table. */
@Entity
@Table(name = "animals")
@Expose(path = "/api/animals", operations = {Operation.CREATE, Operation.READ, Operation.UPDATE})
@Allow(value = {Operation.CREATE, Operation.READ, Operation.UPDATE}, access = AccessLevel.AUTHENTICATED)
public class Animal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Size(max = 40)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "keeper_id")
    private Keeper keeper;

    @ManyToOne
    @OnDelete(OnDelete.Action.SET_NULL)
    private Enclosure enclosure;

    @ManyToMany
    @JoinTable(name = "animal_tags", joinColumns = @JoinColumn(name = "animal_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Keeper getKeeper() { return keeper; }
    public void setKeeper(Keeper keeper) { this.keeper = keeper; }
    public Enclosure getEnclosure() { return enclosure; }
    public void setEnclosure(Enclosure enclosure) { this.enclosure = enclosure; }
    public Set<Tag> getTags() { return tags; }
    public void setTags(Set<Tag> tags) { this.tags = tags; }
}
