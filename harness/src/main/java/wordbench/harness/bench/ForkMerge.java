package wordbench.harness.bench;

import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.WorkloadParams;

/**
 * Rounds of one-fork JMH runs of the same (benchmark, params) merged into the one result JMH would
 * have made had it run all those forks itself: every fork's raw data kept, the score and the 99.9%
 * interval computed by JMH's own aggregation over all samples, the fork count set to the total.
 */
final class ForkMerge {

    private ForkMerge() {
    }

    static RunResult merge(List<RunResult> forks) {
        if (forks.isEmpty()) {
            throw new IllegalArgumentException("no fork to merge");
        }
        List<BenchmarkResult> all = forks.stream().flatMap(r -> r.getBenchmarkResults().stream()).toList();
        return new RunResult(withForks(forks.getFirst().getParams(), all.size()), all);
    }

    private static BenchmarkParams withForks(BenchmarkParams p, int forks) {
        WorkloadParams params = new WorkloadParams();
        int order = 0;
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key), order++);
        }
        return new BenchmarkParams(p.getBenchmark(), p.generatedBenchmark(), p.shouldSynchIterations(),
                p.getThreads(), p.getThreadGroups(), p.getThreadGroupLabels(), forks, p.getWarmupForks(),
                p.getWarmup(), p.getMeasurement(), p.getMode(), params, p.getTimeUnit(), p.getOpsPerInvocation(),
                p.getJvm(), p.getJvmArgs(), p.getJdkVersion(), p.getVmName(), p.getVmVersion(), p.getJmhVersion(),
                p.getTimeout());
    }
}
