package wordbench.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code wordbench} command line, parsed by picocli: one option dialect everywhere
 * ({@code --top 5} and {@code --top=5}), {@code --help} on every command, {@code --version}.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 done, 1 the input or the machine, 2 the command line,
 * 70 a bug of ours. Every failure ends in one line on stderr in our words, never a stack trace
 * and never a library's advice.
 *
 * <p><b>Adding a subcommand</b> is one class and one line: write a class annotated
 * {@code @Command(name = "NAME", description = "...")} that implements {@code Callable<Integer>}
 * (return {@link ExitCodes#OK}; throw {@link CliError#usage} or {@link CliError#input} for the
 * user's mistakes), describe every {@code @Option} and {@code @Parameters}, and add the class to
 * {@code subcommands} below; give it {@code footer = {"", ExitCodes.SUMMARY}} (a command without a
 * footer of its own shows this one's; it inherits the other settings here, {@code scope = INHERIT}). {@code --help}, {@code --version}, the error format and the
 * exit codes come with it; {@code CommandLineDocTest} then asks for its usage in README.md.
 */
@Command(name = "wordbench",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = BuildInfo.class,
        sortOptions = false,
        usageHelpAutoWidth = false,
        description = "Counts the most common words of a text with interchangeable strategies (Java, "
                + "Python, Rust) and benchmarks them.",
        subcommands = {
                ListCommand.class,
                CountCommand.class,
                BenchCommand.class,
                ChartCommand.class,
                CompareCommand.class,
                JmhCommand.class,
                CompletionCommand.class,
        },
        footer = {"",
                "Run 'wordbench COMMAND --help' for a command's options. The launcher also runs "
                        + "'wordbench fetch [PATH-TO-big.txt]' (data/fetch-corpus: puts big.txt in data/).",
                ExitCodes.SUMMARY})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code wordbench} alone: the usage, on stderr, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // Words are UTF-8 whatever the locale says. stdout is buffered (flushed at the end) and
        // remembers why a write failed, so a full disk is an error and a closed pipe is not.
        CheckedOutput stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code = run(List.of(ArgumentBytes.recover(args)));
        out.flush();
        code = stdout.exitCode(code, err);
        System.exit(code);
    }

    /** Runs one command line with the current {@code System.out}/{@code System.err}; returns its exit code. */
    static int run(List<String> args) {
        return execute(commandLine(), args);
    }

    static int execute(CommandLine commandLine, List<String> args) {
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } catch (Error e) {
            // picocli hands exceptions to Errors.failure but lets Errors (out of memory, a stack
            // overflow) through: still one line, never a stack trace.
            return Errors.internalError(e, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        }
    }

    /** The whole command tree with our error handling, for running and for the usage documentation. */
    static CommandLine commandLine() {
        // Charts are drawn into files, also on machines without a display: never ask for one.
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(Errors::usageError);
        commandLine.setExecutionExceptionHandler(Errors::failure);
        return commandLine;
    }
}
