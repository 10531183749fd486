import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws bench/run's results as horizontal bar charts (image size, rebuild time, first HTTP answer),
 * one group per service, with the JDK alone: {@code java bench/Chart.java results.tsv results.png}.
 */
public final class Chart {
    private static final int WIDTH = 1500;
    private static final int ROW = 22;
    private static final int LABEL = 300;
    /** One colour per variant, the same in every group: grey naive, blue docker init, orange Jib, greens ours. */
    private static final Map<String, Color> COLORS = Map.of("naive", new Color(0x9e9e9e), "docker-init",
            new Color(0x5c7cfa), "jib", new Color(0xf59f00), "ours", new Color(0x2b8a3e), "ours+jlink",
            new Color(0x37b24d), "ours+cds", new Color(0x51cf66), "ours+jlink+cds", new Color(0x69db7c),
            "ours+cache", new Color(0x8ce99a));

    private record Row(String service, String variant, double sizeMb, double rebuildS, double startMs) {
    }

    public static void main(String[] args) throws Exception {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            rows.add(new Row(c[0], c[1], Long.parseLong(c[2]) / 1e6, Long.parseLong(c[6]) / 1e3, Double.parseDouble(c[8])));
        }
        Map<String, List<Row>> byService = new LinkedHashMap<>();
        rows.forEach(r -> byService.computeIfAbsent(r.service(), k -> new ArrayList<>()).add(r));
        int panelHeight = 40 + rows.size() * ROW + byService.size() * 14;
        BufferedImage image = new BufferedImage(WIDTH, 60 + 3 * panelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("dockerfile-maven-plugin benchmark (lab stand-in images; lower is better)", 20, 32);
        int y = 60;
        y = panel(g, y, "Image size (MB)", byService, Row::sizeMb, "%.0f MB");
        y = panel(g, y, "Rebuild after a one-line change (s, median)", byService, Row::rebuildS, "%.1f s");
        panel(g, y, "docker run to first HTTP answer (ms, median)", byService, Row::startMs, "%.0f ms");
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }

    private static int panel(Graphics2D g, int top, String title, Map<String, List<Row>> byService,
            java.util.function.ToDoubleFunction<Row> value, String format) {
        double max = byService.values().stream().flatMap(List::stream).mapToDouble(value).max().orElse(1);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(title, 20, top + 20);
        int y = top + 34;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (Map.Entry<String, List<Row>> service : byService.entrySet()) {
            for (Row row : service.getValue()) {
                double v = value.applyAsDouble(row);
                int bar = (int) Math.round((WIDTH - LABEL - 140) * v / max);
                g.setColor(Color.DARK_GRAY);
                g.drawString(row.service() + " / " + row.variant(), 20, y + 15);
                g.setColor(COLORS.getOrDefault(row.variant(), Color.GRAY));
                g.fillRect(LABEL, y + 3, Math.max(bar, 1), ROW - 6);
                g.setColor(Color.BLACK);
                g.drawString(String.format(format, v), LABEL + bar + 8, y + 15);
                y += ROW;
            }
            g.setColor(new Color(0xdddddd));
            g.setStroke(new BasicStroke(1));
            g.drawLine(20, y + 6, WIDTH - 20, y + 6);
            y += 14;
        }
        return y + 6;
    }
}
