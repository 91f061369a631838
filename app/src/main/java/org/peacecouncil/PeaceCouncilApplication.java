package org.peacecouncil;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.OperatorCommands;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PeaceCouncilApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("accounts")) {
            System.exit(operator(args));
        }
        SpringApplication.run(PeaceCouncilApplication.class, args);
    }

    /**
     * The operator's command line ({@code accounts …}): the application without its web server, calendar or first-start
     * account, against the configured database; {@code --spring.…} and {@code --peace-council.…} arguments configure it.
     */
    static int operator(String[] args) {
        var spring = new ArrayList<String>(List.of("--peace-council.operator-command=true", "--logging.level.root=WARN"));
        var command = new ArrayList<String>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            (arg.startsWith("--spring.") || arg.startsWith("--peace-council.") || arg.startsWith("--logging.") ? spring : command).add(arg);
        }
        try (var context = new SpringApplicationBuilder(PeaceCouncilApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run(spring.toArray(String[]::new))) {
            return OperatorCommands.run(context.getBean(Accounts.class), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    command.toArray(String[]::new));
        }
    }
}
