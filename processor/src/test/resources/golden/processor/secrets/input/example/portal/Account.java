package example.portal;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.Create;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.Sensitive;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An account whose password is stored only as a hash: accepted on create and update, never shown. */
@Entity
@Expose(path = "/api/accounts")
@Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.AUTHENTICATED)
@Allow(value = {Operation.CREATE, Operation.UPDATE, Operation.DELETE}, roles = "ADMIN")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 40)
    private String login;

    @Sensitive(hashed = true)
    @NotBlank(groups = Create.class)
    @Size(min = 12, max = 64)
    private String password;

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

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
