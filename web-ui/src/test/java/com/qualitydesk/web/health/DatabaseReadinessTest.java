package com.qualitydesk.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void notReadyWhileTheDatabaseCannotBeReached() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource(null);
        var response = readiness.call();
        assertEquals(Status.DOWN, response.getStatus());
        assertEquals("Connection refused", response.getData().orElseThrow().get("error"));
    }

    @Test
    void readyWhenAConnectionAnswers() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource(connection(true));
        assertEquals(Status.UP, readiness.call().getStatus());
    }

    @Test
    void notReadyWhenTheConnectionIsNoLongerValid() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource(connection(false));
        assertEquals(Status.DOWN, readiness.call().getStatus());
    }

    private static DataSource dataSource(Connection connection) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        if (connection == null) {
                            throw new SQLException("Connection refused");
                        }
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Connection connection(boolean valid) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
