package wordbench.harness.huge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import wordbench.harness.core.Strategies;
import wordbench.spi.TopWords;
import wordbench.spi.WordCounter;

/**
 * The child JVM of {@link ThreeGigabyteInputTest}: {@code STRATEGY N FILE} prints the top N as TSV
 * on standard output, then on standard error the peak resident set ({@code VmHWM}) of this process
 * and the largest of its child processes' (a CPython worker), measured before the strategy is closed.
 */
public final class CountAndReportPeakMemory {
    static final String PEAK_SELF = "peak resident KiB, this JVM: ";
    static final String PEAK_CHILDREN = "peak resident KiB, largest child process: ";

    private CountAndReportPeakMemory() {
    }

    public static void main(String[] args) throws IOException {
        try (Strategies strategies = Strategies.load()) {
            WordCounter counter = strategies.byName(args[0]).orElseThrow(() -> new IllegalArgumentException("no strategy " + args[0]));
            TopWords top = counter.count(List.of(Path.of(args[2])), Integer.parseInt(args[1]));
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.print(top.toTsv());
            out.flush();
            long children = ProcessHandle.current().descendants()
                    .mapToLong(child -> peakResidentKib(child.pid())).max().orElse(0);
            System.err.println(PEAK_SELF + peakResidentKib(ProcessHandle.current().pid()));
            System.err.println(PEAK_CHILDREN + children);
        }
    }

    /** VmHWM of /proc/PID/status: the most memory the process ever had resident, in KiB (0 if gone). */
    static long peakResidentKib(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
