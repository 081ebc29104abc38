package com.secureexchanges.portal.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The network a client address stands for in per-IP limits: an IPv4 address itself, an IPv6 address's
 * /64 (one customer's link: a single host can use all of it), an IPv4-mapped IPv6 address as IPv4.
 * Keying limits on the full IPv6 address would give each host 2^64 budgets.
 */
public final class ClientNetwork {

    private ClientNetwork() {
    }

    /** {@code 203.0.113.7}, {@code 2001:db8:1:2::/64}; anything unparsable is returned as it is. */
    public static String of(String ip) {
        if (ip.indexOf(':') < 0) {
            return ip;
        }
        List<String> groups = expand(ip.toLowerCase(Locale.ROOT));
        if (groups == null) {
            return ip;
        }
        if (groups.size() == 7 && groups.get(6).contains(".")) {
            boolean mapped = groups.subList(0, 5).stream().allMatch("0"::equals) && groups.get(5).equals("ffff");
            return mapped ? groups.get(6) : String.join(":", groups.subList(0, 4)) + "::/64";
        }
        return groups.size() == 8 ? String.join(":", groups.subList(0, 4)) + "::/64" : ip;
    }

    /** The groups of an IPv6 literal with {@code ::} expanded and leading zeros dropped; null if malformed. */
    private static List<String> expand(String ip) {
        int gap = ip.indexOf("::");
        if (gap != ip.lastIndexOf("::")) {
            return null;
        }
        List<String> head = gap < 0 ? split(ip) : split(ip.substring(0, gap));
        List<String> tail = gap < 0 ? List.of() : split(ip.substring(gap + 2));
        boolean dotted = !(tail.isEmpty() ? head : tail).isEmpty()
                && (tail.isEmpty() ? head : tail).getLast().contains(".");
        int width = dotted ? 7 : 8;
        if (head == null || tail == null || head.size() + tail.size() > width || (gap < 0 && head.size() != width)) {
            return null;
        }
        List<String> out = new ArrayList<>(head);
        while (out.size() + tail.size() < width) {
            out.add("0");
        }
        out.addAll(tail);
        for (int i = 0; i < out.size(); i++) {
            String g = out.get(i);
            if (dotted && i == out.size() - 1) {
                continue;
            }
            if (!g.matches("[0-9a-f]{1,4}")) {
                return null;
            }
            out.set(i, Integer.toHexString(Integer.parseInt(g, 16)));
        }
        return out;
    }

    private static List<String> split(String part) {
        return part.isEmpty() ? List.of() : Arrays.asList(part.split(":", -1));
    }
}
