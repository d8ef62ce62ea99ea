package wordbench.harness.bench;

import java.time.Duration;
import java.util.List;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;

/**
 * How thoroughly to measure: the one place the pipeline's (and {@code wordbench jmh}'s default)
 * warm-up, measurement, fork counts and time caps live. {@link #QUICK} proves the pipeline and
 * gives rough numbers within three minutes; {@link #FULL} is the committed run, within twenty
 * minutes on two cores.
 *
 * @param copies            the copies of big.txt every strategy is timed on; thread scaling uses the largest
 * @param slowCopies        the copies strategies with slow calls ({@link WarmUp#slowCalls()}) are timed on
 * @param budget            the wall time the whole run aims at: the first {@code minForks} rounds always
 *                          run; extra rounds for entries still too wide start only while they fit in it
 * @param quick             warm word count, {@link WarmUp#QUICK} (native code, an external CPython)
 * @param standard          warm word count, {@link WarmUp#STANDARD} (JVM bytecode)
 * @param slow              warm word count, {@link WarmUp#LONG} (Jython): an iteration is one call
 * @param extended          warm word count, {@link WarmUp#EXTENDED} (GraalPy: ~100 s before it runs compiled)
 * @param floor             the floor benchmark
 * @param callOverhead      one call of {@code double(int)}
 * @param threadScaling     the parallel strategies by worker count
 * @param cold              the first call in a fresh JVM: one sample per fork
 * @param garbageIteration  the shortest measurement iteration of a strategy that leaves garbage per
 *                          word ({@link StrategyTraits#garbagePerWord()}), so that each holds several calls
 */
