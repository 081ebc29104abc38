package com.secureexchanges.portal.core.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;

/**
 * Draws a captcha answer as a PNG: each digit a warped vector glyph, with noise curves and dots.
 * Uses no fonts and no display, only Java2D in headless mode. Thread-safe (no shared state).
 */
public final class CaptchaRenderer {

    static final int WIDTH = 240;
    static final int HEIGHT = 80;

    public CaptchaRenderer() {
        System.setProperty("java.awt.headless", "true");
    }

    public byte[] render(String digits) {
        RandomGenerator random = new SecureRandom();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4, 0xF6, 0xFA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            noiseCurves(g, random, 5, 1.2f);
            double cell = (WIDTH - 24.0) / digits.length();
            for (int i = 0; i < digits.length(); i++) {
                drawDigit(g, random, digits.charAt(i) - '0', 12 + i * cell, cell);
            }
            noiseCurves(g, random, 3, 1.6f);
            noiseDots(g, random);
        } finally {
            g.dispose();
        }
        return png(wave(image, random));
    }

    private static void drawDigit(Graphics2D g, RandomGenerator random, int digit, double x, double cell) {
        double width = cell * (0.62 + random.nextDouble() * 0.2);
        double height = 44 + random.nextDouble() * 12;
        AffineTransform t = new AffineTransform();
        t.translate(x + random.nextDouble() * (cell - width), (HEIGHT - height) / 2 + random.nextDouble() * 8 - 4);
        t.rotate(random.nextDouble() * 0.5 - 0.25, width / 2, height / 2);
        t.shear(random.nextDouble() * 0.3 - 0.15, 0);
        t.scale(width, height);
        g.setColor(darkColour(random));
        g.setStroke(new BasicStroke(3.2f + random.nextFloat() * 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(t.createTransformedShape(DigitGlyphs.glyph(digit)));
    }

    private static void noiseCurves(Graphics2D g, RandomGenerator random, int count, float width) {
        g.setStroke(new BasicStroke(width));
        for (int i = 0; i < count; i++) {
            g.setColor(new Color(90 + random.nextInt(120), 90 + random.nextInt(120), 90 + random.nextInt(120)));
            g.draw(new CubicCurve2D.Double(0, random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT),
                    random.nextInt(WIDTH), random.nextInt(HEIGHT), WIDTH, random.nextInt(HEIGHT)));
        }
    }

    private static void noiseDots(Graphics2D g, RandomGenerator random) {
        for (int i = 0; i < 220; i++) {
            g.setColor(new Color(100 + random.nextInt(140), 100 + random.nextInt(140), 100 + random.nextInt(140)));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 2, 2);
        }
    }

    /** A sine displacement of the rows, so the glyphs are not straight affine copies. */
    private static BufferedImage wave(BufferedImage source, RandomGenerator random) {
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        double amplitude = 2 + random.nextDouble() * 2;
        double period = 30 + random.nextDouble() * 30;
        double phase = random.nextDouble() * Math.PI * 2;
        for (int y = 0; y < HEIGHT; y++) {
            int shift = (int) Math.round(amplitude * Math.sin(y / period * Math.PI * 2 + phase));
            for (int x = 0; x < WIDTH; x++) {
                out.setRGB(x, y, source.getRGB(Math.floorMod(x + shift, WIDTH), y));
            }
        }
        return out;
    }

    private static Color darkColour(RandomGenerator random) {
        return new Color(random.nextInt(70), random.nextInt(70), 60 + random.nextInt(90));
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(8192)) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
    }
}
