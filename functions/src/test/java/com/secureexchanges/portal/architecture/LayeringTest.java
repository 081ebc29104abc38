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
                        || line.contains(".portal.handler.") || line.contains(".portal.wiring.")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).map(Path::toString).toList();
        assertEquals(List.of(), offenders);
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
