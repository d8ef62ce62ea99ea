package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import wordbench.harness.chart.Charts;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.PendingFiles;

/**
 * {@code wordbench chart RESULTS.json [--out DIR]}: draws every chart from a results file (and
 * its {@code .meta.json}) into DIR (default: the repository's charts/), replacing the old ones
 * only when all are drawn. Exit codes: 0 done, 1 the input, 2 the command line.
 */
public final class ChartCommand {

    static final String USAGE = "usage: wordbench chart RESULTS.json [--out DIR]";

    private ChartCommand() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(List.of(args));
        } catch (RuntimeException | Error e) {
            System.err.println("wordbench chart: internal error: " + e);
            code = 70;
        }
        System.exit(code);
    }

    public static int run(List<String> args) {
        Path results = null;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    return usage("--out needs a folder");
                }
                out = Path.of(args.get(++i));
            } else if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                return 0;
            } else if (arg.startsWith("-")) {
                return usage("unknown option '" + arg + "'");
            } else if (results != null) {
                return usage("one results file at a time, not '" + results + "' and '" + arg + "'");
            } else {
                results = Path.of(arg);
            }
        }
        if (results == null) {
            return usage("which results file? e.g. results/2026-11-25-myhost.json");
        }
        System.setProperty("java.awt.headless", "true");
        try {
            Path dir = out != null ? out : defaultDir();
            BenchResults loaded = BenchResults.load(results);
            List<Path> written;
            try (PendingFiles pending = new PendingFiles()) {
                Charts.render(loaded, dir, pending, System.err);
                written = pending.commit();
            }
            if (written.isEmpty()) {
                System.err.println("wordbench chart: " + results + " holds no wordbench benchmark results; no chart drawn");
                return 1;
            }
            System.err.println("wordbench chart: wrote " + written.size() + " files to " + dir);
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("wordbench chart: no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            System.err.println("wordbench chart: " + e.getMessage());
            return 1;
        }
    }

    private static Path defaultDir() {
        try {
            return Corpus.home().resolve("charts");
        } catch (Corpus.CorpusException e) {
            return Path.of("charts");
        }
    }

    private static int usage(String problem) {
        System.err.println("wordbench chart: " + problem + "\n" + USAGE);
        return 2;
    }
}
