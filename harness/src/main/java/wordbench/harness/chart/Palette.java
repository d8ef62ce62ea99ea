package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import wordbench.spi.RuntimeKind;
import wordbench.spi.StrategyTraits;

/**
 * One colour per runtime kind (where a strategy's code runs, as its traits say), the same on every
 * chart: eleven strategies are more than any colour-blind-safe palette has distinct colours, and
 * "all the native-through-JNI ones are vermillion" is something an audience can read. Strategies of
 * one kind are told apart by their names on the bars and line ends, and on lines also by their
 * marker (every line its own, taken in the run's name order). No colour is picked from what a name says, so a new
 * strategy needs nothing here.
 *
 * <p>The colours are Okabe and Ito's colour-blind-safe set, without its black (the text) and its
 * yellow (faint on white).
 */
final class Palette {

    private static final Map<RuntimeKind, Color> BY_KIND = new EnumMap<>(Map.of(
            RuntimeKind.JVM, new Color(0x00, 0x72, 0xB2), // blue
            RuntimeKind.JVM_INTERPRETER, new Color(0xCC, 0x79, 0xA7), // reddish purple
            RuntimeKind.NATIVE_JNI, new Color(0xD5, 0x5E, 0x00), // vermillion
            RuntimeKind.NATIVE_FFM, new Color(0x00, 0x9E, 0x73), // bluish green
            RuntimeKind.EXTERNAL_PROCESS, new Color(0xE6, 0x9F, 0x00))); // orange

    /** A strategy whose traits this class path does not know (removed since the run): Okabe–Ito sky blue. */
    static final Color UNKNOWN_KIND = new Color(0x56, 0xB4, 0xE9);

    /** Not a strategy (the floor, the ideal line): grey, on no strategy's colour. */
    static final Color REFERENCE = new Color(0x66, 0x66, 0x66);

    /** Lines differ by marker too, taken in turn in the run's name order. */
    private static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
            SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS,
            SeriesMarkers.PLUS, SeriesMarkers.TRAPEZOID, SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE);

    /**
     * Lines of one kind share a colour, so the second and third of a kind (in name order) are
     * dashed and dotted; shorter than the reference lines' dashes, which are grey besides.
     */
    private static final List<float[]> DASHES_IN_KIND = Arrays.asList(null, new float[] {12f, 8f}, new float[] {3f, 7f});

    private final Map<String, StrategyTraits> traits;
    private final Map<String, Marker> markers;
    private final Map<String, Integer> placeInKind;

    private Palette(Map<String, StrategyTraits> traits, Map<String, Marker> markers, Map<String, Integer> placeInKind) {
        this.traits = traits;
        this.markers = markers;
        this.placeInKind = placeInKind;
    }

    static Palette of(BenchResults results, Map<String, StrategyTraits> traits) {
        SortedSet<String> names = new TreeSet<>(results.metadata().strategies());
        names.addAll(results.metadata().excluded().keySet());
        for (Measurement m : results.measurements()) {
            if (m.param("strategy") != null) {
                names.add(m.param("strategy"));
            }
        }
        Map<String, Marker> markers = new TreeMap<>();
        Map<String, Integer> placeInKind = new TreeMap<>();
        Map<RuntimeKind, Integer> seenOfKind = new EnumMap<>(RuntimeKind.class);
        List<String> ordered = new ArrayList<>(names);
        for (int i = 0; i < ordered.size(); i++) {
            String name = ordered.get(i);
            markers.put(name, MARKERS.get(i % MARKERS.size()));
            StrategyTraits t = traits.get(name);
            if (t != null) {
                placeInKind.put(name, seenOfKind.merge(t.runtime(), 1, Integer::sum) - 1);
            }
        }
        return new Palette(Map.copyOf(traits), markers, placeInKind);
    }

    Color colour(String strategy) {
        StrategyTraits t = traits.get(strategy);
        return t == null ? UNKNOWN_KIND : BY_KIND.get(t.runtime());
    }

    Marker marker(String strategy) {
        return markers.getOrDefault(strategy, SeriesMarkers.DIAMOND);
    }

    /** The dashes of a strategy's line: none for the first of its kind; null means solid. */
    float[] dash(String strategy) {
        return DASHES_IN_KIND.get(placeInKind.getOrDefault(strategy, 0) % DASHES_IN_KIND.size());
    }

    /** What the colours of these strategies stand for, in the kinds' declared order. */
    List<Slide.KeyEntry> key(Collection<String> strategies) {
        TreeMap<Integer, Slide.KeyEntry> entries = new TreeMap<>();
        for (String strategy : strategies) {
            StrategyTraits t = traits.get(strategy);
            if (t != null) {
                entries.put(t.runtime().ordinal(), new Slide.KeyEntry(t.runtime().label(), BY_KIND.get(t.runtime())));
            } else if (markers.containsKey(strategy)) {
                entries.put(Integer.MAX_VALUE, new Slide.KeyEntry("runtime unknown", UNKNOWN_KIND));
            }
        }
        return List.copyOf(entries.values());
    }

    /** The same hue, washed out: how a noisy result's bar is filled (its outline keeps the full colour). */
    static Color washed(Color colour) {
        return new Color((colour.getRed() + 255) / 2, (colour.getGreen() + 255) / 2, (colour.getBlue() + 255) / 2);
    }
}
