package com.secureexchanges.portal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md: the core knows nothing of AWS or JSON, and the main code stays in small files. */
class LayeringTest {

    private static final Path MAIN = DevServer.repoRoot().resolve("functions/src/main/java/com/secureexchanges/portal");

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void theCore_importsNoAwsNoJacksonAndNoAdapter() throws IOException {
        List<String> offenders = javaFiles(MAIN.resolve("core")).stream().filter(file -> {
            try {
                return Files.readAllLines(file).stream().anyMatch(line -> line.startsWith("import ")
                        && (line.contains("software.amazon") || line.contains("com.amazonaws")
                        || line.contains("com.fasterxml") || line.contains(".portal.adapter.")
                        || line.contains(".portal.handler.") || line.contains(".portal.wiring.")
                        || line.contains(".portal.config.")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
    }

    /** Imports of {@code package} inside {@code dir}, as "file: import" lines. */
    private static List<String> importsOf(Path dir, String... packages) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path file : javaFiles(dir)) {
            for (String line : Files.readAllLines(file)) {
                for (String p : packages) {
                    if (line.startsWith("import ") && line.contains(".portal." + p + ".")) {
                        found.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    /** One direction only: handler → wiring → adapter/core/config; the composition root knows no handler. */
    @Test
    void theCompositionRoot_importsNoHandler_andAdaptersNoHandlerOrWiring() throws IOException {
        assertEquals(List.of(), importsOf(MAIN.resolve("wiring"), "handler"));
        assertEquals(List.of(), importsOf(MAIN.resolve("adapter"), "handler", "wiring"));
        assertEquals(List.of(), importsOf(MAIN.resolve("config"), "handler", "wiring", "adapter"));
    }

    /** STYLE.md: a handler dispatches over the typed routes, never over route strings. */
    @Test
    void handlers_switchOverTypedRoutes_notOverStrings() throws IOException {
        for (Path file : javaFiles(MAIN.resolve("handler"))) {
            String text = Files.readString(file);
            assertEquals(false, text.contains("\"/api/"), file + " names a route by its path");
        }
    }

    @Test
    void mainFiles_stayUnder300Lines_andHandlersUnder150() throws IOException {
        for (Path file : javaFiles(MAIN)) {
            long lines = Files.readAllLines(file).size();
            long limit = file.getParent().endsWith("handler") ? 150 : 300;
            if (lines > limit) {
                throw new AssertionError(file + " has " + lines + " lines (limit " + limit + ")");
            }
        }
    }
}
