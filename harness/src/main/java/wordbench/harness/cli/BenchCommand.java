package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.runner.options.VerboseMode;
import wordbench.harness.bench.BenchException;
import wordbench.harness.bench.BenchPipeline;
import wordbench.harness.bench.BenchProfile;
import wordbench.harness.bench.BenchSettings;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.MachineFacts;

/**
 * {@code wordbench bench [--quick|--full] [--strategy NAME,...] [--out DIR] [--charts DIR]}: times
 * the strategies on big.txt and writes {@code results/<date>-<host>.json} (+ {@code .meta.json})
 * and the charts. Exit codes: 0 done, 1 the input or the machine, 2 the command line.
 */
public final class BenchCommand {

    static final String USAGE = "usage: wordbench bench [--quick|--full] [--strategy NAME,...] [--out DIR] [--charts DIR] [--dry-run]";

    private BenchCommand() {
    }

    /** For {@code ./mvnw verify}, which runs this class in a forked JVM. */
    public static void main(String[] args) {
        int code;
        try {
            code = run(Arrays.asList(args));
        } catch (RuntimeException | Error e) {
            System.err.println("wordbench bench: internal error: " + e
                    + " (run with -Dwordbench.debug=true for the stack trace)");
            if (Boolean.getBoolean("wordbench.debug")) {
                e.printStackTrace();
            }
            code = 70;
        }
        System.exit(code);
    }

    public static int run(List<String> args) {
        BenchProfile profile = BenchProfile.FULL;
        List<String> requested = new ArrayList<>();
        Path out = null;
        Path charts = null;
        boolean dryRun = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> profile = BenchProfile.QUICK;
                case "--full" -> profile = BenchProfile.FULL;
                case "--dry-run" -> dryRun = true;
                case "--strategy", "--out", "--charts" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        return usage(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    switch (arg) {
                        case "--strategy" -> Arrays.stream(value.split(",")).map(String::trim)
                                .filter(s -> !s.isEmpty()).forEach(requested::add);
                        case "--out" -> out = Path.of(value);
                        default -> charts = Path.of(value);
                    }
                }
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    return usage("unknown option '" + arg + "'");
                }
            }
        }
        try {
            Path home = Corpus.home();
            Path text = Corpus.bigTxt(home);
            Path resultsDir = out == null ? home.resolve("results") : out;
            String name = LocalDate.now(ZoneOffset.UTC) + "-" + MachineFacts.host() + ".json";
            BenchSettings settings = new BenchSettings(profile, home, text,
                    home.resolve("harness").resolve("target").resolve("bench-input"),
                    resultsDir.resolve(name), charts == null ? home.resolve("charts") : charts,
                    requested, VerboseMode.NORMAL, dryRun);
            new BenchPipeline(settings, System.err).run();
            return 0;
        } catch (BenchException | Corpus.CorpusException e) {
            System.err.println("wordbench bench: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            System.err.println("wordbench bench: no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            System.err.println("wordbench bench: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static int usage(String problem) {
        System.err.println("wordbench bench: " + problem + "\n" + USAGE);
        return 2;
    }
}
