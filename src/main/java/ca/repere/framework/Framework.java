package ca.repere.framework;

import ca.repere.shared.i18n.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quality framework, identified by a stable code across its versions. */
@Entity
@Table(name = "framework")
class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    private LocalizedText name;

    private Instant createdAt;

    protected Framework() {}

    Framework(String code, LocalizedText name) {
        this.code = code;
        this.name = name;
        this.createdAt = Instant.now();
    }

    /**
     * The name is shared by every version of the framework and shown with every assessment made
     * with it: the editor renames a framework only while none of its versions was ever published.
     */
    void rename(LocalizedText name) {
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    LocalizedText getName() {
        return name;
    }
}
