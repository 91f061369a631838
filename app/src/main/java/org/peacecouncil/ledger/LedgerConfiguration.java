package org.peacecouncil.ledger;

import org.peacecouncil.platform.CouncilProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the log's append for the configured engine: PostgreSQL when an external database is set, else SQLite. */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LogEntryFormat logEntryFormat() {
        return new LogEntryFormat();
    }

    @Bean
    LogAppender logAppender(CouncilProperties properties, LogStore store, LogEntryFormat format) {
        return properties.db().external() ? new PostgresLogAppender(store, format) : new SqliteLogAppender(store, format);
    }
}
