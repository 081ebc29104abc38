package com.secureexchanges.portal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.captcha.IssuedCaptcha;
import com.secureexchanges.portal.core.captcha.WorkChallenge;
import com.secureexchanges.portal.core.error.NotFound;
import com.secureexchanges.portal.handler.http.ApiHandler;
import com.secureexchanges.portal.handler.http.ApiResponse;
import com.secureexchanges.portal.handler.http.Http;
import com.secureexchanges.portal.handler.http.Priming;
import com.secureexchanges.portal.wiring.Portal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/captcha}: a new captcha image and its id (SPEC L2). */
public final class CaptchaHandler extends ApiHandler {

    private final Http http;
    private final CaptchaService captchas;

    public CaptchaHandler() {
        this(Portal.production());
        Priming.register(Routes.CAPTCHA, Portal.production(), CaptchaHandler::new);
    }

    public CaptchaHandler(Portal portal) {
        this.http = Http.of(portal);
        this.captchas = portal.captchas();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return http.handle(event, Routes.CAPTCHA, request -> switch (request.route().orElseThrow()) {
            case CAPTCHA -> {
                IssuedCaptcha captcha = captchas.issue(request.client());
                Map<String, String> body = new LinkedHashMap<>();
                body.put("id", captcha.id());
                body.put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(captcha.png()));
                yield ApiResponse.json(200, http.json().write(body));
            }
            case CAPTCHA_WORK -> {
                WorkChallenge work = captchas.issueWork(request.client());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", work.id());
                body.put("algorithm", work.algorithm());
                body.put("salt", work.salt());
                body.put("challenge", work.challenge());
                body.put("maxNumber", work.maxNumber());
                yield ApiResponse.json(200, http.json().write(body));
            }
            default -> throw new NotFound();
        });
    }
}
