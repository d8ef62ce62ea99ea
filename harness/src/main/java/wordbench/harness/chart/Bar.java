package wordbench.harness.chart;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;

/**
 * One bar of a bar chart, in its own colour. XChart colours series, not bars, so each bar is a
 * series of its own that has a value only in its own category (the series overlap).
 *
 * @param error the half-height of the error bar, 0 for none
 */
record Bar(String label, double value, double error, Color colour) {

    /** Value labels and axis ticks by a DecimalFormat pattern. */
    static Function<Double, String> pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern);
        return format::format;
    }

    /**
     * Adds the bars left to right; {@code format} writes the value labels and the axis ticks.
     * The legend goes: the category labels say it all.
     */
    static void addAll(CategoryChart chart, List<Bar> bars, Function<Double, String> format) {
        chart.getStyler().setOverlapped(true).setLegendVisible(false);
        boolean errorBars = bars.stream().anyMatch(b -> b.error() > 0);
        // Without error bars, a series skips the other categories (null). With them XChart cannot
        // skip, so the other categories get a zero-height bar whose label is blank (TextLayout
        // rejects an empty string).
        Double elsewhere = errorBars ? 0.0 : null;
        chart.setCustomYAxisTickLabelsFormatter(v -> errorBars && v == 0 ? " " : format.apply(v));
        List<String> categories = bars.stream().map(Bar::label).toList();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<Double> values = new ArrayList<>(Collections.nCopies(bars.size(), elsewhere));
            values.set(i, bar.value());
            if (errorBars) {
                List<Double> errors = new ArrayList<>(Collections.nCopies(bars.size(), 0.0));
                errors.set(i, bar.error());
                chart.addSeries(bar.label(), categories, values, errors).setFillColor(bar.colour());
            } else {
                chart.addSeries(bar.label(), categories, values).setFillColor(bar.colour());
            }
        }
    }
}
