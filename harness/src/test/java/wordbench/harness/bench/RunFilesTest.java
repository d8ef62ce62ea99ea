package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wordbench.harness.results.PendingFiles;

/** A second run never writes over the first: its own name, and a commit that refuses to replace. */
class RunFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRunIsNamedByItsStartHostAndProfile() {
        assertEquals("2026-12-01T101500Z-myhost-full",
                BenchPipeline.runName(Instant.parse("2026-12-01T10:15:00.123Z"), "myhost", "full"));
    }

    @Test
    void aSecondRunStartedInTheSameSecondGetsANameOfItsOwn() throws IOException {
        String stem = "2026-12-01T101500Z-myhost-quick";
        assertEquals(stem, BenchPipeline.freeStem(dir, stem));
        Files.writeString(dir.resolve(stem + ".json"), "[]");
        assertEquals(stem + "-2", BenchPipeline.freeStem(dir, stem));
        Files.createDirectory(dir.resolve(stem + "-2-charts"));
        assertEquals(stem + "-3", BenchPipeline.freeStem(dir, stem), "its charts folder counts too");
    }

    @Test
    void resultsAreNeverWrittenOverAnotherRunsFiles() throws IOException {
        Path first = Files.writeString(dir.resolve("run.json"), "the first run");
        try (PendingFiles pending = new PendingFiles()) {
            Files.writeString(pending.create(first), "the second run");
            assertThrows(FileAlreadyExistsException.class, pending::commitNew);
        }
        assertEquals("the first run", Files.readString(first));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
