package com.secureexchanges.portal.core.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The attacks of the security review (issue 11, item 5), written as a hobbyist would: keep the pixels
 * of the digits' colour, cut the image into digits, and match each piece against the glyphs drawn
 * clean from {@link DigitGlyphs}. No learning, no knowledge of the random draws.
 */
final class NaiveAttacker {

    /** Where the old renderer put its six cells. */
    private static final int MARGIN = 12;
    private static final int CELL = 36;
    /** Rotations the templates are drawn at, as the renderer tilts its digits. */
    private static final double[] TILTS = {-0.24, -0.12, 0, 0.12, 0.24};

    private final IntPredicate ink;
    private final double[][][] templates = new double[10][TILTS.length][];

    /** @param ink which RGB values count as the digits' colour (the attacker's threshold) */
    NaiveAttacker(IntPredicate ink) {
        this.ink = ink;
        for (int d = 0; d < 10; d++) {
            for (int t = 0; t < TILTS.length; t++) {
                templates[d][t] = template(d, TILTS[t]);
            }
        }
    }

    /** (a) the fixed 36-pixel cells the old renderer drew each digit in, specks dropped in each. */
    String fixedCells(byte[] png) {
        InkMask mask = InkMask.of(png, ink);
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < CaptchaService.DIGITS; i++) {
            answer.append(match(mask.crop(MARGIN + i * CELL, MARGIN + (i + 1) * CELL).withoutSpecks()));
        }
        return answer.toString();
    }

    /**
     * (b) connected components of the thresholded pixels: specks dropped, pieces whose columns mostly
     * overlap merged, the widest split while there are fewer than six, the smallest dropped while
     * there are more.
     */
    String components(byte[] png) {
        InkMask mask = InkMask.of(png, ink);
        List<InkMask> pieces = new ArrayList<>(mask.components());
        pieces.removeIf(p -> p.count < InkMask.SPECK);
        pieces.sort(Comparator.comparingInt(p -> p.minX));
        for (int i = 0; i + 1 < pieces.size(); ) {
            InkMask a = pieces.get(i);
            InkMask b = pieces.get(i + 1);
            int overlap = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
            if (overlap > 0.6 * Math.min(a.maxX - a.minX, b.maxX - b.minX)) {
                pieces.set(i, a.union(b));
                pieces.remove(i + 1);
            } else {
                i++;
            }
        }
        while (pieces.size() > CaptchaService.DIGITS) {
            pieces.remove(pieces.stream().min(Comparator.comparingInt(p -> p.count)).orElseThrow());
        }
        while (!pieces.isEmpty() && pieces.size() < CaptchaService.DIGITS) {
            InkMask widest = pieces.stream().max(Comparator.comparingInt(p -> p.maxX - p.minX)).orElseThrow();
            int at = pieces.indexOf(widest);
            int middle = (widest.minX + widest.maxX + 1) / 2;
            pieces.set(at, widest.crop(widest.minX, middle));
            pieces.add(at + 1, widest.crop(middle, widest.maxX + 1));
        }
        StringBuilder answer = new StringBuilder();
        pieces.forEach(p -> answer.append(match(p)));
        return answer.toString();
    }

    /** The digit whose clean template correlates best with the piece, scaled to the same box. */
    private int match(InkMask piece) {
        double[] grid = piece.grid();
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < 10; d++) {
            for (double[] template : templates[d]) {
                double score = correlation(grid, template);
                if (score > bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
        }
        return best;
    }

    /** The glyph drawn clean, about the size the renderer draws it, kept by a plain black threshold. */
    private static double[] template(int digit, double tilt) {
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 60);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        AffineTransform t = new AffineTransform();
        t.rotate(tilt, 20, 30);
        t.translate(6, 5);
        t.scale(28, 50);
        g.draw(t.createTransformedShape(DigitGlyphs.glyph(digit)));
        g.dispose();
        return new InkMask(image, rgb -> (rgb & 0xff) < 128).grid();
    }

    private static double correlation(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.length;
        meanB /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return aa == 0 || bb == 0 ? -1 : ab / Math.sqrt(aa * bb);
    }
}
