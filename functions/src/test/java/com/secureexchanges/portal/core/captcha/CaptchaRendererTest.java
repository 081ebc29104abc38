package com.secureexchanges.portal.core.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaRendererTest {

    /** The answers of {@code docs/images/captcha-samples.png}, row by row (the README lists them). */
    private static final String[] SAMPLE_ANSWERS = {"305718", "964205", "172839", "580463", "617294", "839051",
        "246970", "051386", "798142", "423657", "690528", "314769"};
    private static final int GAP = 8;
    private static final int COLUMNS = 3;

    private final CaptchaRenderer renderer = new CaptchaRenderer();

    /**
     * Prints the figures of docs/PERFORMANCE.md; no duration is asserted. The thread's CPU time is
     * printed beside the wall time because on a shared machine the wall time's tail is other work.
     */
    @Test
    void render_drawsImagesOfTheFixedSize_andPrintsItsTimes() throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 300; i++) {
            renderer.render(SAMPLE_ANSWERS[i % SAMPLE_ANSWERS.length]);
        }
        long[] wall = new long[1000];
        long[] cpu = new long[wall.length];
        long bytes = 0;
        for (int i = 0; i < wall.length; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            byte[] png = renderer.render(SAMPLE_ANSWERS[i % SAMPLE_ANSWERS.length]);
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            wall[i] = System.nanoTime() - start;
            bytes += png.length;
            if (i % 100 == 0) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(CaptchaRenderer.WIDTH, image.getWidth());
                assertEquals(CaptchaRenderer.HEIGHT, image.getHeight());
            }
        }
        System.out.printf("captcha render, %d after 300 warm-up: wall %s; thread CPU %s; PNG %d bytes on average%n",
                wall.length, percentiles(wall), percentiles(cpu), bytes / wall.length);
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p99 %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6);
    }

    /** Writes the README's sample sheet to {@code target/screenshots}; copy it to docs/images when it changes. */
    @Test
    void samples_areDrawnOnOneSheet_forTheReadme() throws IOException {
        int rows = SAMPLE_ANSWERS.length / COLUMNS;
        BufferedImage sheet = new BufferedImage(COLUMNS * (CaptchaRenderer.WIDTH + GAP) + GAP,
                rows * (CaptchaRenderer.HEIGHT + GAP) + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < SAMPLE_ANSWERS.length; i++) {
            BufferedImage sample = ImageIO.read(new ByteArrayInputStream(renderer.render(SAMPLE_ANSWERS[i])));
            g.drawImage(sample, GAP + i % COLUMNS * (CaptchaRenderer.WIDTH + GAP),
                    GAP + i / COLUMNS * (CaptchaRenderer.HEIGHT + GAP), null);
        }
        g.dispose();
        Path file = Path.of(System.getProperty("portal.screenshots", "target/screenshots"), "captcha-samples.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(sheet, "png", file.toFile());
        assertEquals(sheet.getWidth(), ImageIO.read(file.toFile()).getWidth());
    }
}
