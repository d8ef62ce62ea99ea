package wordbench.harness.chart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.PendingFiles;

/** Every chart, and drawing all of them from one results file. */
public final class Charts {

    /** Every chart, in the order of the talk. */
    public static final List<ResultChart> ALL = List.of(
            new SlideChart(), new SpeedupChart(), new CopiesChart(), new ColdCallChart(),
            new CallOverheadChart(), new ThreadScalingChart(), new AllocationChart());

    private Charts() {
    }

    /** Draws every chart the results can fill into {@code pending}; says which it skipped and why. */
    public static List<Path> render(BenchResults results, Path dir, PendingFiles pending, PrintStream log)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ResultChart chart : ALL) {
            Optional<? extends Chart<?, ?>> drawn = chart.create(results);
            if (drawn.isEmpty()) {
                log.println("wordbench chart: no " + chart.name() + " chart: it needs " + chart.needs());
                continue;
            }
            written.addAll(ChartFiles.write(drawn.get(), results.footer(), dir, chart.name(), pending));
        }
        return written;
    }
}
