package com.secureexchanges.portal.handler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.handler.CaptchaHandler;
import com.secureexchanges.portal.handler.RedeemLinkHandler;
import com.secureexchanges.portal.handler.RequestLoginHandler;
import com.secureexchanges.portal.handler.TwoFactorHandler;
import com.secureexchanges.portal.testing.SnapshotGraph;
import com.secureexchanges.portal.wiring.Portal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart priming (issue 12): it runs each function's routes through the SDK's marshalling with no
 * network, and what it leaves behind for the snapshot holds no random value, key, token or clock reading.
 */
class PrimingTest {

    private static final AppConfig CONFIG = AppConfig.local(Map.of(), "https://portal.example.com",
            TableNames.prefixed("prime-"));

    private static Priming.Outcome prime(
            com.secureexchanges.portal.config.FunctionSpec function,
            Function<Portal, ApiHandler> handlers) {
        return Priming.of(function, CONFIG, handlers).prime();
    }

    @Test
    void loginRequest_isAnsweredInFull_readingAndWritingThroughTheSdk_offline() {
        var outcome = prime(Routes.REQUEST_LOGIN, RequestLoginHandler::new);

        assertEquals(Map.of(Route.LOGIN_REQUEST, 202), outcome.statuses());
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), outcome.operations().subList(0, 2));
        assertEquals(2 * Priming.ROUNDS, outcome.operations().size(), "two round trips per request, every round");
    }

    @Test
    void captcha_rendersItsImage_andCountsTheIp_offline() {
        var outcome = prime(Routes.CAPTCHA, CaptchaHandler::new);

        assertEquals(200, outcome.statuses().get(Route.CAPTCHA), "the image was rendered and sent");
        assertEquals(200, outcome.statuses().get(Route.CAPTCHA_WORK));
        assertTrue(outcome.operations().stream().allMatch("UpdateItem"::equals), outcome.operations().toString());
    }

    @Test
    void redeemAndTwoFactor_readTheirItems_andAnswerTheirRefusals() {
        var redeem = prime(Routes.REDEEM_LINK, RedeemLinkHandler::new);
        var twoFactor = prime(Routes.TWO_FACTOR, TwoFactorHandler::new);

        assertTrue(redeem.statuses().get(Route.LOGIN_REDEEM) / 100 == 4, "no link: " + redeem.statuses());
        assertTrue(redeem.operations().contains("GetItem"), redeem.operations().toString());
        assertTrue(twoFactor.statuses().values().stream().allMatch(s -> s / 100 == 4), twoFactor.statuses().toString());
    }

    @Test
    void afterTheCheckpointHook_thePrimingHoldsNoRandomValue_key_clockOrPortal() throws Exception {
        Priming priming = Priming.of(Routes.REQUEST_LOGIN, CONFIG, RequestLoginHandler::new);

        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        assertEquals(List.of(), SnapshotGraph.unwanted(priming),
                "reachable from the registered hook, so in the snapshot");
    }
}
