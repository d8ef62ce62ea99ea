package wordbench.harness.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;
import wordbench.harness.results.PendingFiles;

/**
 * Writes a chart as PNG and SVG, 1920×1080, with the footer band drawn under it (XChart has no
 * footer of its own, so the chart is painted into the upper part of our own canvas).
 */
final class ChartFiles {

    private ChartFiles() {
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg} through {@code pending}; returns the two targets. */
    static List<Path> write(Chart<?, ?> chart, String footer, Path dir, String name, PendingFiles pending)
            throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");

        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(chart, footer, g);
        } finally {
            g.dispose();
        }
        Path pngTemp = pending.create(png);
        if (!ImageIO.write(image, "png", pngTemp.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }

        VectorGraphics2D vector = new VectorGraphics2D();
        paint(chart, footer, vector);
        try (OutputStream out = Files.newOutputStream(pending.create(svg))) {
            new SVGProcessor().getDocument(vector.getCommands(), new PageSize(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT))
                    .writeTo(out);
        }
        return List.of(png, svg);
    }

    private static void paint(Chart<?, ?> chart, String footer, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        int chartHeight = ChartStyle.HEIGHT - ChartStyle.FOOTER_HEIGHT;
        Graphics2D chartArea = (Graphics2D) g.create(0, 0, ChartStyle.WIDTH, chartHeight);
        try {
            chart.paint(chartArea, ChartStyle.WIDTH, chartHeight);
        } finally {
            chartArea.dispose();
        }
        g.setFont(ChartStyle.FOOTER);
        g.setColor(ChartStyle.FOOTER_TEXT);
        FontMetrics metrics = g.getFontMetrics();
        String text = fit(footer, metrics, ChartStyle.WIDTH - 48);
        int baseline = chartHeight + (ChartStyle.FOOTER_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2;
        g.drawString(text, ChartStyle.WIDTH - 24 - metrics.stringWidth(text), baseline);
    }

    /** Shortens the text with an ellipsis in the middle until it fits. */
    static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        for (int keep = text.length() - 1; keep > 10; keep--) {
            String shorter = text.substring(0, keep / 2) + "…" + text.substring(text.length() - keep / 2);
            if (metrics.stringWidth(shorter) <= width) {
                return shorter;
            }
        }
        return text.substring(0, Math.min(text.length(), 10));
    }
}
