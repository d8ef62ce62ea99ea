package wordbench.harness.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AverageTimeResult;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/** JMH results made up in the test, as one fork of JMH would report them: no JVM, no timing. */
final class SyntheticForks {

    private SyntheticForks() {
    }

    /** One fork of {@code benchmark} (fully qualified "pkg.Class.method") whose iterations took these ms/op. */
    static RunResult fork(String benchmark, Map<String, String> params, double... millisPerOp) {
        WorkloadParams workload = new WorkloadParams();
        int order = 0;
        for (Map.Entry<String, String> p : params.entrySet()) {
            workload.put(p.getKey(), p.getValue(), order++);
        }
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 0, TimeValue.seconds(1), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, millisPerOp.length, TimeValue.seconds(1), 1);
        BenchmarkParams bp = new BenchmarkParams(benchmark, benchmark + "_jmhTest", false, 1, new int[] {1}, List.of(),
                1, 0, warmup, measurement, Mode.AverageTime, workload, TimeUnit.MILLISECONDS, 1, "java", List.of(),
                "25", "test VM", "25", "1.37", TimeValue.minutes(10));
        List<IterationResult> iterations = new ArrayList<>();
        for (double ms : millisPerOp) {
            IterationResult iteration = new IterationResult(bp, measurement, null);
            long ops = 1000;
            iteration.addResult(new AverageTimeResult(ResultRole.PRIMARY, "op", ops, Math.round(ms * 1e6 * ops), TimeUnit.MILLISECONDS));
            iterations.add(iteration);
        }
        return new RunResult(bp, List.of(new BenchmarkResult(bp, iterations)));
    }
}
