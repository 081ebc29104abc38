package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.Route;
import com.secureexchanges.portal.config.Routes;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/** The REST API: exactly the routes of {@link Routes}, each a Lambda proxy to its function's alias. */
public final class PortalApi extends Construct {

    public record Props(String stage, PortalFunctions functions, int rateLimit, int burstLimit) {
    }

    private final RestApi api;

    public PortalApi(Construct scope, String id, Props props) {
        super(scope, id);
        api = RestApi.Builder.create(this, "Api")
                .restApiName("portal-" + props.stage())
                .endpointTypes(java.util.List.of(EndpointType.REGIONAL))
                .deployOptions(StageOptions.builder()
                        .stageName(props.stage())
                        .throttlingRateLimit(props.rateLimit())
                        .throttlingBurstLimit(props.burstLimit())
                        // Execution logs could hold request bodies (tokens, codes): off. Access logs hold none.
                        .loggingLevel(MethodLoggingLevel.OFF)
                        .accessLogDestination(new LogGroupLogDestination(LogGroup.Builder.create(this, "AccessLogs")
                                .retention(RetentionDays.THREE_MONTHS).build()))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .build())
                .build();
        for (Route route : Routes.all()) {
            api.getRoot().resourceForPath(route.path())
                    .addMethod(route.method(), new LambdaIntegration(props.functions().alias(route.function())));
        }
    }

    public RestApi api() {
        return api;
    }
}
