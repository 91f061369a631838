package org.peacecouncil.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The calendar and the checkpoints run on a schedule, except under the operator's command line, which does one act and ends. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "peace-council.operator-command", havingValue = "false", matchIfMissing = true)
class Scheduling {
}
