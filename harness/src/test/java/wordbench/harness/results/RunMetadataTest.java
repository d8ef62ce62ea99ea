package wordbench.harness.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's metadata survives its file, including what a strategy timed with its own timer. */
class RunMetadataTest {

    @TempDir
    Path dir;

    static RunMetadata withSelfTimed(List<RunMetadata.SelfTimed> calls) {
        return new RunMetadata("2026-12-01T10:15:00Z", "host", "quick", "jdk", "rustc", "jython", "cpu", 2, "os",
                "abc1234", "sha", List.of("cpython-rust", "java-fast"), Map.of("graalpy", "unavailable: no JIT"),
                false, "every available strategy", 42, List.of("1 WordCountBenchmark.count strategy=java-fast"),
                List.of("-Xmx2g"), Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1"), "pinned", 0.05, 0.10, 93,
                List.of(RunMetadata.Entry.of("WordCountBenchmark.count", Map.of("strategy", "java-fast"), 50, 1, "ms/op",
                        3, 15, "within 5.0%", 0.10)),
                calls);
    }

    @Test
    void selfTimedCallsRoundTripWithTheirSamplesMinimumAndTimer() throws Exception {
        RunMetadata.SelfTimed timeit = RunMetadata.SelfTimed.of("cpython-rust", "double(int) through ctypes", "timeit",
                new double[] {212.5, 198.25, 201, 230.125, 199});
        assertEquals(198.25, timeit.min(), "the smallest repeat");
        RunMetadata written = withSelfTimed(List.of(timeit));
        Path file = dir.resolve("run.meta.json");
        written.write(file);
        RunMetadata read = RunMetadata.read(file);
        assertEquals(written, read);
        assertEquals(List.of(212.5, 198.25, 201.0, 230.125, 199.0), read.selfTimedCalls().getFirst().samples(), "in the order they ran");
        assertTrue(Files.readString(file).contains("\"timer\": \"timeit\""), "the label is in the file for any reader");
    }

    @Test
    void aRunWithoutSelfTimedCallsReadsAsNone() throws Exception {
        // A metadata file from before self-timed calls existed: the field is absent.
        Path file = dir.resolve("old.meta.json");
        withSelfTimed(List.of()).write(file);
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertTrue(json.remove("selfTimedCalls") != null, "the field was written");
        Files.writeString(file, json.toString());
        assertEquals(List.of(), RunMetadata.read(file).selfTimedCalls());
    }

    @Test
    void aTimingWithoutAPlausibleSampleIsRefused() {
        for (double[] samples : List.of(new double[0], new double[] {0}, new double[] {-3}, new double[] {Double.NaN},
                new double[] {150, Double.POSITIVE_INFINITY})) {
            assertThrows(IllegalArgumentException.class,
                    () -> RunMetadata.SelfTimed.of("cpython-rust", "double(int) through ctypes", "timeit", samples));
        }
    }
}
