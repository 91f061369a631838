package org.peacecouncil.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring knows PostgreSQL's error codes but not SQLite's, whose constraint failures would otherwise surface as
 * uncategorized errors. Both engines must report a broken unique or check constraint the same way, because
 * the domain relies on constraints (one pending invitation per state, one veto per state) under concurrency.
 */
@Configuration(proxyBeanMethods = false)
class SqlErrors {

    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
    private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        var template = new JdbcTemplate(dataSource);
        template.setExceptionTranslator(new CouncilTranslator(new SQLErrorCodeSQLExceptionTranslator(dataSource)));
        return template;
    }

    @Bean
    JdbcClient jdbcClient(JdbcTemplate template) {
        return JdbcClient.create(template);
    }

    private record CouncilTranslator(SQLExceptionTranslator fallback) implements SQLExceptionTranslator {
        @Override
        public DataAccessException translate(String task, String sql, SQLException ex) {
            if (ex instanceof org.sqlite.SQLiteException sqlite) {
                int code = sqlite.getResultCode().code;
                if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
                    return new DuplicateKeyException(task + ": " + ex.getMessage(), ex);
                }
                if ((code & 0xff) == SQLITE_CONSTRAINT) {
                    return new DataIntegrityViolationException(task + ": " + ex.getMessage(), ex);
                }
            }
            return fallback.translate(task, sql, ex);
        }
    }
}
