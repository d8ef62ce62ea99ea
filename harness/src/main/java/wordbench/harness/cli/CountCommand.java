package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wordbench.harness.core.Agreement;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.FullRuns;
import wordbench.spi.Availability;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.ReferenceCount;
import wordbench.spi.TopWords;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;

/**
 * {@code wordbench count [--strategy NAME|all] [--top N] [PATH...]}: the top N words of the
 * combined text of all paths (or of standard input), as {@code word<TAB>count} lines in
 * canonical order.
 */
@Command(name = "count",
        description = {
                "Prints the N most common words of the text as word<TAB>count lines, count descending, "
                        + "then word ascending by code point. Several paths are one text: their counts add up.",
        },
        footer = {"",
                "Errors are one line on stderr: a missing or unreadable path, invalid UTF-8 (with the file "
                        + "and byte offset; bytes are never replaced), a strategy that disagrees (exit 1); "
                        + "an unknown strategy or a bad N (exit 2).",
                ExitCodes.SUMMARY})
final class CountCommand implements Callable<Integer> {
    static final String ALL = "all";
    static final String STDIN = "-";

    @Option(names = {"-s", "--strategy"}, paramLabel = "NAME",
            description = "The strategy that counts (see 'wordbench list'), or '" + ALL + "': every available "
                    + "strategy, printing the agreed answer and naming any that disagrees. "
                    + "Default: the fastest available strategy.")
    String strategy;

    @Option(names = {"-n", "--top"}, paramLabel = "N", converter = PositiveInt.class, defaultValue = "10",
            description = "How many words to print, a positive integer. Default: ${DEFAULT-VALUE}.")
    int top;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "A file; a directory (the regular files directly in it); or '-' for standard input. "
                    + "Without a PATH, standard input is read when it is not a terminal.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<String> names = paths;
        if (names.isEmpty()) {
            if (StandardInput.isTerminal()) {
                throw CliError.usage("count needs a PATH, or text on standard input (e.g. a pipe, or '-')");
            }
            names = List.of(STDIN);
        }
        if (names.stream().filter(STDIN::equals).count() > 1) {
            throw CliError.usage("standard input ('-') can be read only once");
        }
        try (StandardInput stdin = names.contains(STDIN) ? StandardInput.spool() : null;
             Strategies strategies = Strategies.load()) {
            List<Path> files = expand(names, stdin);
            try {
                if (ALL.equals(strategy)) {
                    return countWithAll(strategies, files);
                }
                print(choose(strategies, strategy).count(files, top));
                return ExitCodes.OK;
            } catch (InvalidUtf8Exception e) {
                throw CliError.input(displayName(e.file(), stdin) + ": invalid UTF-8 at byte offset " + e.byteOffset()
                        + " (wordbench reads UTF-8 only and never replaces bytes)");
            } catch (WholeTextLimit.InputTooLargeException e) {
                throw CliError.input(e.getMessage()); // it says what to do instead
            } catch (NoSuchFileException e) {
                throw CliError.input(e.getFile() + ": no such file");
            } catch (IOException e) {
                throw CliError.input("cannot read the input: " + Errors.describe(e));
            }
        }
    }

    /** How a file is named to the user: standard input's spool file is "standard input". */
    private static String displayName(Path file, StandardInput stdin) {
        return stdin != null && stdin.file().equals(file) ? "standard input" : String.valueOf(file);
    }

    private static WordCounter choose(Strategies strategies, String name) {
        if (name == null) {
            return strategies.preferred(measuredFastestFirst()).orElseThrow(() -> CliError.input(
                    "no strategy is available here; see 'wordbench list'"));
        }
        WordCounter counter = strategies.byName(name).orElseThrow(() -> CliError.usage(
                "unknown strategy '" + name + "'; the strategies are: "
                        + (strategies.all().isEmpty() ? "" : strategies.nameList() + ", ") + ALL));
        Availability availability = Strategies.availability(counter);
        if (!availability.available()) {
            throw CliError.input("strategy " + name + " is unavailable: " + availability.reason());
        }
        return counter;
    }

    /** The newest full run's speed order, when the results folder has one; else nothing measured. */
    static List<String> measuredFastestFirst() {
        try {
            return FullRuns.fastestFirst(Corpus.home().resolve("results"));
        } catch (RuntimeException e) { // no wordbench folder, or an unreadable one: nothing measured
            return List.of();
        }
    }

    private int countWithAll(Strategies strategies, List<Path> files) throws IOException {
        List<WordCounter> available = strategies.available();
        if (available.isEmpty()) {
            throw CliError.input("no strategy is available here; see 'wordbench list'");
        }
        Agreement agreement = Agreement.check(available, files, top, ReferenceCount::topWords);
        if (agreement.agreeing().isEmpty() && agreement.dissenting().isEmpty()) {
            throw CliError.input("every strategy refused the input: " + agreement.refused().values().iterator().next());
        }
        print(agreement.agreed());
        // A refusal (a file larger than a whole-text strategy holds) is said, but is no disagreement.
        for (String refusal : agreement.refused().values()) {
            System.err.println("wordbench: refused: " + refusal);
        }
        if (agreement.unanimous()) {
            System.err.println(agreement.refused().isEmpty()
                    ? "wordbench: all " + available.size() + " available strategies agree: " + String.join(", ", agreement.agreeing())
                    : "wordbench: the " + agreement.agreeing().size() + " strategies that counted agree: "
                            + String.join(", ", agreement.agreeing()));
            return ExitCodes.OK;
        }
        for (Map.Entry<String, String> dissent : agreement.dissenting().entrySet()) {
            System.err.println("wordbench: DISAGREES: " + dissent.getKey() + " " + dissent.getValue());
        }
        System.err.println("wordbench: printed the answer of " + String.join(", ", agreement.agreeing()));
        return ExitCodes.INPUT;
    }

    private static void print(TopWords top) {
        System.out.print(top.toTsv());
        System.out.flush();
    }

    /**
     * The regular files the names stand for: a file as given, a directory as the regular files
     * directly in it, {@code -} as standard input's spool file.
     */
    static List<Path> expand(List<String> names, StandardInput stdin) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            if (STDIN.equals(name)) {
                files.add(stdin.file());
                continue;
            }
            String shown = ArgumentBytes.shown(name);
            Path path;
            try {
                path = ArgumentBytes.toPath(name);
            } catch (InvalidPathException e) {
                throw CliError.input(shown + ": not a valid path (" + e.getReason() + ")");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    List<Path> regular = children.filter(Files::isRegularFile).sorted().toList();
                    for (Path child : regular) {
                        files.add(readable(child));
                    }
                } catch (AccessDeniedException e) {
                    throw CliError.input(shown + ": permission denied");
                } catch (IOException e) {
                    throw CliError.input(shown + ": cannot list the directory: " + Errors.describe(e));
                }
            } else if (Files.exists(path)) {
                if (!Files.isRegularFile(path)) {
                    throw CliError.input(shown + ": not a regular file or directory");
                }
                files.add(readable(path));
            } else {
                throw CliError.input(shown + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw CliError.input("no regular files to read in " + String.join(" ", names.stream().map(ArgumentBytes::shown).toList()));
        }
        return files;
    }

    private static Path readable(Path file) {
        if (!Files.isReadable(file)) {
            throw CliError.input(file + ": permission denied");
        }
        return file;
    }
}
