package wordbench.harness.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import wordbench.harness.core.Corpus;

/**
 * What the user sees when something fails: one line on stderr, in our words, and an exit code.
 * picocli's parse errors are re-worded here; a command's own failures arrive as exceptions.
 */
final class Errors {

    private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][\\w-]*");

    private Errors() {
    }

    /** A command line picocli could not parse: one line, a pointer to the command's --help, exit 2. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("wordbench: " + describe(e, command) + "; " + tryHelp(command));
        return ExitCodes.USAGE;
    }

    /** A command that threw: the user's mistakes and input problems in one line, anything else as a bug. */
    static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof CliError error) {
            err.println("wordbench: " + error.getMessage()
                    + (error.exitCode() == ExitCodes.USAGE ? "; " + tryHelp(command) : ""));
            return error.exitCode();
        }
        if (e instanceof Corpus.CorpusException) {
            err.println("wordbench: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause()
                : e instanceof IOException checked ? checked : null;
        if (io != null) {
            err.println("wordbench: " + describe(io));
            return ExitCodes.INPUT;
        }
        return internalError(e, err);
    }

    /** A bug of ours, not the user's: still one line, plus where to look. */
    static int internalError(Throwable e, PrintWriter err) {
        err.println("wordbench: internal error: " + e + " (run with -Dwordbench.debug=true for the stack trace)");
        if (Boolean.getBoolean("wordbench.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** An I/O failure as the user would say it: the file, then what went wrong. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String tryHelp(CommandLine command) {
        return "try '" + command.getCommandSpec().qualifiedName() + " --help'";
    }

    private static String describe(ParameterException e, CommandLine command) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (command.getSubcommands().isEmpty() || command.getParent() != null) {
                return first.startsWith("-") && first.length() > 1
                        ? "unknown option '" + first + "'"
                        : "unexpected argument '" + first + "'";
            }
            return first.startsWith("-") ? "unknown option '" + first + "'"
                    : "unknown command '" + first + "'; the commands are "
                            + String.join(", ", command.getSubcommands().keySet());
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            return arg instanceof OptionSpec option
                    ? option.longestName() + " needs a value (" + option.paramLabel() + ")"
                    : "missing " + arg.paramLabel();
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return name(twice.getOverwritten()) + " is given more than once";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            // picocli says "Error: --quick, --full are mutually exclusive (specify only one)".
            Matcher names = OPTION_NAME.matcher(e.getMessage());
            Set<String> given = new LinkedHashSet<>();
            while (names.find()) {
                given.add(names.group());
            }
            return "use only one of " + String.join(", ", given);
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException ours) {
            return name(e.getArgSpec()) + " " + ours.getMessage(); // our converters word their own messages
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "'" + e.getValue() + "' is not a valid " + e.getArgSpec().paramLabel() + " for " + name(e.getArgSpec());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
