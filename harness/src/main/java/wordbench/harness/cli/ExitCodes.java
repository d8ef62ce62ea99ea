package wordbench.harness.cli;

/** wordbench's exit codes, the same for every command. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** A problem with the input or the machine: a missing file, invalid UTF-8, a full disk, a failed benchmark. */
    public static final int INPUT = 1;
    /** A mistake on the command line: an unknown option or command, a bad value, a missing argument. */
    public static final int USAGE = 2;
    /** A bug in wordbench (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    /** The line every --help ends with. */
    public static final String SUMMARY = "Exit codes: 0 done, 1 a problem with the input or the machine, "
            + "2 a mistake on the command line, 70 a bug in wordbench.";

    private ExitCodes() {
    }
}
