package com.qualitydesk.web.health;

import com.qualitydesk.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: a load balancer stops sending people to a node without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (var connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return new HealthCheckResponse(NAME, valid ? Status.UP : Status.DOWN, Optional.empty());
        } catch (SQLException e) {
            return new HealthCheckResponse(
                    NAME, Status.DOWN, Optional.of(Map.of("error", String.valueOf(e.getMessage()))));
        }
    }
}
