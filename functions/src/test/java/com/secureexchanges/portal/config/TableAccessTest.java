package com.secureexchanges.portal.config;

import static com.secureexchanges.portal.config.TableAccess.Action.PUT_ITEM;
import static com.secureexchanges.portal.config.TableAccess.Action.QUERY;
import static com.secureexchanges.portal.config.TableAccess.Action.UPDATE_ITEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableAccessTest {

    @Test
    void aQueryOfAnIndex_isAllowedOnlyForTheIndexesNamed_andNotByQueryOnTheTable() {
        TableAccess access = TableAccess.on(Tables.EVENTS, PUT_ITEM, QUERY);
        assertTrue(access.allows(QUERY, Optional.empty()));
        assertFalse(access.allows(QUERY, Optional.of("byTime")));
        assertTrue(access.queryingIndexes(Tables.EVENTS_BY_TIME).allows(QUERY, Optional.of("byTime")));
        assertFalse(TableAccess.on(Tables.SESSIONS, UPDATE_ITEM).queryingIndexes(Tables.SESSIONS_BY_USER)
                .allows(QUERY, Optional.empty()), "an index named is not the table");
        assertFalse(access.allows(UPDATE_ITEM, Optional.empty()));
    }

    @Test
    void anIndexOfAnotherTable_anAccessThatAllowsNothing_orATableTwice_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TableAccess.on(Tables.DIRECTORY, QUERY).queryingIndexes(Tables.SESSIONS_BY_USER));
        assertThrows(IllegalArgumentException.class, () -> TableAccess.on(Tables.AUTH));
        assertThrows(IllegalArgumentException.class, () -> new FunctionSpec("Twice", "x.Handler",
                List.of(TableAccess.on(Tables.AUTH, PUT_ITEM), TableAccess.on(Tables.AUTH, UPDATE_ITEM)),
                false, false, true));
    }

    @Test
    void theEventLog_isAppendOnlyForEveryFunction_andOnlyUsersPseudonymise() {
        for (FunctionSpec function : Routes.functions()) {
            function.access(Tables.EVENTS).ifPresent(events -> {
                assertTrue(events.appendOnly(), function.id());
                assertEquals(function == Routes.USERS, events.pseudonymises(), function.id());
            });
        }
        assertTrue(Routes.EVENTS.access(Tables.EVENTS).orElseThrow().allows(QUERY, Optional.of("byTime")));
    }
}
