package com.secureexchanges.portal.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.devserver.DevServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SPEC X1, X2: one catalogue of error ids, each with its English and French text. */
class ErrorCatalogueTest {

    @Test
    void everyId_isSnakeCase_andHasAnEnglishAndAFrenchText() {
        Set<String> ids = new HashSet<>();
        for (ErrorId id : ErrorId.values()) {
            assertTrue(id.id().matches("[a-z]+(_[a-z0-9]+)*"), id.id());
            assertTrue(ids.add(id.id()));
            Map<String, String> arguments = Map.of("field", "email", "row", "2", "value", "x");
            String en = id.text(Language.EN, arguments);
            String fr = id.text(Language.FR, arguments);
            assertTrue(en.length() > 10 && fr.length() > 10, id.id());
            assertNotEquals(en, fr, id.id() + " is translated");
            assertFalse(en.contains("{") || fr.contains("{"), id.id() + " names only arguments it is given");
        }
    }

    /** No error id is written as a bare string anywhere in the main code: all go through the catalogue. */
    @Test
    void theMainCode_raisesOnlyCatalogueIds() throws IOException {
        Path main = DevServer.repoRoot().resolve("functions/src/main/java");
        Pattern literal = Pattern.compile("new (InvalidInput|Forbidden|RateLimited|Conflict|PayloadTooLarge)\\(\"");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                assertFalse(m.find(), file + " raises an id outside the catalogue");
            }
        }
    }

    @Test
    void theCallersLanguage_choosesTheText() {
        PortalException e = InvalidInput.field(ErrorId.MISSING_FIELD, "email");
        assertEquals("Please fill in every field (email is missing).", e.message(Language.EN));
        assertTrue(e.message(Language.FR).startsWith("Veuillez remplir"));
        assertEquals("missing_field", e.id());
    }
}
