package wordbench.harness.chart;

import java.awt.geom.Rectangle2D;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Where XChart put the plot and its ticks, read after it painted, so that tick labels can be drawn
 * as text where XChart would have drawn them as outlines. XChart keeps these accessors
 * package-private; reading them beats guessing its layout.
 *
 * @param plot   the plot area, in the chart's own pixels
 * @param xTicks tick labels along x (pixel x, text)
 * @param yTicks tick labels along y (pixel y, text)
 */
record PlotGeometry(Rectangle2D plot, List<Tick> xTicks, List<Tick> yTicks) {

    record Tick(double position, String label) {
    }

    static PlotGeometry of(Chart<?, ?> chart) {
        try {
            Object plot = invoke(chart, Chart.class, "getPlot");
            Rectangle2D plotBounds = (Rectangle2D) call(plot, "getBounds");
            Object xAxis = invoke(chart, Chart.class, "getXAxis");
            Object yAxis = invoke(chart, Chart.class, "getYAxis");
            List<Tick> x = new ArrayList<>();
            List<Tick> y = new ArrayList<>();
            ticks(xAxis, (location, label) -> x.add(new Tick(plotBounds.getX() + location, label)));
            ticks(yAxis, (location, label) -> y.add(new Tick(plotBounds.getY() + plotBounds.getHeight() - location, label)));
            return new PlotGeometry(plotBounds, x, y);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read XChart's plot layout (XChart version changed?): " + e, e);
        }
    }

    /** Where XChart draws x = {@code value}, in the chart's own pixels (after it painted). */
    static double xScreen(Chart<?, ?> chart, double value) {
        try {
            Object xAxis = invoke(chart, Chart.class, "getXAxis");
            Method method = xAxis.getClass().getMethod("getScreenValue", double.class);
            return (double) method.invoke(xAxis, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read XChart's x axis (XChart version changed?): " + e, e);
        }
    }

    private static void ticks(Object axis, java.util.function.BiConsumer<Double, String> each) throws ReflectiveOperationException {
        Object calculator = call(axis, "getAxisTickCalculator");
        @SuppressWarnings("unchecked")
        List<Double> locations = (List<Double>) call(calculator, "getTickLocations");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) call(calculator, "getTickLabels");
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) != null) {
                each.accept(locations.get(i), labels.get(i));
            }
        }
    }

    private static Object call(Object target, String name) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(name);
        method.setAccessible(true);
        return method.invoke(target);
    }

    private static Object invoke(Object target, Class<?> type, String name) throws ReflectiveOperationException {
        Method method = type.getDeclaredMethod(name);
        method.setAccessible(true);
        return method.invoke(target);
    }
}
