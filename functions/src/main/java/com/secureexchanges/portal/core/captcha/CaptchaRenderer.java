package com.secureexchanges.portal.core.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a captcha answer as a PNG: each digit a vector glyph from {@link DigitGlyphs}, placed, tilted
 * and scaled at random, crossed by noise strokes of the same width and colours, and the whole drawing
 * bent by one smooth warp. Uses no fonts and no display, only Java2D in headless mode. Thread-safe
 * (no shared state; every render draws from its own {@link SecureRandom}).
 *
 * <p>What this resists and what it does not is in {@code docs/DESIGN.md} ("Captcha");
 * {@code NaiveAttackerTest} holds it to at most 1 % against thresholding, segmentation and template
 * matching.
 */
public final class CaptchaRenderer {

    static final int WIDTH = 240;
    static final int HEIGHT = 80;
    private static final int MARGIN = 16;
    /** Every ink, digits and noise alike, has red and green below this, */
    static final int INK_RED_GREEN = 90;
    /** and blue below this. */
    static final int INK_BLUE = 150;

    public CaptchaRenderer() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * @param digits the answer, decimal digits only
     * @return a PNG of {@link #WIDTH} × {@link #HEIGHT} pixels
     */
    public byte[] render(String digits) {
        RandomGenerator random = new SecureRandom();
        Color[] inks = {ink(random), ink(random), ink(random)};
        Warp warp = Warp.random(random);
        double[] widths = new double[digits.length()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = 21 + random.nextDouble() * 7;
        }
        double[] lefts = lefts(random, widths);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(236 + random.nextInt(16), 236 + random.nextInt(16), 236 + random.nextInt(16)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            // One crossing under the digits and one over them, one falling and one rising, so that they
            // meet once instead of running together, and a reader sees which stroke lies on top.
            boolean falling = random.nextBoolean();
            stroke(g, random, inks, warp.apply(crossing(random, falling)));
            for (int i = 0; i < widths.length; i++) {
                stroke(g, random, inks, warp.apply(digit(random, digits.charAt(i) - '0', lefts[i], widths[i])));
            }
            stroke(g, random, inks, warp.apply(crossing(random, !falling)));
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** Left edges: random gaps of 0 to 8 pixels, and the whole row placed anywhere it fits. */
    private static double[] lefts(RandomGenerator random, double[] widths) {
        double[] gaps = new double[widths.length];
        double total = 0;
        for (int i = 0; i < widths.length; i++) {
            gaps[i] = i == 0 ? 0 : random.nextDouble() * 8;
            total += gaps[i] + widths[i];
        }
        double[] lefts = new double[widths.length];
        // The margin leaves room for the tilt, slant, stroke and warp, which reach 12 pixels past a glyph's box.
        double x = MARGIN + random.nextDouble() * Math.max(0, WIDTH - 2 * MARGIN - total);
        for (int i = 0; i < widths.length; i++) {
            x += gaps[i];
            lefts[i] = x;
            x += widths[i];
        }
        return lefts;
    }

    /** One glyph in image coordinates: its own height, tilt, slant and vertical place. */
    static Shape digit(RandomGenerator random, int digit, double x, double width) {
        double height = 40 + random.nextDouble() * 12;
        AffineTransform t = new AffineTransform();
        t.translate(x + width / 2, HEIGHT / 2.0 + random.nextDouble() * 10 - 5);
        t.rotate(random.nextDouble() * 0.5 - 0.25);
        t.shear(random.nextDouble() * 0.3 - 0.15, 0);
        t.translate(-width / 2, -height / 2);
        t.scale(width, height);
        return t.createTransformedShape(DigitGlyphs.glyph(digit));
    }

    /** A long curve from edge to edge through the digits' band, so every digit may be crossed. */
    private static Shape crossing(RandomGenerator random, boolean falling) {
        double high = 18 + random.nextDouble() * 16;
        double low = HEIGHT - 18 - random.nextDouble() * 16;
        return new CubicCurve2D.Double(-4, falling ? high : low, WIDTH * (0.2 + random.nextDouble() * 0.3),
                band(random), WIDTH * (0.5 + random.nextDouble() * 0.3), band(random), WIDTH + 4, falling ? low : high);
    }

    private static double band(RandomGenerator random) {
        return 18 + random.nextDouble() * (HEIGHT - 36);
    }

    /** Digits and noise share widths and inks: neither a colour threshold nor a width filter parts them. */
    private static void stroke(Graphics2D g, RandomGenerator random, Color[] inks, Shape shape) {
        g.setColor(inks[random.nextInt(inks.length)]);
        g.setStroke(new BasicStroke(3.2f + random.nextFloat(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static Color ink(RandomGenerator random) {
        return new Color(random.nextInt(INK_RED_GREEN), random.nextInt(INK_RED_GREEN),
                40 + random.nextInt(INK_BLUE - 40));
    }

    /**
     * A smooth displacement of every point of the drawing: columns sway sideways and rows up and down,
     * so no glyph is an affine copy of its template and the noise bends with the digits.
     */
    private record Warp(double ampX, double freqX, double phaseX, double ampY, double freqY, double phaseY) {

        static Warp random(RandomGenerator random) {
            return new Warp(1.5 + random.nextDouble() * 2, Math.PI * 2 / (30 + random.nextDouble() * 30),
                    random.nextDouble() * Math.PI * 2, 2 + random.nextDouble() * 3,
                    Math.PI * 2 / (50 + random.nextDouble() * 50), random.nextDouble() * Math.PI * 2);
        }

        Shape apply(Shape shape) {
            Path2D.Double out = new Path2D.Double();
            double[] p = new double[6];
            for (PathIterator it = shape.getPathIterator(null, 0.4); !it.isDone(); it.next()) {
                int type = it.currentSegment(p);
                double x = p[0] + ampX * Math.sin(p[1] * freqX + phaseX);
                double y = p[1] + ampY * Math.sin(p[0] * freqY + phaseY);
                switch (type) {
                    case PathIterator.SEG_MOVETO -> out.moveTo(x, y);
                    case PathIterator.SEG_LINETO -> out.lineTo(x, y);
                    default -> out.closePath();
                }
            }
            return out;
        }
    }

    /**
     * Encoded in memory ({@code ImageIO.write} would go through a temporary file) at deflate level 1
     * (the writer's level is 9 − round(9 × quality)): half the time of its default level 4, 6 % larger.
     */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
