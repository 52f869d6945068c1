package navaa.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Answers the health check: is the database reachable, and at which schema version. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {

    @Resource(lookup = "jdbc/navaa")
    DataSource dataSource;

    @Inject
    Migrations migrations;

    public String check() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(3)) {
                throw new SQLException("connection is not valid");
            }
            return connection.getMetaData().getDatabaseProductName() + ", schema " + migrations.schemaVersion();
        }
    }
}
