package example.zoo;

import dev.stratum.annotations.Summary;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A keeper whose every column shares its name with a column of the tables that join it. */
@Entity
@Table(name = "keepers")
public class Keeper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Summary
    @NotBlank
    @Size(max = 40)
    private String name;

    @Size(max = 40)
    private String nickname;

    @Size(max = 40)
    private String owner;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNickname() { return nickname; }
    public void setNickname(String nickname) { this.nickname = nickname; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
}
