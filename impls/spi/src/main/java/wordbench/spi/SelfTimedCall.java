package wordbench.spi;

import java.io.IOException;

/**
 * Optional for a {@link WordCounter} whose own language calls native code through a foreign
 * function interface, and can time one such call with that language's own timer, the way its users
 * would measure it (CPython: {@code timeit} over a {@code ctypes} call). JMH cannot time a call
 * that happens in another process; this is how such a number reaches the results. The benchmark
 * pipeline finds the strategies implementing it (never by name), asks once per run at a quiet
 * moment, and records the samples beside the JMH results, labelled with {@link #timer()}: they are
 * not JMH numbers.
 */
public interface SelfTimedCall {

    /** The call that is timed, in a few words for a chart and the results, e.g. "double(int) through ctypes". */
    String timedCall();

    /** What timed it, in a few words, as a chart labels it, e.g. "timeit". */
    String timer();

    /**
     * Times the call in {@code repeats} repeats of the timer (each repeat a loop of many calls, as
     * the timer does it) and returns each repeat's nanoseconds per call, in the order they ran. Takes
     * at most a few seconds. The strategy must be {@linkplain WordCounter#availability() available}.
     *
     * @throws IllegalArgumentException when {@code repeats < 1}
     */
    double[] nanosPerCall(int repeats) throws IOException;
}
