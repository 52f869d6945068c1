package navaa.platform.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps a field {@code createdAt} to the column {@code created_at}, the naming every Flyway
 * migration uses, so an entity names a column only where it differs from its field
 * ({@code @Column(name = "error_code") failure}). EclipseLink's default would be
 * {@code CREATEDAT}; a name given in {@code @Column} is left as it is.
 */
public class SnakeCaseColumns implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                DatabaseField field = mapping.getField();
                if (field != null && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    field.setName(snakeCase(mapping.getAttributeName()));
                }
            }
        }
    }

    static String snakeCase(String attribute) {
        StringBuilder column = new StringBuilder(attribute.length() + 4);
        for (char c : attribute.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }
}
