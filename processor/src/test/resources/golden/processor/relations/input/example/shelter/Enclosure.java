package example.shelter;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Referenced by a UUID: the foreign-key column takes the id's type. */
@Entity
@Table(name = "enclosures")
public class Enclosure {

    @Id
    private UUID id;

    @Version
    private long version;

    @Size(max = 40)
    private String label;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
}
