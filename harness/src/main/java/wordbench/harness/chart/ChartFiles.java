package wordbench.harness.chart;

import wordbench.harness.results.PendingFiles;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes a slide as PNG and SVG, 1920×1080: title and subtitle on top, XChart's plot in the
 * middle, tick labels and the axis title around it, the footer (wrapped, never cut) at the bottom.
 * Every word is drawn with {@code drawString}, so the SVG keeps it as searchable, editable text;
 * XChart draws only lines, bars and markers (its own text would be glyph outlines).
 */
final class ChartFiles {

    private static final int SIDE = 40;
    private static final int GAP = 12;

    private ChartFiles() {
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg} through {@code pending}; returns the two targets. */
    static List<Path> write(Slide slide, String footer, Path dir, String name, PendingFiles pending) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");

        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(slide, footer, g);
        } finally {
            g.dispose();
        }
        Path pngTemp = pending.create(png);
        if (!ImageIO.write(image, "png", pngTemp.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }

        VectorGraphics2D vector = new VectorGraphics2D();
        paint(slide, footer, vector);
        try (OutputStream out = Files.newOutputStream(pending.create(svg))) {
            new SVGProcessor().getDocument(vector.getCommands(), new PageSize(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT))
                    .writeTo(out);
        }
        return List.of(png, svg);
    }

    static void paint(Slide slide, String footer, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        int width = ChartStyle.WIDTH - 2 * SIDE;

        // Header: the message, then what the numbers are.
        int y = 20;
        y = text(g, slide.title(), ChartStyle.TITLE, ChartStyle.TEXT, y, width);
        if (!slide.subtitle().isBlank()) {
            y = text(g, slide.subtitle(), ChartStyle.SUBTITLE, ChartStyle.FOOTER_TEXT, y + 4, width);
        }
        int top = y + GAP;

        // Footer: wrapped at its " · " separators, never cut.
        g.setFont(ChartStyle.FOOTER);
        List<String> footerLines = wrap(footer, g.getFontMetrics(), width);
        int footerLine = g.getFontMetrics().getHeight();
        int footerTop = ChartStyle.HEIGHT - 12 - footerLines.size() * footerLine;

        g.setFont(ChartStyle.AXIS_TITLE);
        int xTitleHeight = slide.xAxisTitle().isBlank() ? 0 : g.getFontMetrics().getHeight() + GAP;
        g.setFont(ChartStyle.TICK_LABELS);
        FontMetrics ticks = g.getFontMetrics();
        int xTickHeight = ticks.getHeight() + GAP;
        int left = SIDE + (slide.yTickLabels() ? ticks.stringWidth("00,000") + GAP : 0);
        g.setFont(ChartStyle.KEY);
        int keyHeight = slide.key().isEmpty() ? 0 : g.getFontMetrics().getHeight() + GAP;
        int bottom = footerTop - GAP - keyHeight - xTitleHeight - xTickHeight;

        int chartWidth = ChartStyle.WIDTH - SIDE - left;
        int chartHeight = bottom - top;
        Graphics2D chartArea = (Graphics2D) g.create(left, top, chartWidth, chartHeight);
        try {
            slide.chart().paint(chartArea, chartWidth, chartHeight);
        } finally {
            chartArea.dispose();
        }

        PlotGeometry geometry = PlotGeometry.of(slide.chart());
        g.setFont(ChartStyle.TICK_LABELS);
        g.setColor(ChartStyle.TEXT);
        double plotBottom = top + geometry.plot().getMaxY();
        List<PlotGeometry.Tick> xTicks = slide.xTicks().isEmpty() ? geometry.xTicks() : slide.xTicks().stream()
                .map(v -> new PlotGeometry.Tick(PlotGeometry.xScreen(slide.chart(), v), Rounding.number(v, 0))).toList();
        // Only ticks on the plot and on the canvas; when neighbours would touch, every second
        // (third, ...) one, so the labelled ticks stay evenly spaced.
        List<PlotGeometry.Tick> shown = xTicks.stream()
                .filter(t -> t.position() >= geometry.plot().getX() - 1 && t.position() <= geometry.plot().getMaxX() + 1)
                .filter(t -> left + t.position() - ticks.stringWidth(t.label()) / 2.0 >= 0
                        && left + t.position() + ticks.stringWidth(t.label()) / 2.0 <= ChartStyle.WIDTH)
                .sorted(java.util.Comparator.comparingDouble(PlotGeometry.Tick::position)).toList();
        int stride = 1;
        while (stride < shown.size() && overlap(shown, stride, ticks)) {
            stride++;
        }
        for (int i = 0; i < shown.size(); i += stride) {
            PlotGeometry.Tick tick = shown.get(i);
            float x = (float) (left + tick.position() - ticks.stringWidth(tick.label()) / 2.0);
            g.drawString(tick.label(), x, (float) (plotBottom + GAP + ticks.getAscent()));
        }
        if (slide.yTickLabels()) {
            for (PlotGeometry.Tick tick : geometry.yTicks()) {
                if (tick.position() < geometry.plot().getY() - 1 || tick.position() > geometry.plot().getMaxY() + 1) {
                    continue;
                }
                float x = (float) (left + geometry.plot().getX() - GAP - ticks.stringWidth(tick.label()));
                g.drawString(tick.label(), x, (float) (top + tick.position() + (ticks.getAscent() - ticks.getDescent()) / 2.0));
            }
        }
        if (!slide.xAxisTitle().isBlank()) {
            g.setFont(ChartStyle.AXIS_TITLE);
            FontMetrics metrics = g.getFontMetrics();
            double centre = left + geometry.plot().getCenterX();
            g.drawString(slide.xAxisTitle(), (float) (centre - metrics.stringWidth(slide.xAxisTitle()) / 2.0),
                    (float) (plotBottom + xTickHeight + GAP + metrics.getAscent()));
        }

        if (!slide.key().isEmpty()) {
            key(g, slide.key(), left + geometry.plot().getCenterX(), footerTop - GAP - keyHeight + GAP);
        }

        g.setFont(ChartStyle.FOOTER);
        g.setColor(ChartStyle.FOOTER_TEXT);
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < footerLines.size(); i++) {
            String line = footerLines.get(i);
            g.drawString(line, ChartStyle.WIDTH - SIDE - metrics.stringWidth(line), footerTop + i * footerLine + metrics.getAscent());
        }
    }

    /** One row, centred on {@code centre}, from {@code top}: a square of each colour, then what it stands for. */
    private static void key(Graphics2D g, List<Slide.KeyEntry> entries, double centre, int top) {
        g.setFont(ChartStyle.KEY);
        FontMetrics metrics = g.getFontMetrics();
        int square = metrics.getAscent();
        int spacing = 2 * square;
        int width = -spacing;
        for (Slide.KeyEntry entry : entries) {
            width += square + GAP + metrics.stringWidth(entry.label()) + spacing;
        }
        double x = Math.max(SIDE, Math.min(centre - width / 2.0, ChartStyle.WIDTH - SIDE - width));
        int baseline = top + metrics.getAscent();
        for (Slide.KeyEntry entry : entries) {
            g.setColor(entry.colour());
            g.fillRect((int) x, baseline - square + metrics.getDescent() / 2, square, square);
            x += square + GAP;
            g.setColor(ChartStyle.TEXT);
            g.drawString(entry.label(), (float) x, baseline);
            x += metrics.stringWidth(entry.label()) + spacing;
        }
    }

    /** Whether labelling every {@code stride}-th tick would put two labels closer than two gaps. */
    private static boolean overlap(List<PlotGeometry.Tick> ticks, int stride, FontMetrics metrics) {
        for (int i = stride; i < ticks.size(); i += stride) {
            PlotGeometry.Tick a = ticks.get(i - stride);
            PlotGeometry.Tick b = ticks.get(i);
            double aRight = a.position() + metrics.stringWidth(a.label()) / 2.0;
            double bLeft = b.position() - metrics.stringWidth(b.label()) / 2.0;
            if (bLeft - aRight < 2 * GAP) {
                return true;
            }
        }
        return false;
    }

    /** Draws wrapped text left-aligned from {@code y} (its top); returns the y under it. */
    private static int text(Graphics2D g, String text, Font font, Color colour, int y, int width) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        for (String line : wrap(text, metrics, width)) {
            g.drawString(line, SIDE, y + metrics.getAscent());
            y += metrics.getHeight();
        }
        return y;
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces (the footer's " · " separators have spaces);
     * a single word wider than the line stays whole (and is the only thing on its line).
     */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : text.split("(?<= · )|(?<= )")) {
            if (!line.isEmpty() && metrics.stringWidth(line + part.stripTrailing()) > width) {
                lines.add(line.toString().replaceAll("( ·)? +$", ""));
                line.setLength(0);
            }
            line.append(part);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
