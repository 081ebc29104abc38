package com.secureexchanges.portal.core.captcha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.testing.CoreFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaServiceTest {

    private final CoreFixture f = new CoreFixture();

    @Test
    void check_acceptsRightAnswer_untilTenMinutes() {
        CoreFixture.Solved c = f.captcha();
        f.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertTrue(f.captchas.check(c.id(), c.answer()).solved());
        f.clock.advance(Duration.ofSeconds(1));
        assertFalse(f.captchas.check(c.id(), c.answer()).solved(), "expired at exactly 10 minutes");
    }

    @Test
    void check_refusesWrongMalformedAndTamperedInput() {
        CoreFixture.Solved c = f.captcha();
        String wrong = c.answer().equals("000000") ? "000001" : "000000";
        assertFalse(f.captchas.check(c.id(), wrong).solved());
        assertFalse(f.captchas.check(c.id(), "12345").solved());
        assertFalse(f.captchas.check(c.id(), null).solved());
        assertFalse(f.captchas.check("not-an-id", c.answer()).solved());
        assertTrue(f.captchas.check("not-an-id", c.answer()).nonce().isEmpty());
        String[] parts = c.id().split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertFalse(f.captchas.check(longer, c.answer()).solved(), "a client cannot extend the expiry");
    }

    @Test
    void issue_givesEveryImageItsOwnId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(f.captchas.issue(CoreFixture.BROWSER).id());
        }
        assertEquals(20, ids.size());
    }

    @Test
    void issue_refusesTheSixtyFirstImageFromOneIpInTenMinutes() {
        for (int i = 0; i < 60; i++) {
            f.captchas.issue(CoreFixture.BROWSER);
        }
        assertThrows(RateLimited.class, () -> f.captchas.issue(CoreFixture.BROWSER));
        f.clock.advance(Duration.ofMinutes(10));
        f.captchas.issue(CoreFixture.BROWSER);
    }

    @Test
    void image_isAPngRenderedHeadlessWithoutFonts() throws IOException {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
        byte[] png = new CaptchaRenderer().render("8301 9".replace(" ", "2"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CaptchaRenderer.WIDTH, image.getWidth());
        assertEquals(CaptchaRenderer.HEIGHT, image.getHeight());
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                // Every ink has red and green below the renderer's bound; the background is above 235.
                if (((rgb >> 16) & 0xff) < CaptchaRenderer.INK_RED_GREEN
                        && ((rgb >> 8) & 0xff) < CaptchaRenderer.INK_RED_GREEN) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 600, "the digits are drawn (dark pixels: " + dark + ")");
    }

    @Test
    void image_differsForTheSameAnswer() {
        CaptchaRenderer renderer = new CaptchaRenderer();
        assertNotEquals(java.util.Arrays.hashCode(renderer.render("123456")),
                java.util.Arrays.hashCode(renderer.render("123456")));
    }

    /** Security review, finding 8: one IPv6 /64 is one client for the per-IP limit, not 2^64 of them. */
    @Test
    void theAddressesOfOneIpv6Slash64_shareOneBudget() {
        for (int i = 1; i <= 60; i++) {
            f.captchas.issue(new ClientInfo("2001:db8:7:9::" + Integer.toHexString(i), "", ""));
        }
        assertThrows(RateLimited.class,
                () -> f.captchas.issue(new ClientInfo("2001:db8:7:9:ffff:1:2:3", "", "")));
        f.captchas.issue(new ClientInfo("2001:db8:7:a::1", "", ""));
    }
}
