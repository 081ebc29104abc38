package com.secureexchanges.portal.infra.construct;

import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.PlanFile;
import com.secureexchanges.portal.config.Artifact;
import com.secureexchanges.portal.config.FunctionSpec;
import com.secureexchanges.portal.config.Routes;
import com.secureexchanges.portal.config.TableAccess;
import com.secureexchanges.portal.config.Tables;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * One Lambda function per route family of {@link Routes}, and the deliveries function: java21 on arm64,
 * SnapStart behind a {@code live} alias, and only the access its {@link FunctionSpec} names.
 */
public final class PortalFunctions extends Construct {

    /**
     * @param jar                the core jar; the other {@link Artifact}s are found beside it
     * @param eventRetentionDays passed on as {@code EVENT_RETENTION_DAYS}: how long each event is kept
     */
    public record Props(String stage, Path jar, DataTables tables, Secret keys, Secret originSecret,
                        Messaging messaging, String mailFrom, String productName, int memoryMb,
                        int eventRetentionDays, Optional<String> smsCountries, Optional<String> plans) {
    }

    private static final String SNS_PUBLISH = "sns:Publish";

    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private final Map<String, Function> functions = new LinkedHashMap<>();

    public PortalFunctions(Construct scope, String id, Props props) {
        super(scope, id);
        Map<Artifact, Code> jars = new EnumMap<>(Artifact.class);
        for (FunctionSpec spec : Routes.deployed()) {
            Code code = jars.computeIfAbsent(spec.artifact(),
                    a -> Code.fromAsset(props.jar().resolveSibling(a.fileName()).toString()));
            Map<String, String> env = new HashMap<>();
            env.put("MAIL_FROM", props.mailFrom());
            env.put("SES_CONFIGURATION_SET", props.messaging().signInMail().getConfigurationSetName());
            env.put("PRODUCT_NAME", props.productName());
            env.put("HMAC_SECRET_ID", props.keys().getSecretArn());
            env.put("ORIGIN_SECRET_ID", props.originSecret().getSecretArn());
            env.put(AppConfig.EVENT_RETENTION_DAYS, Integer.toString(props.eventRetentionDays()));
            props.smsCountries().ifPresent(list -> env.put(AppConfig.SMS_COUNTRIES, list));
            props.plans().ifPresent(plans -> env.put(PlanFile.PLANS, plans));
            Tables.all().forEach(t -> env.put(t.envVariable(), props.tables().table(t).getTableName()));
            LogGroup logs = LogGroup.Builder.create(this, spec.id() + "Logs")
                    .logGroupName("/aws/lambda/portal-" + props.stage() + "-" + spec.id())
                    .retention(RetentionDays.THREE_MONTHS).build();
            Function function = Function.Builder.create(this, spec.id())
                    .functionName("portal-" + props.stage() + "-" + spec.id())
                    .runtime(Runtime.JAVA_21)
                    .architecture(Architecture.ARM_64)
                    .handler(spec.handlerClass())
                    .code(code)
                    .memorySize(props.memoryMb())
                    .timeout(Duration.seconds(15))
                    .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                    .loggingFormat(LoggingFormat.JSON)
                    .logGroup(logs)
                    .environment(env)
                    .build();
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "API Gateway calls the published version through the live alias");
            grant(function, spec, props);
            functions.put(spec.id(), function);
            aliases.put(spec.id(), Alias.Builder.create(this, spec.id() + "Live")
                    .aliasName("live").version(function.getCurrentVersion()).build());
        }
    }

    private static void grant(Function function, FunctionSpec spec, Props props) {
        for (TableAccess access : spec.tables()) {
            grant(function, access, props.tables().table(access.table()));
        }
        if (spec.readsKeys()) {
            props.keys().grantRead(function);
        }
        props.originSecret().grantRead(function);
        Stack stack = Stack.of(function);
        if (spec.sendsSms()) {
            // SMS to a phone number has no resource ARN to scope to, so the allow is on *; the deny on every
            // SNS ARN (topics, platform endpoints) leaves direct SMS only. The monthly spend limit bounds it.
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of(SNS_PUBLISH)).resources(List.of("*")).build());
            function.addToRolePolicy(PolicyStatement.Builder.create().effect(Effect.DENY)
                    .actions(List.of(SNS_PUBLISH)).resources(List.of(stack.formatArn(ArnComponents.builder()
                            .service("sns").region("*").account("*").resource("*").build())))
                    .build());
        }
        if (spec.sendsMail()) {
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ses:SendEmail"))
                    .resources(List.of(props.messaging().identity().getEmailIdentityArn(),
                            stack.formatArn(ArnComponents.builder().service("ses").resource("configuration-set")
                                    .resourceName(props.messaging().signInMail().getConfigurationSetName()).build())))
                    .build());
        }
    }

    /**
     * Exactly what the {@link TableAccess} names: its actions on the table, {@code Query} on each index it
     * names (by name, never {@code index/*}), the pseudonymising update. {@code grantReadWriteData} would
     * add {@code Scan}, {@code BatchWriteItem}, {@code DeleteItem} and the rest on the whole table and
     * all its indexes. The tables are encrypted with the AWS managed key ({@code aws/dynamodb}), which
     * DynamoDB uses on behalf of any caller it authorises: there is no KMS grant to keep (CDK adds one
     * only for a customer managed key).
     */
    private static void grant(Function function, TableAccess access, Table table) {
        if (!access.actions().isEmpty()) {
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(access.actions().stream().map(TableAccess.Action::iamAction).toList())
                    .resources(List.of(table.getTableArn())).build());
        }
        if (!access.indexes().isEmpty()) {
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of(TableAccess.Action.QUERY.iamAction()))
                    .resources(access.indexes().stream().map(i -> table.getTableArn() + "/index/" + i.name()).toList())
                    .build());
        }
        if (access.pseudonymises()) {
            function.addToRolePolicy(pseudonymiseOnly(table));
        }
    }

    /**
     * {@code UpdateItem} of the personal attributes of a stored event only (SPEC U3: a deleted user's
     * events are pseudonymised), enforced by IAM: every attribute the request names must be one of
     * {@link TableAccess#PERSONAL_ATTRIBUTES}, and nothing is read back.
     */
    private static PolicyStatement pseudonymiseOnly(Table table) {
        return PolicyStatement.Builder.create().actions(List.of(TableAccess.Action.UPDATE_ITEM.iamAction()))
                .resources(List.of(table.getTableArn()))
                .conditions(Map.of(
                        "ForAllValues:StringEquals", Map.of("dynamodb:Attributes", TableAccess.PERSONAL_ATTRIBUTES),
                        "StringEqualsIfExists", Map.of("dynamodb:ReturnValues", List.of("NONE"))))
                .build();
    }

    public Alias alias(FunctionSpec spec) {
        return aliases.get(spec.id());
    }

    /** Every function by id. */
    public Map<String, Function> functions() {
        return functions;
    }

    /** Tells every function the site's public origin, once the site exists. */
    public void setSiteUrl(String siteUrl) {
        functions.values().forEach(f -> f.addEnvironment("SITE_URL", siteUrl));
    }
}
