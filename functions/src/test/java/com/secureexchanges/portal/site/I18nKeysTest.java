package com.secureexchanges.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SPEC X1: every string of the static site exists in English and in French. Reads
 * {@code static-site/assets/js/i18n.js} as text (its {@code en} and {@code fr} blocks of quoted keys and
 * values) and the keys the pages and scripts use.
 */
class I18nKeysTest {

    private static final Path SITE = DevServer.repoRoot().resolve("static-site");
    private static final Path I18N = SITE.resolve("assets/js/i18n.js");

    private static final Pattern HTML_KEY = Pattern.compile("data-i18n(?:-alt|-label)?=\"([^\"]*)\"");
    /** t('key') and tOr('key', …) with a plain literal; a template with ${…} is a key family (see below). */
    private static final Pattern JS_KEY = Pattern.compile("\\bt(?:Or)?\\(\\s*(['\"`])([^'\"`$]*)\\1\\s*[,)]");
    private static final Pattern JS_TEMPLATE_KEY = Pattern.compile("\\bt(?:Or)?\\(\\s*`([^`$]*)\\$\\{");

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String extension) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strings of one language: the {@code lang: { 'key': 'value', … }} block of i18n.js, in order. */
    static Map<String, String> strings(String source, String lang) {
        Matcher start = Pattern.compile("(?m)^\\s*" + lang + ":\\s*\\{").matcher(source);
        assertTrue(start.find(), "i18n.js has no " + lang + ": { … } block");
        Map<String, String> out = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        JsLexer lexer = new JsLexer(source, start.end());
        while (true) {
            JsLexer.Token key = lexer.next();
            if (key.isPunct('}')) {
                break;
            }
            assertTrue(key.isString(), lang + ": expected a quoted key, found " + key);
            assertTrue(lexer.next().isPunct(':'), lang + ": expected ':' after '" + key.text() + "'");
            JsLexer.Token value = lexer.next();
            assertTrue(value.isString(), lang + ": the value of '" + key.text() + "' is not one string literal");
            if (out.put(key.text(), value.text()) != null) {
                duplicates.add(key.text());
            }
            JsLexer.Token after = lexer.next();
            if (after.isPunct('}')) {
                break;
            }
            assertTrue(after.isPunct(','), lang + ": expected ',' or '}' after '" + key.text() + "', found " + after);
        }
        assertEquals(List.of(), duplicates, lang + ": keys given twice (the second silently wins)");
        return out;
    }

    private static Map<String, String> english() {
        return strings(read(I18N), "en");
    }

    @Test
    void englishAndFrench_haveTheSameKeys_andNoEmptyText() {
        String source = read(I18N);
        Map<String, String> en = strings(source, "en");
        Map<String, String> fr = strings(source, "fr");
        assertTrue(en.size() > 50, "parsed only " + en.size() + " English strings");

        var onlyEn = new TreeSet<>(en.keySet());
        onlyEn.removeAll(fr.keySet());
        var onlyFr = new TreeSet<>(fr.keySet());
        onlyFr.removeAll(en.keySet());
        assertEquals(new TreeSet<String>(), onlyEn, "keys with no French text");
        assertEquals(new TreeSet<String>(), onlyFr, "keys with no English text");

        for (var strings : List.of(en, fr)) {
            var empty = strings.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList();
            assertEquals(List.of(), empty, "keys with an empty text");
        }
    }

    @Test
    void everyKeyThePagesUse_exists() {
        Map<String, String> en = english();
        var missing = new TreeSet<String>();
        int used = 0;
        for (Path html : files(SITE, ".html")) {
            Matcher m = HTML_KEY.matcher(read(html));
            while (m.find()) {
                used++;
                if (!en.containsKey(m.group(1))) {
                    missing.add(SITE.relativize(html) + ": " + m.group(1));
                }
            }
        }
        for (Path js : files(SITE.resolve("assets/js"), ".js")) {
            String source = read(js);
            Matcher m = JS_KEY.matcher(source);
            while (m.find()) {
                used++;
                if (!en.containsKey(m.group(2))) {
                    missing.add(SITE.relativize(js) + ": " + m.group(2));
                }
            }
            Matcher family = JS_TEMPLATE_KEY.matcher(source);
            while (family.find()) {
                String prefix = family.group(1);
                if (en.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.add(SITE.relativize(js) + ": " + prefix + "…");
                }
            }
        }
        assertTrue(used > 50, "found only " + used + " uses of keys: is the pattern still right?");
        assertEquals(new TreeSet<String>(), missing, "keys used but not in i18n.js (en)");
    }

    @Test
    void everyEventType_hasAJournalLabel() {
        Map<String, String> en = english();
        var missing = Arrays.stream(EventType.values()).map(t -> "journal.type." + t.id())
                .filter(k -> !en.containsKey(k)).toList();
        assertEquals(List.of(), missing, "event types (SPEC E1) without a label for the journal");
    }

    /** The API writes error messages in the caller's language (ErrorId); the site keeps no second copy. */
    @Test
    void noServerErrorText_isCopiedIntoTheSite() {
        Map<String, String> en = english();
        var copies = Arrays.stream(ErrorId.values()).map(id -> "error." + id.id()).filter(en::containsKey).toList();
        assertEquals(List.of(), copies, "error texts that the API already sends in the page's language");
        assertFalse(en.get("error.generic").isBlank(), "the message for an answer without one is there");
    }
}
