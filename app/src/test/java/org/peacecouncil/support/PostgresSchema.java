package org.peacecouncil.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs a test context on PostgreSQL in a schema of its own, created here and dropped when the context closes.
 * PostgreSQL is expected at {@code PEACE_COUNCIL_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code postgres}); if it cannot be reached the test fails — PostgreSQL tests never skip.
 */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL = env("PEACE_COUNCIL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("PEACE_COUNCIL_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("PEACE_COUNCIL_TEST_PG_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "pc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        java.nio.file.Path dataDir;
        try {
            dataDir = java.nio.file.Files.createTempDirectory("peace-council-pg-test-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestPropertyValues.of(
                "peace-council.data-dir=" + dataDir,
                "peace-council.db.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "peace-council.db.user=" + USER,
                "peace-council.db.password=" + PASSWORD).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                SqliteFile.delete(dataDir);
            }
        });
    }

    /** A fresh schema for a test that starts applications itself; returns the JDBC URL that selects it. */
    public static String createSchema(String schema) {
        execute("CREATE SCHEMA " + schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    static void execute(String sql) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests need a server at " + URL + " (user " + USER
                    + "); set PEACE_COUNCIL_TEST_PG_URL to another. They fail rather than skip. Cause: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
