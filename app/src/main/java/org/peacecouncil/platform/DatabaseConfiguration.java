package org.peacecouncil.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens PostgreSQL when {@code PEACE_COUNCIL_DB_URL} is set, otherwise the embedded SQLite file in the data
 * directory. SQLite runs in WAL mode with {@code synchronous=FULL} so an acknowledged commit survives a crash
 * or power loss, and takes its write lock at BEGIN so concurrent writers queue on the busy timeout instead of
 * failing on a lock upgrade.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    @Bean
    DataSource dataSource(CouncilProperties properties) {
        return properties.db().external() ? postgres(properties.db()) : sqlite(properties.dataDir());
    }

    @Bean
    org.springframework.jdbc.support.JdbcTransactionManager transactionManager(DataSource dataSource, CouncilProperties properties) {
        return properties.db().external() ? new org.springframework.jdbc.support.JdbcTransactionManager(dataSource)
                : new SqliteTransactionManager(dataSource, SQLITE_BUSY_TIMEOUT_MS);
    }

    private static DataSource postgres(CouncilProperties.Db db) {
        var pool = new HikariDataSource();
        pool.setPoolName("council-postgres");
        pool.setJdbcUrl(db.url());
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(10);
        log.info("Database: PostgreSQL at {}", db.url());
        return pool;
    }

    private static DataSource sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("peace-council.db").toAbsolutePath();
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // No statement here asks for generated keys; left on, the driver compiles a last_insert_rowid() query after
        // every INSERT.
        config.setGetGeneratedKeys(false);
        var sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + file);
        var pool = new HikariDataSource();
        pool.setPoolName("council-sqlite");
        pool.setDataSource(sqlite);
        pool.setMaximumPoolSize(4);
        log.info("Database: embedded SQLite at {}", file);
        return pool;
    }
}
