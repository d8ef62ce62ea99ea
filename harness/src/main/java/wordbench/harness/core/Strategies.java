package wordbench.harness.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import wordbench.spi.Availability;
import wordbench.spi.WordCounter;

/**
 * Every strategy on the classpath, found with {@link ServiceLoader} so that adding one never
 * means editing the harness. Closing the registry closes every strategy (interpreters, native state).
 */
public final class Strategies implements AutoCloseable {

    /**
     * Which strategy {@code count} uses when none is named: the first available one in this order.
     * It is the speed order of the committed full run (results/2026-11-25-vm.json, big.txt);
     * strategies not listed come last.
     */
    static final List<String> PREFERENCE = List.of(
            "rust-parallel", "rust-ffm", "rust-jni", "java-parallel", "java-fast",
            "rust-jni-talk", "java-hashmap", "jython");

    private final List<WordCounter> all;

    private Strategies(List<WordCounter> all) {
        this.all = List.copyOf(all);
    }

    /** Loads every registered strategy, sorted by name; two strategies with one name is a build error. */
    public static Strategies load() {
        List<WordCounter> found = new ArrayList<>();
        try {
            for (WordCounter counter : ServiceLoader.load(WordCounter.class)) {
                found.add(counter);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a strategy could not be created: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(WordCounter::name));
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).name().equals(found.get(i - 1).name())) {
                throw new IllegalStateException("two strategies are named " + found.get(i).name() + ": "
                        + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
            }
        }
        return new Strategies(found);
    }

    public List<WordCounter> all() {
        return all;
    }

    public List<WordCounter> available() {
        return all.stream().filter(c -> availability(c).available()).toList();
    }

    public List<String> names() {
        return all.stream().map(WordCounter::name).toList();
    }

    public Optional<WordCounter> byName(String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The fastest available strategy by {@link #PREFERENCE}. */
    public Optional<WordCounter> fastestAvailable() {
        return available().stream()
                .min(Comparator.comparingInt(c -> {
                    int rank = PREFERENCE.indexOf(c.name());
                    return rank < 0 ? Integer.MAX_VALUE : rank;
                }));
    }

    /** A strategy's availability; a check that throws counts as unavailable, with its message. */
    public static Availability availability(WordCounter counter) {
        try {
            return counter.availability();
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("availability check failed: " + e);
        }
    }

    /** "a, b, c" — for error messages that list the choices. */
    public String nameList() {
        return all.stream().map(WordCounter::name).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        for (WordCounter counter : all) {
            try {
                counter.close();
            } catch (Exception e) {
                System.err.println("wordbench: closing " + counter.name() + " failed: " + e.getMessage());
            }
        }
    }
}
