package wordbench.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import wordbench.harness.bench.BenchProfile;
import wordbench.harness.bench.ForkJvm;
import wordbench.harness.bench.Timing;

/** What {@code wordbench jmh} fills in that the command line left unset. */
class JmhDefaultsTest {

    @Test
    void aPipelineBenchmarkGetsTheFullProfilesSettingsUnlessTheCommandLineSetsThem() throws Exception {
        Timing floor = BenchProfile.FULL.floor().timing();
        Options options = JmhCommand.withDefaults(new CommandLineOptions("FloorBenchmark"));
        assertEquals(floor.warmupIterations(), options.getWarmupIterations().get());
        assertEquals(floor.measurementIterations(), options.getMeasurementIterations().get());
        assertEquals(BenchProfile.FULL.floor().minForks(), options.getForkCount().get());
        assertTrue(options.getJvmArgsAppend().get().containsAll(ForkJvm.MEMORY));

        Options given = JmhCommand.withDefaults(new CommandLineOptions("FloorBenchmark", "-wi", "1", "-f", "3"));
        assertEquals(1, given.getWarmupIterations().get());
        assertEquals(3, given.getForkCount().get());
    }

    @Test
    void aBenchmarkThatStatesItsOwnSettingsKeepsThem() throws Exception {
        Options options = JmhCommand.withDefaults(new CommandLineOptions("StringHashFloodBenchmark"));
        assertFalse(options.getWarmupIterations().hasValue(), "its @Warmup stands");
        assertFalse(options.getMeasurementIterations().hasValue(), "its @Measurement stands");
        assertFalse(options.getForkCount().hasValue(), "its @Fork stands");
        assertTrue(options.getJvmArgsAppend().get().containsAll(ForkJvm.MEMORY), "the forks' memory settings still apply");
    }
}
