package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One colour per strategy, the same on every chart of a run: the strategies the run knows of
 * (measured, or left out and why) in name order take the colours of the list below in turn. No
 * colour is picked from what a name says, so a new strategy needs nothing here.
 *
 * <p>The first six are Okabe and Ito's colour-blind-safe set (without its black, which is the
 * text, and its yellow, faint on white, which comes last); then, Paul Tol's "muted" colours follow. Bars also carry their names, and lines
 * differ by marker too, so colour is never the only way to tell strategies apart.
 */
final class Palette {

    private static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0x88, 0x22, 0x55), // Tol wine
            new Color(0x33, 0x22, 0x88), // Tol indigo
            new Color(0x99, 0x99, 0x33), // Tol olive
            new Color(0xCC, 0x66, 0x77), // Tol rose
            new Color(0xDD, 0xCC, 0x77), // Tol sand
            new Color(0x44, 0xAA, 0x99), // Tol teal: late, it is near the bluish green
            new Color(0xF0, 0xE4, 0x42)); // yellow: last, it is faint on white

    /** Not a strategy (the floor, the ideal line): grey, on no strategy's colour. */
    static final Color REFERENCE = new Color(0x66, 0x66, 0x66);

    /** Lines differ by marker as well as colour, taken in the same turn. */
    private static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE,
            SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS,
            SeriesMarkers.PLUS, SeriesMarkers.TRAPEZOID, SeriesMarkers.OVAL, SeriesMarkers.RECTANGLE);

    private final Map<String, Color> byStrategy;
    private final Map<String, Marker> markers;

    private Palette(Map<String, Color> byStrategy, Map<String, Marker> markers) {
        this.byStrategy = byStrategy;
        this.markers = markers;
    }

    static Palette of(BenchResults results) {
        SortedSet<String> names = new TreeSet<>(results.metadata().strategies());
        names.addAll(results.metadata().excluded().keySet());
        for (Measurement m : results.measurements()) {
            if (m.param("strategy") != null) {
                names.add(m.param("strategy"));
            }
        }
        Map<String, Color> colours = new TreeMap<>();
        Map<String, Marker> markers = new TreeMap<>();
        List<String> ordered = new ArrayList<>(names);
        for (int i = 0; i < ordered.size(); i++) {
            colours.put(ordered.get(i), COLOURS.get(i % COLOURS.size()));
            markers.put(ordered.get(i), MARKERS.get(i % MARKERS.size()));
        }
        return new Palette(colours, markers);
    }

    Color colour(String strategy) {
        return byStrategy.getOrDefault(strategy, REFERENCE);
    }

    Marker marker(String strategy) {
        return markers.getOrDefault(strategy, SeriesMarkers.DIAMOND);
    }

    /** The same hue, washed out: how a noisy result's bar looks. */
    static Color washed(Color colour) {
        return new Color((colour.getRed() + 2 * 255) / 3, (colour.getGreen() + 2 * 255) / 3, (colour.getBlue() + 2 * 255) / 3);
    }
}
