package com.secureexchanges.portal.infra;

import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.Tables;
import com.secureexchanges.portal.infra.construct.Alarms;
import com.secureexchanges.portal.infra.construct.DeliveryStream;
import com.secureexchanges.portal.infra.construct.ApiSite;
import com.secureexchanges.portal.infra.construct.DataTables;
import com.secureexchanges.portal.infra.construct.FirstAdministratorItems;
import com.secureexchanges.portal.infra.construct.KeySecret;
import com.secureexchanges.portal.infra.construct.Messaging;
import com.secureexchanges.portal.infra.construct.PortalApi;
import com.secureexchanges.portal.infra.construct.PortalFunctions;
import com.secureexchanges.portal.infra.construct.PortalMetrics;
import com.secureexchanges.portal.infra.construct.StaticSite;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The portal in one stack, composed of small constructs and nothing else. With {@code cloudfront=false}
 * the site is served by the API itself ({@link ApiSite}); the functions' site origin is then the API's.
 */
public final class PortalStack extends Stack {

    public PortalStack(Construct scope, String id, StackProps props, StageConfig config) {
        super(scope, id, props);
        String stage = config.stage();
        DataTables tables = new DataTables(this, "Data", new DataTables.Props(stage, config.lastingData()));
        KeySecret keys = new KeySecret(this, "Keys", stage);
        Messaging messaging = new Messaging(this, "Messaging", new Messaging.Props(stage, config.mailFrom(),
                config.smsMonthlySpendLimitUsd()));
        PortalFunctions functions = new PortalFunctions(this, "Functions", new PortalFunctions.Props(stage,
                config.lambdaJar(), tables, keys.secret(), keys.originSecret(), messaging, config.mailFrom(),
                config.productName(), config.memoryMb(), config.eventRetentionDays(), config.smsCountries(),
                config.plans()));
        PortalApi api = new PortalApi(this, "Http", new PortalApi.Props(stage, functions, 50, 100));
        String siteUrl;
        String linkBase;
        if (config.cloudfront()) {
            StaticSite site = new StaticSite(this, "Site", new StaticSite.Props(stage, config.siteDir(),
                    api.api().getRestApiId(), keys.originSecret(), config.originSecretVersion(), config.domainName(),
                    config.certificateArn()));
            siteUrl = "https://" + config.domainName().orElse(site.distribution().getDistributionDomainName());
            linkBase = siteUrl;
        } else {
            new ApiSite(this, "Site", new ApiSite.Props(stage, config.siteDir(), api.api()));
            siteUrl = api.api().getUrl();
            // The site is under the API's stage: links in emails carry it (the same-origin check takes the origin).
            linkBase = "https://" + api.api().getRestApiId() + ".execute-api." + getRegion() + "." + getUrlSuffix()
                    + "/" + stage;
        }
        functions.setSiteUrl(linkBase);
        Alarms alarms = new Alarms(this, "Alarms", new Alarms.Props(stage, api.api(), functions.functions(),
                tables.all(), config.smsMonthlySpendLimitUsd(), config.alarmEmail()));
        new DeliveryStream(this, "Deliveries", new DeliveryStream.Props(stage, functions.alias(Routes.DELIVERIES),
                tables.table(Tables.AUTH), alarms.topic()));
        new PortalMetrics(this, "Metrics", new PortalMetrics.Props(stage, functions.functions(), alarms));
        config.adminEmail().ifPresent(email -> new FirstAdministratorItems(this, "FirstAdministrator",
                new FirstAdministratorItems.Props(tables.table(Tables.DIRECTORY), email,
                        config.firstOrganization().orElseThrow())));
        NagSuppressions.apply(this, config.cloudfront());
        CfnOutput.Builder.create(this, "SiteUrl").description("The portal").value(siteUrl).build();
        CfnOutput.Builder.create(this, "ApiUrl").description("The API, behind the site at /api")
                .value(api.api().getUrl()).build();
    }
}
