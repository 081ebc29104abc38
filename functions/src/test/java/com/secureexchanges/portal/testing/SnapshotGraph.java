package com.secureexchanges.portal.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.secureexchanges.portal.wiring.Portal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.Key;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What a SnapStart hook leaves in the snapshot: every object reachable from it through the instance fields of
 * the portal's classes, collections, maps and arrays, searched for what must not be cloned into every
 * execution environment (a random generator, a key, a clock or clock reading, a portal or a handler).
 */
public final class SnapshotGraph {

    private SnapshotGraph() {
    }

    /** The class names of the unwanted objects reachable from {@code root}; empty when there is none. */
    public static List<String> unwanted(Object root) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        walk(root, Collections.newSetFromMap(new IdentityHashMap<>()), found);
        return found;
    }

    private static void walk(Object root, Set<Object> seen, List<String> found) throws IllegalAccessException {
        if (root == null || root instanceof Class || !seen.add(root)) {
            return;
        }
        if (root instanceof Random || root instanceof Key || root instanceof Clock || root instanceof Instant
                || root instanceof Portal || root instanceof RequestHandler) {
            found.add(root.getClass().getName());
            return;
        }
        if (root instanceof Collection<?> items) {
            for (Object item : items) {
                walk(item, seen, found);
            }
            return;
        }
        if (root instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                walk(entry.getKey(), seen, found);
                walk(entry.getValue(), seen, found);
            }
            return;
        }
        if (root instanceof Object[] array) {
            for (Object item : array) {
                walk(item, seen, found);
            }
            return;
        }
        if (!root.getClass().getName().startsWith("com.secureexchanges.")) {
            return;
        }
        for (Class<?> type = root.getClass(); type != null && type.getName().startsWith("com.secureexchanges.");
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                field.setAccessible(true);
                walk(field.get(root), seen, found);
            }
        }
    }
}
