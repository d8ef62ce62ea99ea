package wordbench.impls.java;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import wordbench.spi.WordCounter;

/**
 * Main class run in a child JVM by {@link OneGigabyteInputTest}: {@code STRATEGY N FILE...}
 * prints the top N as TSV (or
 * {@code refused: MESSAGE} on standard error for an IOException, exit 1), so that a test can count under a heap limit of its choosing.
 */
public final class CountInChildJvm {
    private CountInChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Arrays.stream(args, 2, args.length).map(Path::of).toList();
        for (WordCounter counter : ServiceLoader.load(WordCounter.class)) {
            if (counter.name().equals(args[0])) {
                try (counter) {
                    String tsv = counter.count(files, Integer.parseInt(args[1])).toTsv();
                    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
                    out.print(tsv);
                    out.flush();
                } catch (java.io.IOException refused) {
                    // What the command line would show; anything else escapes with its stack trace.
                    System.err.println("refused: " + refused.getMessage());
                    System.exit(1);
                }
                return;
            }
        }
        System.err.println("no strategy named " + args[0]);
        System.exit(2);
    }
}