public record BenchProfile(String id, List<Integer> copies, List<Integer> slowCopies, Duration budget,
                           Sampling quick, Sampling standard, Sampling slow, Sampling extended, Sampling floor,
                           Sampling callOverhead, Sampling threadScaling, Sampling cold, Duration garbageIteration) {

    /** Sampling stops once the 99.9% interval is within this fraction of the score. */
    public static final double TARGET_ERROR = 0.05;
    /** An entry whose 99.9% interval is wider than this fraction of the score is flagged as noisy. */
    public static final double NOISY_ERROR = 0.10;
    /**
     * The forks every headline entry (a strategy on one copy of big.txt: the slide, the speedups,
     * every number relative to another strategy) gets at least, where its sampling allows as many
     * (not GraalPy's single long fork). In the runs of 2026-12-01 the two-run comparison moved most
     * where an entry had two forks and one of them fell in a minute when the machine ran slow.
     */
    public static final int HEADLINE_MIN_FORKS = 3;

    public static final BenchProfile QUICK = new BenchProfile("quick", List.of(1, 4), List.of(1),
            Duration.ofSeconds(150),
            Sampling.of(Timing.of(2, 100, 3, 200), 1, 2, 6),
            Sampling.of(Timing.of(3, 200, 3, 200), 1, 2, 8),
            Sampling.of(Timing.of(1, 500, 2, 500), 1, 1, 30),
            // Far from GraalPy's warm time: the quick profile only proves the pipeline (its charts say noisy).
            Sampling.of(Timing.of(2, 2000, 2, 1000), 1, 1, 30),
            Sampling.of(Timing.of(2, 100, 3, 100), 1, 1, 5),
            Sampling.of(Timing.of(2, 100, 3, 100), 1, 1, 5),
            Sampling.of(Timing.of(2, 200, 3, 200), 1, 1, 6),
            // One cold JVM each: the quick profile proves the pipeline (GraalPy's first call alone is ~20 s).
            Sampling.of(Timing.SINGLE_SHOT, 1, 1, 20),
            Duration.ofMillis(200));

    /*
     * FULL's counts come from the committed runs' own data: in 2026-12-01T000614Z most warm entries
     * stopped on the run budget with 2 forks of 5 samples, where a 99.9% interval is 1.5 standard
     * deviations wide (Student's t with 9 degrees of freedom): only entries with a spread under ~3%
     * could reach 5%. Here every fork measures 10 iterations (2 forks: 0.9 standard deviations), and
     * the time comes from entries that said little: 2 copies (between 1 and 4 on a straight line),
     * GraalPy's and Jython's flood inputs (131 s and 18 s a fork in that run, for interpreters whose
     * dicts the flood does not target), CPython on 4 copies (27 s a fork).
     */
    public static final BenchProfile FULL = new BenchProfile("full", List.of(1, 4, 8), List.of(1),
            Duration.ofSeconds(1110),
            Sampling.of(Timing.of(3, 200, 10, 200), 2, 8, 45),
            Sampling.of(Timing.of(4, 300, 10, 200), 2, 8, 60),
            // Jython: the first few calls run in its interpreter and C1; 6 warm calls, 12 measured.
            Sampling.of(Timing.of(6, 1000, 12, 1000), 2, 4, 150),
            // GraalPy: ~100 s of calls before its Python loop runs compiled, and still some per cent faster
            // 20 s later (2026-12-01T044512Z: 409 ms a call at the first measured iteration, 351-377 at the
            // last); one long fork, a second only if wide.
            Sampling.of(Timing.of(30, 4000, 30, 1000), 1, 2, 290),
            Sampling.of(Timing.of(3, 200, 10, 200), 2, 6, 30),
            Sampling.of(Timing.of(3, 200, 10, 200), 2, 6, 30),
            Sampling.of(Timing.of(4, 300, 10, 300), 2, 8, 60),
            // Six cold JVMs each: a median and an interval from six; never more (a cold interval is
            // wide by nature, and extra forks would take the budget the warm entries need).
            Sampling.of(Timing.SINGLE_SHOT, 6, 6, 30),
            // java-hashmap on the flood text (~130 ms a call): 200 ms iterations swung ±26% around
            // their mean within a fork, as a collection fell in one call or none; 1 s ones ±8%.
            Duration.ofSeconds(1));

    public BenchProfile {
        copies = List.copyOf(copies);
        slowCopies = List.copyOf(slowCopies);
        if (copies.isEmpty() || !copies.containsAll(slowCopies) || !slowCopies.contains(1)) {
            throw new IllegalArgumentException("copies " + copies + " must include the slow strategies' copies "
                    + slowCopies + ", which must include 1");
        }
    }

    public static BenchProfile named(String id) {
        return switch (id) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("no profile " + id);
        };
    }

    public int largestCopies() {
        return copies.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The copies a strategy is timed (and checked) on: fewer when one call takes seconds. */
    public List<Integer> copies(StrategyTraits traits) {
        return traits.warmUp().slowCalls() ? slowCopies : copies;
    }

    /** Below this time per copy a strategy is timed on every copies value. */
    static final Duration FAST_OP = Duration.ofMillis(60);
    /** Below this (and above {@link #FAST_OP}): timed on 1 and 4 copies; above it, on 1 copy only. */
    static final Duration SLOW_OP = Duration.ofMillis(250);

    /**
     * The copies a strategy's warm time is measured on, by what one copy took it in the agreement
     * check: every size for a fast one; for one taking 60 ms or more, 1 and 4 (the talk's sizes)
     * only, since each larger size would cost its seconds in every fork; 1 only from a quarter of a
     * second (CPython's 4-copy forks took 27 s each in 2026-12-01T000614Z). The thresholds sit about
     * twice away from every strategy's time here (java-hashmap and rust-jni-talk ~0.1 s, CPython
     * ~0.5 s), so two runs on one machine plan the same entries.
     */
    public List<Integer> copies(StrategyTraits traits, Duration perCopy) {
        List<Integer> allowed = copies(traits);
        if (perCopy.compareTo(SLOW_OP) >= 0) {
            return List.of(1);
        }
        if (perCopy.compareTo(FAST_OP) >= 0) {
            return allowed.stream().filter(c -> c == 1 || c == 4).toList();
        }
        return allowed;
    }

    /** How a strategy's warm word count is sampled: by its warm-up class, in longer iterations if it leaves garbage per word. */
    public Sampling wordCount(StrategyTraits traits) {
        Sampling byWarmUp = switch (traits.warmUp()) {
            case QUICK -> quick;
            case STANDARD -> standard;
            case LONG -> slow;
            case EXTENDED -> extended;
        };
        return traits.garbagePerWord() ? byWarmUp.measuringAtLeast(garbageIteration) : byWarmUp;
    }
}
