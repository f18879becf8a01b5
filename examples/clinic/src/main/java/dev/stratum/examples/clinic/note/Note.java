package dev.stratum.examples.clinic.note;

import dev.stratum.annotations.AccessLevel;
import dev.stratum.annotations.Allow;
import dev.stratum.annotations.CreatedAt;
import dev.stratum.annotations.Expose;
import dev.stratum.annotations.Operation;
import dev.stratum.annotations.OwnedBy;
import dev.stratum.annotations.UpdatedAt;
import dev.stratum.annotations.UpdatedBy;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A private note: every signed-in user keeps their own and sees no one else's; administrators see and change all.
 * Who wrote it and when is filled by the repository, never sent by a client.
 */
@Entity
@Table(name = "notes")
@Expose(path = "/api/notes", sortable = "createdAt", filterable = "text")
@Allow(value = {Operation.CREATE, Operation.READ, Operation.LIST, Operation.UPDATE, Operation.DELETE},
        access = AccessLevel.AUTHENTICATED)
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 500)
    private String text;

    /** The name of the user who wrote it; rows are scoped to it. */
    @OwnedBy(bypassRoles = "ADMIN")
    private String author;

    @CreatedAt
    private Instant createdAt;

    @UpdatedAt
    private Instant updatedAt;

    @UpdatedBy
    private String updatedBy;

    public Note() {
    }

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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
