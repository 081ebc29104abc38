package com.secureexchanges.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.core.license.Money;
import com.secureexchanges.portal.core.license.Plan;
import com.secureexchanges.portal.core.license.Plans;
import com.secureexchanges.portal.core.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC A3: the catalogue is a file read at start, checked strictly, so a typo never sells a wrong price. */
class PlanFileTest {

    private static final String ECO = "{\"id\": \"eco\", \"name\": {\"en\": \"Eco\", \"fr\": \"Éco\"}, \"rank\": 1, "
            + "\"monthlyPrice\": {\"amount\": 1500, \"currency\": \"CAD\"}}";

    @Test
    void theBuiltInPlans_areEcoAdvancedPro_byRank() {
        Plans plans = PlanFile.builtIn();
        assertEquals(List.of("eco", "advanced", "pro"), plans.ids());
        assertEquals(List.of(1, 2, 3), plans.all().stream().map(Plan::rank).toList());
        assertEquals("Éco", plans.require("eco").name(Language.FR));
        assertEquals("Advanced", plans.require("advanced").name(Language.EN));
        assertEquals(new Money(4000, "CAD"), plans.require("pro").monthlyPrice());
        assertEquals("CAD", plans.currency());
    }

    @Test
    void theEnvironment_namesTheFile_orItsText() throws IOException {
        Path file = Files.createTempFile("plans", ".json");
        Files.writeString(file, "{\"plans\": [" + ECO + "]}");
        assertEquals(List.of("eco"), PlanFile.from(Map.of(PlanFile.PLANS_FILE, file.toString())).ids());
        assertEquals(List.of("eco"), PlanFile.from(Map.of(PlanFile.PLANS, "{\"plans\": [" + ECO + "]}")).ids());
        assertEquals(3, PlanFile.from(Map.of()).all().size());
        Plans written = PlanFile.parse(PlanFile.toJson(PlanFile.builtIn()), "again");
        assertEquals(PlanFile.builtIn(), written, "the compact form the stack passes on reads back the same");
        var missing = assertThrows(IllegalStateException.class,
                () -> PlanFile.from(Map.of(PlanFile.PLANS_FILE, "/no/such/plans.json")));
        assertTrue(missing.getMessage().contains("/no/such/plans.json"), missing.getMessage());
    }

    @Test
    void wrongFiles_stopTheStart_sayingWhatIsWrong() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("not JSON", "plans: eco");
        wrong.put("the catalogue holds 1 to 20 plans", "{\"plans\": []}");
        wrong.put("\"plans\" must be a list", "{\"plans\": {}}");
        wrong.put("unknown field \"price\"", "{\"plans\": [" + ECO.replace("\"rank\"", "\"price\": 3, \"rank\"")
                + "]}");
        wrong.put("two plans are called eco", "{\"plans\": [" + ECO + ", " + ECO.replace("1,", "2,") + "]}");
        wrong.put("two plans have the rank 1", "{\"plans\": [" + ECO + ", " + ECO.replace("eco", "pro") + "]}");
        wrong.put("one currency", "{\"plans\": [" + ECO + ", " + ECO.replace("eco", "pro").replace("1,", "2,")
                .replace("CAD", "EUR") + "]}");
        wrong.put("not an ISO 4217 currency code", "{\"plans\": [" + ECO.replace("CAD", "ABC") + "]}");
        wrong.put("\"amount\" must be a whole number", "{\"plans\": [" + ECO.replace("1500", "-1") + "]}");
        wrong.put("\"amount\" must be a whole number ", "{\"plans\": [" + ECO.replace("1500", "15.5") + "]}");
        wrong.put("\"amount\" must be a whole number  ", "{\"plans\": [" + ECO.replace("1500", "100000001") + "]}");
        wrong.put("\"amount\" must be a whole number   ", "{\"plans\": [" + ECO.replace("1500", "\"1500\"") + "]}");
        wrong.put("lower-case letters", "{\"plans\": [" + ECO.replace("\"eco\"", "\"Eco Plan\"") + "]}");
        wrong.put("rank is a positive number", "{\"plans\": [" + ECO.replace("1,", "0,") + "]}");
        wrong.put("name is 1 to 60 characters", "{\"plans\": [" + ECO.replace("\"Eco\"", "\"\"") + "]}");
        wrong.put("duplicate", "{\"plans\": [" + ECO + "], \"plans\": []}");
        wrong.forEach((expected, text) -> {
            var e = assertThrows(IllegalStateException.class, () -> PlanFile.parse(text, "my-plans.json"), expected);
            assertTrue(e.getMessage().startsWith("my-plans.json"), e.getMessage());
            String wanted = expected.strip().equals("not JSON") ? "not valid JSON" : expected.strip();
            assertTrue(e.getMessage().contains(wanted.equals("duplicate") ? "Duplicate" : wanted), e.getMessage());
        });
    }
}
