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
import java.util.stream.Stream;
import wordbench.harness.core.Agreement;
import wordbench.harness.core.Strategies;
import wordbench.spi.Availability;
import wordbench.spi.InvalidUtf8Exception;
import wordbench.spi.ReferenceCount;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * {@code wordbench count [--strategy NAME|all] [--top N] PATH...}: the top N words of the
 * combined text of all paths, as {@code word<TAB>count} lines in canonical order.
 */
final class CountCommand {
    static final String ALL = "all";

    private CountCommand() {
    }

    /** Thrown for a command-line mistake (exit 2) or an input problem (exit 1); the message is the whole story. */
    static final class UserError extends Exception {
        final int exitCode;

        UserError(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    static int run(List<String> args) {
        try {
            return count(args);
        } catch (UserError e) {
            System.err.println("wordbench: " + e.getMessage());
            if (e.exitCode == 2) {
                System.err.println(Main.USAGE);
            }
            return e.exitCode;
        }
    }

    private static int count(List<String> args) throws UserError {
        String strategy = null;
        int top = 10;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--strategy", "-s" -> strategy = value(args, ++i, arg);
                case "--top", "-n" -> top = positive(value(args, ++i, arg), arg);
                case "--" -> {
                    paths.addAll(args.subList(i + 1, args.size()));
                    i = args.size();
                }
                default -> {
                    if (arg.startsWith("--strategy=")) {
                        strategy = arg.substring("--strategy=".length());
                    } else if (arg.startsWith("--top=")) {
                        top = positive(arg.substring("--top=".length()), "--top");
                    } else if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UserError(2, "unknown option '" + arg + "'");
                    } else {
                        paths.add(arg);
                    }
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UserError(2, "count needs at least one PATH");
        }
        List<Path> files = expand(paths);
        try (Strategies strategies = Strategies.load()) {
            if (ALL.equals(strategy)) {
                return countWithAll(strategies, files, top);
            }
            WordCounter counter = choose(strategies, strategy);
            print(counter.count(files, top));
            return 0;
        } catch (InvalidUtf8Exception e) {
            System.err.println("wordbench: " + e.file() + ": invalid UTF-8 at byte offset " + e.byteOffset()
                    + " (wordbench reads UTF-8 only and never replaces bytes)");
            return 1;
        } catch (NoSuchFileException e) {
            System.err.println("wordbench: " + e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            System.err.println("wordbench: cannot read the input: " + e.getMessage());
            return 1;
        }
    }

    private static WordCounter choose(Strategies strategies, String name) throws UserError {
        if (name == null) {
            return strategies.fastestAvailable().orElseThrow(() -> new UserError(1,
                    "no strategy is available here; see 'wordbench list'"));
        }
        WordCounter counter = strategies.byName(name).orElseThrow(() -> new UserError(2,
                "unknown strategy '" + name + "'; the strategies are: "
                        + (strategies.all().isEmpty() ? "" : strategies.nameList() + ", ") + ALL));
        Availability availability = Strategies.availability(counter);
        if (!availability.available()) {
            throw new UserError(1, "strategy " + name + " is unavailable: " + availability.reason());
        }
        return counter;
    }

    private static int countWithAll(Strategies strategies, List<Path> files, int top) throws IOException, UserError {
        List<WordCounter> available = strategies.available();
        if (available.isEmpty()) {
            throw new UserError(1, "no strategy is available here; see 'wordbench list'");
        }
        Agreement agreement = Agreement.check(available, files, top, ReferenceCount::topWords);
        print(agreement.agreed());
        if (agreement.unanimous()) {
            System.err.println("wordbench: all " + available.size() + " available strategies agree: "
                    + String.join(", ", agreement.agreeing()));
            return 0;
        }
        for (Map.Entry<String, String> dissent : agreement.dissenting().entrySet()) {
            System.err.println("wordbench: DISAGREES: " + dissent.getKey() + " " + dissent.getValue());
        }
        System.err.println("wordbench: printed the answer of " + String.join(", ", agreement.agreeing()));
        return 1;
    }

    private static void print(TopWords top) {
        System.out.print(top.toTsv());
        System.out.flush();
    }

    /** The regular files the paths name: a file as given, a directory as the regular files directly in it. */
    static List<Path> expand(List<String> paths) throws UserError {
        List<Path> files = new ArrayList<>();
        for (String name : paths) {
            Path path;
            try {
                path = Path.of(name);
            } catch (InvalidPathException e) {
                throw new UserError(1, name + ": not a valid path (" + e.getReason() + ")");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    List<Path> regular = children.filter(Files::isRegularFile).sorted().toList();
                    for (Path child : regular) {
                        files.add(readable(child));
                    }
                } catch (AccessDeniedException e) {
                    throw new UserError(1, name + ": permission denied");
                } catch (IOException e) {
                    throw new UserError(1, name + ": cannot list the directory: " + e.getMessage());
                }
            } else if (Files.exists(path)) {
                if (!Files.isRegularFile(path)) {
                    throw new UserError(1, name + ": not a regular file or directory");
                }
                files.add(readable(path));
            } else {
                throw new UserError(1, name + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new UserError(1, "no regular files to read in " + String.join(" ", paths));
        }
        return files;
    }

    private static Path readable(Path file) throws UserError {
        if (!Files.isReadable(file)) {
            throw new UserError(1, file + ": permission denied");
        }
        return file;
    }

    private static String value(List<String> args, int i, String option) throws UserError {
        if (i >= args.size()) {
            throw new UserError(2, option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String text, String option) throws UserError {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same words as a zero or a negative number
        }
        throw new UserError(2, option + " must be a positive integer, not '" + text + "'");
    }
}
