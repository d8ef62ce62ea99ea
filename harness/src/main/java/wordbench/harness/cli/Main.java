package wordbench.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import wordbench.harness.core.Corpus;

/**
 * The {@code wordbench} command line. Every failure a user can cause ends in one line on stderr
 * and an exit code (1: the input or the machine, 2: the command line), never a stack trace.
 */
public final class Main {

    static final String USAGE = """
            usage: wordbench list
                   wordbench count [--strategy NAME|all] [--top N] PATH...
                   wordbench bench [--quick|--full] [--strategy NAME,...] [--out DIR] [--charts DIR] [--dry-run]
                   wordbench chart RESULTS.json [--out DIR]
                   wordbench fetch [PATH-TO-big.txt]   (the launcher runs data/fetch-corpus)""";

    private Main() {
    }

    public static void main(String[] args) {
        // Words are UTF-8 whatever the locale says; stdout's default charset follows the locale.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code;
        try {
            code = run(Arrays.asList(args));
        } catch (Corpus.CorpusException e) {
            err.println("wordbench: " + e.getMessage());
            code = 1;
        } catch (RuntimeException | Error e) {
            // A bug of ours, not the user's: still one line, plus where to look.
            err.println("wordbench: internal error: " + e + " (run with -Dwordbench.debug=true for the stack trace)");
            if (Boolean.getBoolean("wordbench.debug")) {
                e.printStackTrace(err);
            }
            code = 70;
        }
        out.flush();
        System.exit(code);
    }

    static int run(List<String> args) {
        if (args.isEmpty()) {
            System.err.println(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "list" -> ListCommand.run(rest);
            case "count" -> CountCommand.run(rest);
            case "bench" -> BenchCommand.run(rest);
            case "chart" -> ChartCommand.run(rest);
            case "-h", "--help", "help" -> {
                System.out.println(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("wordbench: unknown command '" + args.get(0) + "'\n" + USAGE);
                yield 2;
            }
        };
    }
}
