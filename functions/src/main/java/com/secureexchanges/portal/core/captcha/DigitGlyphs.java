package com.secureexchanges.portal.core.captcha;

import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * The ten digits as vector strokes in a unit box (x right, y down). Drawing these instead of text
 * makes the captcha independent of system fonts, so it renders the same on every JVM.
 */
final class DigitGlyphs {

    private DigitGlyphs() {
    }

    static Shape glyph(int digit) {
        Path2D.Double p = new Path2D.Double();
        switch (digit) {
            case 0 -> p.append(new Ellipse2D.Double(0.1, 0.05, 0.8, 0.9), false);
            case 1 -> {
                poly(p, 0.3, 0.25, 0.55, 0.05, 0.55, 0.95);
                poly(p, 0.3, 0.95, 0.8, 0.95);
            }
            case 2 -> {
                p.append(new Arc2D.Double(0.1, 0.05, 0.8, 0.5, 160, -200, Arc2D.OPEN), false);
                p.lineTo(0.1, 0.95);
                p.lineTo(0.9, 0.95);
            }
            case 3 -> {
                p.append(new Arc2D.Double(0.15, 0.05, 0.7, 0.45, 150, -240, Arc2D.OPEN), false);
                p.append(new Arc2D.Double(0.1, 0.45, 0.8, 0.5, 90, -240, Arc2D.OPEN), false);
            }
            case 4 -> poly(p, 0.7, 0.95, 0.7, 0.05, 0.1, 0.65, 0.9, 0.65);
            case 5 -> {
                poly(p, 0.85, 0.05, 0.2, 0.05, 0.15, 0.45);
                p.append(new Arc2D.Double(0.1, 0.35, 0.8, 0.6, 140, -260, Arc2D.OPEN), true);
            }
            case 6 -> {
                p.append(new Ellipse2D.Double(0.1, 0.45, 0.8, 0.5), false);
                p.moveTo(0.75, 0.08);
                p.quadTo(0.1, 0.15, 0.12, 0.7);
            }
            case 7 -> poly(p, 0.1, 0.05, 0.9, 0.05, 0.35, 0.95);
            case 8 -> {
                p.append(new Ellipse2D.Double(0.2, 0.05, 0.6, 0.42), false);
                p.append(new Ellipse2D.Double(0.12, 0.45, 0.76, 0.5), false);
            }
            case 9 -> {
                p.append(new Ellipse2D.Double(0.1, 0.05, 0.8, 0.5), false);
                p.moveTo(0.9, 0.3);
                p.quadTo(0.9, 0.85, 0.3, 0.95);
            }
            default -> throw new IllegalArgumentException("not a digit: " + digit);
        }
        return p;
    }

    private static void poly(Path2D.Double p, double... xy) {
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
    }
}
