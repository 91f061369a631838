package org.peacecouncil.identity;

import org.peacecouncil.platform.CouncilProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation outside demo mode, creates the one secretariat account and prints its one-time
 * password. There is no fixed default password: the password is generated, shown once, and must be changed at
 * first sign-in.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Accounts accounts;
    private final CouncilProperties properties;

    FirstStart(Accounts accounts, CouncilProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled() || accounts.count() > 0 || args.containsOption("peace-council.operator-command")) {
            return;
        }
        String password = Passwords.generate();
        try {
            accounts.create("secretariat", Role.SECRETARIAT, null, "Secretariat", password, true);
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            log.info("Another instance created the first secretariat account; it printed the one-time password.");
            return;
        }
        log.warn("""

                ================================================================
                 First start: created the secretariat account.
                   username: secretariat
                   one-time password: {}
                 Sign in at /login and choose a new password; it is not shown again.
                ================================================================""", password);
    }
}
