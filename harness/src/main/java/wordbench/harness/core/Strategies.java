package wordbench.harness.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import wordbench.spi.Availability;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WordCounter;

/**
 * Every strategy on the classpath, found with {@link ServiceLoader} so that adding one never
 * means editing the harness. Closing the registry closes every strategy (interpreters, native state).
 */
public final class Strategies implements AutoCloseable {

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

    /**
     * The strategy {@code count} uses when none is named: the first available one in the measured
     * order (fastest first, e.g. from the newest full results file), then the rest in their declared
     * {@link StrategyTraits#countOrder()}. Availability is checked only as far as needed, so a
     * strategy with an expensive check (a worker process) is not started to be passed over.
     */
    public Optional<WordCounter> preferred(List<String> measuredFastestFirst) {
        return inPreferenceOrder(measuredFastestFirst).stream().filter(c -> availability(c).available()).findFirst();
    }

    /** Every strategy, measured ones first in the measured order, then by declared count order and name. */
    public List<WordCounter> inPreferenceOrder(List<String> measuredFastestFirst) {
        Comparator<WordCounter> measured = Comparator.comparingInt(c -> {
            int rank = measuredFastestFirst.indexOf(c.name());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        });
        return all.stream()
                .sorted(measured.thenComparingInt((WordCounter c) -> c.traits().countOrder())
                        .thenComparing(WordCounter::name))
                .toList();
    }

    /** Strategy name to its traits, for everything registered. */
    public Map<String, StrategyTraits> traits() {
        Map<String, StrategyTraits> traits = new TreeMap<>();
        all.forEach(c -> traits.put(c.name(), c.traits()));
        return traits;
    }

    /**
     * The traits of every strategy registered with the context class loader, by name: what the
     * harness reads where it only has a name (a results file, a benchmark plan). Kept per class
     * loader, so a test registering its own strategies sees them.
     */
    public static Map<String, StrategyTraits> registeredTraits() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        synchronized (TRAITS_BY_LOADER) {
            Map<String, StrategyTraits> known = TRAITS_BY_LOADER.get(loader);
            if (known == null) {
                try (Strategies strategies = load()) {
                    known = Map.copyOf(strategies.traits());
                }
                TRAITS_BY_LOADER.put(loader, known);
            }
            return known;
        }
    }

    private static final Map<ClassLoader, Map<String, StrategyTraits>> TRAITS_BY_LOADER = new WeakHashMap<>();

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
