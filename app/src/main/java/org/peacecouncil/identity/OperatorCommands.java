package org.peacecouncil.identity;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.peacecouncil.platform.CouncilProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The operator's command line, run on the server against its database: the only way to a Chair account or to a
 * state's first delegate, and to reset the Chair's password. Each act is on the log as the operator's.
 * {@code java -jar peace-council.jar accounts create --role CHAIR --username chair --name "…"}.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Accounts no signed-in account may create or reset.")
public final class OperatorCommands implements Callable<Integer> {

    private final Accounts accounts;

    OperatorCommands(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Runs one command; the exit code: 0 done, 1 refused, 2 bad usage. */
    public static int run(Accounts accounts, PrintWriter out, PrintWriter err, String... args) {
        var line = new CommandLine(new OperatorCommands(accounts)).addSubcommand(new Create(accounts)).addSubcommand(new Reset(accounts))
                .addSubcommand(new Deactivate(accounts));
        line.setOut(out).setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CouncilProblem problem) {
                cmd.getErr().println("Refused (" + problem.type() + "): " + problem.getMessage());
                return 1;
            }
            throw e;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "create", description = "Create an account with a one-time password, printed once.")
    static final class Create implements Callable<Integer> {
        private final Accounts accounts;

        @Option(names = "--role", required = true, description = "CHAIR, SECRETARIAT or DELEGATE")
        Role role;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--name", required = true, description = "the person's name")
        String name;

        @Option(names = "--state", description = "a delegate's state, ISO 3166-1 alpha-3")
        String state;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Create(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            var issued = accounts.createByOperator(username, role, state, name);
            spec.commandLine().getOut().println(issued.account().username() + " (" + issued.account().role()
                    + (issued.account().state() == null ? "" : " of " + issued.account().state()) + ") created; one-time password: "
                    + issued.oneTimePassword() + " — give it in a safe way; it is not shown again and must be changed at first sign-in.");
            return 0;
        }
    }

    @Command(name = "reset", description = "Give an account a new one-time password, printed once (the Chair's too).")
    static final class Reset implements Callable<Integer> {
        private final Accounts accounts;

        @Parameters(index = "0", description = "the username")
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Reset(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            var issued = accounts.resetByOperator(username);
            spec.commandLine().getOut().println(username + ": new one-time password: " + issued.oneTimePassword());
            return 0;
        }
    }

    @Command(name = "deactivate", description = "Take an account out of use at once.")
    static final class Deactivate implements Callable<Integer> {
        private final Accounts accounts;

        @Parameters(index = "0", description = "the username")
        String username;

        @Option(names = "--reason")
        String reason;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Deactivate(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            accounts.deactivateByOperator(username, reason);
            spec.commandLine().getOut().println(username + " deactivated.");
            return 0;
        }
    }
}
