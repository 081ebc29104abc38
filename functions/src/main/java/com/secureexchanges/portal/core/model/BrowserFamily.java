package com.secureexchanges.portal.core.model;

/** Coarse browser and system names from a User-Agent string; enough for a person to recognise a request. */
final class BrowserFamily {

    private BrowserFamily() {
    }

    static String describe(String ua) {
        return browser(ua) + " on " + system(ua);
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("OPR/")) {
            return "Opera";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
            return ua.contains("HeadlessChrome") ? "Headless Chrome" : "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return "an unknown browser";
    }

    private static String system(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux")) {
            return "Linux";
        }
        return "an unknown system";
    }
}
