package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.FullRuns;

/**
 * README.md's results block is what {@code wordbench chart} writes to results.md for the newest
 * committed full run: no number in it is typed by hand, and none is stale.
 */
class ReadmeResultsBlockTest {

    @Test
    void readmeCarriesTheNewestFullRunsTable() throws Exception {
        Path home = Corpus.home();
        BenchResults run = FullRuns.newest(home.resolve("results"))
                .orElseThrow(() -> new AssertionError("no full run committed in results/"));
        String expected = ResultsTable.markdown(ChartInput.of(run));
        String readme = Files.readString(home.resolve("README.md"));
        assertEquals(expected, ReadmeBlock.extract(readme),
                "README.md's results block is not " + run.source() + "'s table; redraw with: wordbench chart results/" + run.source());
    }

    @Test
    void replacingTheBlockKeepsEverythingAroundIt() {
        String readme = "# x\n\nbefore\n" + ReadmeBlock.BEGIN + "\nold\n" + ReadmeBlock.END + "\nafter\n";
        String replaced = ReadmeBlock.replace(readme, "new | table\n");
        assertEquals("# x\n\nbefore\n" + ReadmeBlock.BEGIN + "\nnew | table\n" + ReadmeBlock.END + "\nafter\n", replaced);
        assertEquals("new | table\n", ReadmeBlock.extract(replaced));
    }
}
