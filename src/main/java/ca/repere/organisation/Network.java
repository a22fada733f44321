package ca.repere.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;

/** An umbrella organisation (a provincial council, a national network) and its member organisations. */
@Entity
@Table(name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String description;
    private Instant createdAt;

    @Version
    private long version;

    /**
     * Joining or leaving a network is not an edit of its name or description: it must not make an
     * admin's open edit form stale. Member rows are written by {@link NetworkRepository} directly.
     */
    @OptimisticLock(excluded = true)
    @ManyToMany
    @JoinTable(
            name = "network_member",
            joinColumns = @JoinColumn(name = "network_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> members = new HashSet<>();

    protected Network() {}

    Network(String name, String description, Instant now) {
        this.createdAt = now;
        update(name, description);
    }

    void update(String name, String description) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    long getVersion() {
        return version;
    }
}
