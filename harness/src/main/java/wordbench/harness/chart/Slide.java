package wordbench.harness.chart;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * A chart as it goes on a slide: the XChart plot (its series are the data, which the tests read)
 * with the words drawn around it by {@link ChartFiles} as real text.
 *
 * @param title       the one message, at the top
 * @param subtitle    what the numbers are (unit, interval), under the title
 * @param xAxisTitle  under the x axis
 * @param yTickLabels whether the y axis has numbers (bar charts name their bars instead)
 * @param xTicks      where the x axis is labelled, when not where XChart puts its ticks (copies: 1, 4, 8)
 * @param key         what the colours stand for (strategies are coloured by runtime kind), under the axis title
 */
public record Slide(String title, String subtitle, String xAxisTitle, XYChart chart, boolean yTickLabels, List<Double> xTicks,
                    List<KeyEntry> key) {

    /** A colour and what it stands for. */
    public record KeyEntry(String label, Color colour) {
    }

    public Slide(String title, String subtitle, String xAxisTitle, XYChart chart, boolean yTickLabels) {
        this(title, subtitle, xAxisTitle, chart, yTickLabels, List.of(), List.of());
    }

    public Slide withXTicks(List<Double> ticks) {
        return new Slide(title, subtitle, xAxisTitle, chart, yTickLabels, List.copyOf(ticks), key);
    }

    public Slide withKey(List<KeyEntry> entries) {
        return new Slide(title, subtitle, xAxisTitle, chart, yTickLabels, xTicks, List.copyOf(entries));
    }
}
