package wordbench.harness.bench;

import java.util.List;

/**
 * How thoroughly to measure. {@link #QUICK} proves the pipeline and gives rough numbers in about
 * three minutes; {@link #FULL} is the committed run, budgeted at fifteen minutes on two cores
 * (Jython, at seconds per call, is most of it).
 *
 * @param copies        the copies of big.txt every strategy is timed on; thread scaling uses the largest
 * @param interpretedCopies the copies Jython is timed on (at 15 s a call on 4 copies, quick skips those)
 * @param coldForks     forks of the cold first call: each fork is one sample
 * @param java          warm word count of the Java strategies (and of any unknown group)
 * @param nativeCode    warm word count of the Rust strategies
 * @param interpreted   warm word count of Jython: an iteration is one call (seconds), so many short ones:
 *                      JMH's 99.9% interval over 4 samples is 6.5 standard deviations wide, over 8 it is 1.9;
 *                      the full profile warms it with 6 calls (the first few run in Jython's interpreter and C1)
 */
public record BenchProfile(String id, List<Integer> copies, List<Integer> interpretedCopies, int coldForks, Timing java, Timing nativeCode,
                           Timing interpreted, Timing floor, Timing callOverhead, Timing threadScaling) {

    public static final BenchProfile QUICK = new BenchProfile("quick", List.of(1, 4), List.of(1), 2,
            Timing.of(3, 300, 3, 300, 1),
            Timing.of(2, 200, 3, 200, 1),
            Timing.of(1, 500, 2, 500, 1),
            Timing.of(2, 200, 3, 200, 1),
            Timing.of(2, 200, 3, 200, 1),
            Timing.of(2, 300, 3, 300, 1));

    public static final BenchProfile FULL = new BenchProfile("full", List.of(1, 4), List.of(1, 4), 4,
            Timing.of(5, 1000, 5, 1000, 2),
            Timing.of(3, 1000, 5, 1000, 2),
            Timing.of(6, 1000, 10, 1000, 1),
            Timing.of(3, 1000, 5, 1000, 2),
            Timing.of(2, 1000, 4, 1000, 2),
            Timing.of(3, 1000, 5, 1000, 1));

    public BenchProfile {
        copies = List.copyOf(copies);
        interpretedCopies = List.copyOf(interpretedCopies);
        if (copies.isEmpty() || !copies.containsAll(interpretedCopies) || !interpretedCopies.contains(1)) {
            throw new IllegalArgumentException("copies " + copies + " must include the interpreted copies "
                    + interpretedCopies + ", which must include 1");
        }
    }

    public int largestCopies() {
        return copies.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The copies a strategy of this group is timed (and checked) on. */
    public List<Integer> copies(StrategyGroup group) {
        return group == StrategyGroup.INTERPRETED ? interpretedCopies : copies;
    }

    public Timing wordCount(StrategyGroup group) {
        return switch (group) {
            case JAVA, OTHER -> java;
            case NATIVE -> nativeCode;
            case INTERPRETED -> interpreted;
        };
    }
}
