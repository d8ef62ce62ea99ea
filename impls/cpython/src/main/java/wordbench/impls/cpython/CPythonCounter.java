package wordbench.impls.cpython;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kohsuke.MetaInfServices;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WarmUp;
import wordbench.spi.WholeTextLimit;
import wordbench.spi.WordCounter;

/**
 * The talk's Python as the talk ran it: {@code Counter(re.findall(r'\w+', text.lower()))} in
 * CPython 3.11 ({@code top_words.py}), in a worker process that reads the files itself. What the
 * JVM adds is one pipe round trip per count.
 */
@MetaInfServices(WordCounter.class)
public final class CPythonCounter extends WorkerCounter {

    public CPythonCounter() {
        super('c', worker -> { });
    }

    /** For tests: another interpreter, or a shorter time before the worker counts as hung. */
    CPythonCounter(String python, Duration baseTimeout) {
        super('c', worker -> { }, python, baseTimeout);
    }

    /**
     * The worker holds a file's bytes, its text, the lowered copy and the list of words at once:
     * 14 times the file at its peak (maxrss of 712 MB over 52 MB of big.txt copies, CPython 3.11).
     */
    @Override
    void requireSizes(List<Path> files) throws IOException {
        WholeTextLimit.require(files, WholeTextLimit.bytesForMachine(14), name());
    }

    @Override
    public String name() {
        return "cpython";
    }

    @Override
    public String description() {
        return "the talk's Counter(re.findall(r'\\w+', text.lower())) in a CPython 3.11 worker process (pipe to the JVM)";
    }

    @Override
    public StrategyTraits traits() {
        return StrategyTraits.of(RuntimeKind.EXTERNAL_PROCESS, WarmUp.QUICK,
                "CPython's interpreter has no JIT: the first call is as fast as the rest, once the worker runs", 80)
                .asBaseline(1);
    }
}
