package navaa.platform.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row the database numbers as it inserts it (an {@code AUTO_INCREMENT} key). */
@MappedSuperclass
public abstract class NumberedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until the row is inserted (a flush). */
    public Long getId() {
        return id;
    }
}
