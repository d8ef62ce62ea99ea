package wordbench.harness.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import wordbench.harness.core.Agreement;
import wordbench.spi.ReferenceCount;
import wordbench.spi.WordCounter;

/**
 * The gate before any timing: every strategy counts each benchmark input it will be timed on, and
 * one that disagrees with the others (or fails) is shut out of the run and the charts, loudly. A
 * fast wrong answer is not a result.
 */
final class AgreementGate {

    private final BenchProfile profile;
    private final PrintStream log;
    private final Map<String, Duration> timePerCopy = new LinkedHashMap<>();

    AgreementGate(BenchProfile profile, PrintStream log) {
        this.profile = profile;
        this.log = log;
    }

    /**
     * Checks the candidates on every input (copies → file); adds the ones shut out to
     * {@code excluded} (name → why) and returns the names of those let through, in candidate order.
     */
    List<String> admit(List<WordCounter> candidates, SortedMap<Integer, Path> inputs, Map<String, String> excluded)
            throws IOException {
        List<TimedCounter> timed = candidates.stream().map(TimedCounter::new).toList();
        for (Map.Entry<Integer, Path> entry : inputs.entrySet()) {
            int copies = entry.getKey();
            Path input = entry.getValue();
            List<TimedCounter> checked = timed.stream().filter(c -> !excluded.containsKey(c.name()))
                    .filter(c -> profile.copies(c.traits()).contains(copies))
                    .toList();
            log.println("wordbench bench: checking that " + checked.size() + " strategies agree on " + copies
                    + (copies == 1 ? " copy" : " copies") + " (" + input.getFileName() + ")");
            Agreement agreement = Agreement.check(List.copyOf(checked), List.of(input), BenchPipeline.TOP,
                    ReferenceCount::topWords);
            agreement.dissenting().forEach((name, why) -> {
                BenchPipeline.loud(log, "EXCLUDED " + name + ": " + (why.startsWith("failed") ? "it failed on "
                        : "it disagrees with the others on ") + input.getFileName() + ": " + why);
                excluded.put(name, "disagreed on " + input.getFileName() + ": " + why);
            });
            for (TimedCounter counter : checked) {
                // The guess for the progress estimate: the time per copy, the best seen (the first
                // call of all is the coldest; later ones are closer to the warm time JMH will see).
                timePerCopy.merge(counter.name(), counter.lastCallDuration().dividedBy(copies),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return candidates.stream().map(WordCounter::name).filter(name -> !excluded.containsKey(name)).toList();
    }

    /** How long each strategy took per copy in the check (near-cold calls: a safe-side guess). */
    Map<String, Duration> timePerCopy() {
        return timePerCopy;
    }
}
