package com.secureexchanges.portal.core.captcha;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;

/** The pixels of one image that an attacker kept, with their bounding box ({@link NaiveAttacker}). */
final class InkMask {

    /** Pieces with fewer pixels than this are specks, not digits. */
    static final int SPECK = 30;
    /** The size every piece and template is scaled to before matching. */
    private static final int GRID_W = 16;
    private static final int GRID_H = 24;

    final int width;
    final int height;
    private final boolean[] on;
    int count;
    int minX = Integer.MAX_VALUE;
    int maxX = -1;
    private int minY = Integer.MAX_VALUE;
    private int maxY = -1;

    /** The pixels whose RGB value {@code ink} accepts. */
    InkMask(BufferedImage image, IntPredicate ink) {
        this(image.getWidth(), image.getHeight());
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            if (ink.test(rgb[i] & 0xffffff)) {
                set(i);
            }
        }
    }

    private InkMask(int width, int height) {
        this.width = width;
        this.height = height;
        this.on = new boolean[width * height];
    }

    static InkMask of(byte[] png, IntPredicate ink) {
        try {
            return new InkMask(ImageIO.read(new ByteArrayInputStream(png)), ink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void set(int i) {
        if (!on[i]) {
            on[i] = true;
            count++;
            int x = i % width;
            int y = i / width;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
    }

    private void addAll(InkMask other) {
        for (int i = 0; i < on.length; i++) {
            if (other.on[i]) {
                set(i);
            }
        }
    }

    /** The pixels in columns {@code [from, to)}. */
    InkMask crop(int from, int to) {
        InkMask out = new InkMask(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = Math.max(0, from); x < Math.min(width, to); x++) {
                if (on[y * width + x]) {
                    out.set(y * width + x);
                }
            }
        }
        return out;
    }

    InkMask union(InkMask other) {
        InkMask out = new InkMask(width, height);
        out.addAll(this);
        out.addAll(other);
        return out;
    }

    /** The components of at least {@link #SPECK} pixels, together. */
    InkMask withoutSpecks() {
        InkMask out = new InkMask(width, height);
        components().stream().filter(p -> p.count >= SPECK).forEach(out::addAll);
        return out;
    }

    /** The 8-connected components. */
    List<InkMask> components() {
        boolean[] seen = new boolean[on.length];
        int[] stack = new int[on.length];
        List<InkMask> out = new ArrayList<>();
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            InkMask part = new InkMask(width, height);
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int i = stack[--top];
                part.set(i);
                int x = i % width;
                int y = i / width;
                for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                        int n = ny * width + nx;
                        if (on[n] && !seen[n]) {
                            seen[n] = true;
                            stack[top++] = n;
                        }
                    }
                }
            }
            out.add(part);
        }
        return out;
    }

    /**
     * The bounding box scaled to {@code GRID_W × GRID_H} cells, each the number of its pixels set,
     * blurred over 3×3 cells so that a stroke one cell off still counts as near.
     */
    double[] grid() {
        double[] grid = new double[GRID_W * GRID_H];
        if (count == 0) {
            return grid;
        }
        int w = maxX - minX + 1;
        int h = maxY - minY + 1;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (on[y * width + x]) {
                    grid[(y - minY) * GRID_H / h * GRID_W + (x - minX) * GRID_W / w] += 1;
                }
            }
        }
        double[] blurred = new double[grid.length];
        for (int y = 0; y < GRID_H; y++) {
            for (int x = 0; x < GRID_W; x++) {
                for (int ny = Math.max(0, y - 1); ny <= Math.min(GRID_H - 1, y + 1); ny++) {
                    for (int nx = Math.max(0, x - 1); nx <= Math.min(GRID_W - 1, x + 1); nx++) {
                        blurred[y * GRID_W + x] += grid[ny * GRID_W + nx];
                    }
                }
            }
        }
        return blurred;
    }
}
