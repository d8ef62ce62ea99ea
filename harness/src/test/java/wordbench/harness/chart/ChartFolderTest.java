package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart folder is replaced as a whole or not at all, and a killed swap is put right. */
class ChartFolderTest {

    @TempDir
    Path parent;

    Path charts() {
        return parent.resolve("charts");
    }

    List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    void oldSet() throws IOException {
        Files.createDirectories(charts());
        Files.writeString(charts().resolve("slide.png"), "old slide");
        Files.writeString(charts().resolve("speedup.png"), "old speedup");
    }

    @Test
    void theNewSetReplacesTheOldOneWhole() throws IOException {
        oldSet();
        ChartFolder.replace(charts(), dir -> Files.writeString(dir.resolve("slide.png"), "new slide"));
        assertEquals(List.of("slide.png"), names(charts()), "no chart of the old set survives beside the new one");
        assertEquals("new slide", Files.readString(charts().resolve("slide.png")));
        assertEquals(List.of("charts"), names(parent), "no temporary folder left behind");
    }

    @Test
    void aFailureHalfwayLeavesTheOldSetWholeAndNoTemporaryFile() throws IOException {
        oldSet();
        assertThrows(IOException.class, () -> ChartFolder.replace(charts(), dir -> {
            Files.writeString(dir.resolve("slide.png"), "new slide");
            throw new IOException("the third chart failed");
        }));
        assertEquals(List.of("slide.png", "speedup.png"), names(charts()));
        assertEquals("old slide", Files.readString(charts().resolve("slide.png")));
        assertEquals(List.of("charts"), names(parent));
    }

    @Test
    void aKillBetweenTheTwoRenamesIsPutRightByTheNextWrite() throws IOException {
        oldSet();
        // As a kill -9 leaves it: the old set moved aside, the new one half drawn, charts/ gone.
        Files.move(charts(), parent.resolve(".charts.old-1"));
        Files.createDirectory(parent.resolve(".charts.new-1"));
        Files.writeString(parent.resolve(".charts.new-1").resolve("slide.png"), "half");
        ChartFolder.recover(charts());
        assertEquals(List.of("charts"), names(parent));
        assertEquals("old slide", Files.readString(charts().resolve("slide.png")));
        assertTrue(Files.exists(charts().resolve("speedup.png")));
    }
}
