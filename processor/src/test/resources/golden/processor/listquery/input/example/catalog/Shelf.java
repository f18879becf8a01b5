package example.catalog;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Paging;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A shelf: numbered pages, sorted by label or capacity, filtered by label. */
@Entity
@Table(name = "shelves")
@Expose(path = "/api/shelves", operations = {Operation.CREATE, Operation.LIST}, paging = Paging.OFFSET,
        sortable = {"label", "capacity"}, filterable = "label")
@Allow(value = {Operation.CREATE, Operation.LIST}, access = AccessLevel.AUTHENTICATED)
public class Shelf {

    @Id
    private UUID id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String label;

    private int capacity;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
