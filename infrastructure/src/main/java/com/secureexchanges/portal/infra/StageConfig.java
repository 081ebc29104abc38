package com.secureexchanges.portal.infra;

import com.secureexchanges.portal.config.Artifact;
import com.secureexchanges.portal.config.FirstAdministrator;
import com.secureexchanges.portal.config.PlanFile;
import com.secureexchanges.portal.core.account.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an operator chooses per deployment, from CDK context ({@code cdk deploy -c key=value}).
 *
 * @param stage          short name, part of every resource name ({@code prod}, {@code test})
 * @param domainName     the portal's own domain; empty to use CloudFront's
 * @param certificateArn an ACM certificate for {@code domainName}, in us-east-1
 * @param mailFrom       the sender address, an SES identity the operator verifies
 * @param productName    the name shown in emails, SMS and pages
 * @param alarmEmail     where alarms are mailed, if anywhere
 * @param adminEmail     the first administrator, created with the stack if given
 * @param organizationName the first administrator's account name; by default the domain of {@code adminEmail}
 * @param smsMonthlySpendLimitUsd the account's SNS SMS spend limit; an alarm fires at 80%
 * @param lastingData    whether tables are protected from deletion and kept when the stack is destroyed
 * @param memoryMb       memory of every function (at least 512; more memory also means more CPU)
 * @param eventRetentionDays how long the event log keeps each event before DynamoDB's TTL purges it
 *                       (1 to 3650 days, 400 by default, as the functions' {@code EVENT_RETENTION_DAYS})
 * @param smsCountries    the countries numbers may be proven in, as the functions' {@code SMS_COUNTRIES}
 *                        (comma-separated ISO codes; the functions' default list when absent)
 * @param originSecretVersion the version id of the origin secret CloudFront sends; its current version when
 *                        absent. CloudFormation reads a secret again only when its reference changes: naming
 *                        the new version is how a deploy makes CloudFront send a rotated value (README,
 *                        "Rotating secrets")
 * @param plans           the plans file named by {@code -c plansFile} (a path, from the checkout's root when
 *                        relative), checked and compacted, as the functions' {@code PLANS}; the plans built
 *                        into the jar when absent
 * @param cloudfront     false for emulators without CloudFront (LocalStack's free tier): the site's files
 *                       and the API are both served by API Gateway, at the same routes under its stage
 */
public record StageConfig(String stage, Optional<String> domainName, Optional<String> certificateArn,
                          String mailFrom, String productName, Optional<String> alarmEmail, Optional<String> adminEmail,
                          Optional<String> organizationName, int smsMonthlySpendLimitUsd, boolean lastingData,
                          int memoryMb, int eventRetentionDays, Optional<String> smsCountries,
                          Optional<String> originSecretVersion, Optional<String> plans, boolean cloudfront,
                          Path lambdaJar, Path siteDir) {

    public static final String JAR = "functions/target/functions.jar";
    public static final int DEFAULT_EVENT_RETENTION_DAYS = 400;
    /** Ten years: the bound the functions enforce too, so a stage they would refuse never deploys. */
    public static final int MAX_EVENT_RETENTION_DAYS = 3650;
    /** Lambda keeps 4 KB of environment per function: the plans take at most this much of it. */
    public static final int MAX_PLANS_TEXT = 2_500;

    public StageConfig {
        if (!stage.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new IllegalArgumentException("stage must be lower-case letters, digits and dashes: " + stage);
        }
        if (domainName.isPresent() != certificateArn.isPresent()) {
            throw new IllegalArgumentException("domainName and certificateArn go together");
        }
        if (memoryMb < 512 || memoryMb > 10_240) {
            throw new IllegalArgumentException("memoryMb must be between 512 and 10240: " + memoryMb);
        }
        if (eventRetentionDays < 1 || eventRetentionDays > MAX_EVENT_RETENTION_DAYS) {
            throw new IllegalArgumentException("eventRetentionDays must be a number of days from 1 to "
                    + MAX_EVENT_RETENTION_DAYS + ": " + eventRetentionDays);
        }
        if (organizationName.isPresent() && adminEmail.isEmpty()) {
            throw new IllegalArgumentException("organizationName names the first administrator's account: "
                    + "give adminEmail too");
        }
        adminEmail.map(email -> organization(email, organizationName)).ifPresent(StageConfig::checkOrganization);
        if (originSecretVersion.isPresent() && !originSecretVersion.get().matches("[A-Za-z0-9-]{32,64}")) {
            throw new IllegalArgumentException("originSecretVersion must be a version id of the origin secret "
                    + "(the VersionId that put-secret-value prints): " + originSecretVersion.get());
        }
        if (!cloudfront && (domainName.isPresent() || originSecretVersion.isPresent())) {
            throw new IllegalArgumentException("domainName and originSecretVersion configure CloudFront: "
                    + "leave them out with cloudfront=false");
        }
        for (Artifact artifact : Artifact.values()) {
            Path jar = lambdaJar.resolveSibling(artifact.fileName());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("The Lambda jar " + jar + " is missing: build it first with "
                        + "'mvn -pl functions -am package -DskipTests' (the test command builds it too).");
            }
        }
    }

    public static StageConfig fromContext(Function<String, Object> context) {
        String stage = text(context, "stage").orElse("dev");
        Path root = findRoot();
        return new StageConfig(stage, text(context, "domainName"), text(context, "certificateArn"),
                text(context, "mailFrom").orElse("no-reply@example.com"),
                text(context, "productName").orElse("Secure Exchanges"),
                text(context, "alarmEmail"), text(context, "adminEmail"), text(context, "organizationName"),
                Integer.parseInt(text(context, "smsMonthlySpendLimit").orElse("10")),
                Boolean.parseBoolean(text(context, "lastingData").orElse(Boolean.toString(!stage.equals("dev")))),
                Integer.parseInt(text(context, "memoryMb").orElse("1024")),
                days(text(context, "eventRetentionDays")), text(context, "smsCountries"),
                text(context, "originSecretVersion"), text(context, "plansFile").map(file -> plans(root.resolve(file))),
                flag(context, "cloudfront", true), root.resolve(JAR), root.resolve("static-site"));
    }

    /** The plans file, checked as the functions will check it (so a wrong file fails the synth), compacted. */
    private static String plans(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("plansFile: cannot read " + file, e);
        }
        String compact = PlanFile.toJson(PlanFile.parse(text, "plansFile " + file));
        if (compact.length() > MAX_PLANS_TEXT) {
            throw new IllegalArgumentException("plansFile: the plans take " + compact.length() + " characters; "
                    + "Lambda's environment holds at most " + MAX_PLANS_TEXT + " of them (shorter names, fewer plans)");
        }
        return compact;
    }

    /** The first administrator's account name: {@code organizationName}, else the address's domain. */
    public Optional<String> firstOrganization() {
        return adminEmail.map(email -> organization(email, organizationName));
    }

    private static String organization(String adminEmail, Optional<String> organizationName) {
        return organizationName.orElseGet(() -> FirstAdministrator.defaultOrganization(adminEmail));
    }

    private static int days(Optional<String> value) {
        String text = value.orElse(Integer.toString(DEFAULT_EVENT_RETENTION_DAYS)).strip();
        if (!text.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("eventRetentionDays must be a number of days from 1 to "
                    + MAX_EVENT_RETENTION_DAYS + ": " + text);
        }
        return Integer.parseInt(text);
    }

    /** The rule the functions apply to an account's name, checked here so the first one always loads. */
    private static void checkOrganization(String name) {
        if (name.isBlank() || name.length() > Account.MAX_NAME || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("The first account's name must be 1 to " + Account.MAX_NAME
                    + " characters without control characters (context organizationName): " + name);
        }
    }

    /** {@code true} or {@code false} (as {@code -c key=…} gives text, and cdk.json a boolean); nothing else. */
    private static boolean flag(Function<String, Object> context, String key, boolean byDefault) {
        String value = text(context, key).map(String::strip).orElse(Boolean.toString(byDefault));
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static Optional<String> text(Function<String, Object> context, String key) {
        Object value = context.apply(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    /** The checkout, whether synth runs from the root (cdk.json) or from a module (tests). */
    static Path findRoot() {
        String root = System.getProperty("portal.repoRoot");
        Path start = Path.of(root != null ? root : "").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cdk.json"))) {
                return dir;
            }
        }
        return start;
    }

    static Path findJar() {
        return findRoot().resolve(JAR);
    }

    /** The jar of {@code artifact}, beside the core one. */
    static Path findJar(Artifact artifact) {
        return findJar().resolveSibling(artifact.fileName());
    }
}
