package wordbench.harness.cli;

/**
 * A failure the user can fix, thrown from a command: its message is the whole story (one line,
 * our words) and it carries its exit code. Usage errors also point at the command's --help.
 */
public final class CliError extends RuntimeException {
    private final int exitCode;

    private CliError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A mistake on the command line (exit 2). */
    public static CliError usage(String message) {
        return new CliError(ExitCodes.USAGE, message);
    }

    /** A problem with the input or the machine (exit 1). */
    public static CliError input(String message) {
        return new CliError(ExitCodes.INPUT, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
