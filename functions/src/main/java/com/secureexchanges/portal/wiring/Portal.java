package com.secureexchanges.portal.wiring;

import com.secureexchanges.portal.adapter.cloudwatch.EmfMetrics;
import com.secureexchanges.portal.adapter.dns.DnsjavaTxtLookup;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.LogSink;
import com.secureexchanges.portal.core.access.CallerService;
import com.secureexchanges.portal.core.access.SessionControl;
import com.secureexchanges.portal.core.audit.EventLogService;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.delivery.DeliveryPump;
import com.secureexchanges.portal.core.delivery.Dispatcher;
import com.secureexchanges.portal.core.captcha.CaptchaRenderer;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.domain.DomainAdministration;
import com.secureexchanges.portal.core.license.Checkout;
import com.secureexchanges.portal.core.license.InvoicePayment;
import com.secureexchanges.portal.core.license.LicenseAdministration;
import com.secureexchanges.portal.core.license.LicenseEmails;
import com.secureexchanges.portal.core.license.NewLicenses;
import com.secureexchanges.portal.core.license.PaymentProvider;
import com.secureexchanges.portal.core.license.Purchasing;
import com.secureexchanges.portal.core.license.Upgrades;
import com.secureexchanges.portal.core.login.LinkRedemption;
import com.secureexchanges.portal.core.login.LoginEmails;
import com.secureexchanges.portal.core.login.LoginService;
import com.secureexchanges.portal.core.signup.SignupConfirmation;
import com.secureexchanges.portal.core.signup.SignupEmails;
import com.secureexchanges.portal.core.signup.SignupReview;
import com.secureexchanges.portal.core.signup.SignupService;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.Metrics;
import com.secureexchanges.portal.core.port.OriginSecret;
import com.secureexchanges.portal.core.port.Pacer;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.port.TokenGenerator;
import com.secureexchanges.portal.core.port.TxtLookup;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.Codes;
import com.secureexchanges.portal.core.twofactor.NumberNotices;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.core.user.AdminNotices;
import com.secureexchanges.portal.core.user.NewUsers;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.SensitiveChanges;
import com.secureexchanges.portal.core.user.UserAdministration;
import com.secureexchanges.portal.core.user.UserChanges;
import com.secureexchanges.portal.core.user.UserLifecycle;
import com.secureexchanges.portal.core.user.WelcomeEmails;
import com.secureexchanges.portal.core.userimport.UserImport;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root: the only place that builds services, used by the Lambda handlers
 * ({@link #production()}), the dev server and the tests ({@link #of}). Everything is built on first
 * use, so a function builds only what its routes use (its handler asks for it while the runtime
 * initialises, which SnapStart then snapshots); nothing here holds a per-request secret.
 */
public final class Portal {

    /**
     * What the portal runs on.
     *
     * @param mail         built on first use (an SES client only in the deliveries function: requests
     *                     write their messages to the outbox, see {@code core.delivery.Mailroom})
     * @param hasher       keyed hashes, with the keys current at each call where keys rotate (AWS)
     * @param originSecret the check of the value CloudFront sends in its origin header; empty where there is none
     * @param metrics      what the services count (SPEC X6)
     */
    public record Environment(AppConfig config, Clock clock, Stores stores, Supplier<MailSender> mail,
                              Supplier<SmsSender> sms, SecretHasher hasher, TokenGenerator tokens,
                              Optional<OriginSecret> originSecret, LogSink logSink, Metrics metrics) {

        /** With metrics written as EMF lines to {@code logSink}, for the local stage. */
        public Environment(AppConfig config, Clock clock, Stores stores, Supplier<MailSender> mail,
                           Supplier<SmsSender> sms, SecretHasher hasher, TokenGenerator tokens,
                           Optional<OriginSecret> originSecret, LogSink logSink) {
            this(config, clock, stores, mail, sms, hasher, tokens, originSecret, logSink,
                    new EmfMetrics(logSink, clock, EmfMetrics.LOCAL_STAGE));
        }
    }

    private final Environment env;
    private final Lazy<Journal> journal;
    private final PostOffice post;
    private final Lazy<CaptchaService> captchas;
    private final Lazy<SessionService> sessions;
    private final Lazy<Codes> codes;
    private final Lazy<SmsTexts> texts;
    private final Lazy<TwoFactorService> twoFactor;
    private final Lazy<UserChanges> userChanges;
    private final Lazy<SecondFactorSettings> secondFactor;
    private final Lazy<LoginService> login;
    private final Lazy<SignupService> signup;
    private final Lazy<SignupConfirmation> signupConfirmation;
    private final Lazy<LinkRedemption> redemption;
    private final Lazy<ProfileService> profiles;
    private final Lazy<CallerService> callers;
    private final Lazy<SessionControl> sessionControl;
    private final Lazy<EventLogService> eventLog;
    private final Lazy<SensitiveChanges> sensitive;
    private final Lazy<AdminNotices> notices;
    private final Lazy<NewUsers> newUsers;
    private final Lazy<UserImport> userImport;
    private final Lazy<UserAdministration> userAdministration;
    private final Lazy<UserLifecycle> userLifecycle;
    private final Lazy<TxtLookup> dns;
    private final Lazy<DomainAdministration> domainAdministration;
    private final Lazy<PaymentProvider> payments;
    private final Lazy<Checkout> checkout;
    private final Lazy<NewLicenses> newLicenses;
    private final Lazy<LicenseAdministration> licenseAdministration;
    private final Lazy<Purchasing> purchasing;
    private final Lazy<Upgrades> upgrades;

    private Portal(Environment env) {
        this.env = env;
        AppConfig config = env.config();
        Stores stores = env.stores();
        journal = Lazy.of(() -> new Journal(env.clock(), env.tokens(), config.audit(), stores.events()));
        post = new PostOffice(env);
        captchas = Lazy.of(() -> new CaptchaService(env.tokens(), env.hasher(), new CaptchaRenderer(), stores.limiter(),
                env.clock(), config.captcha(), config.fixedCaptcha()));
        sessions = Lazy.of(() -> new SessionService(stores.sessions(), env.tokens(), env.hasher(), env.clock(),
                config.sessions()));
        codes = Lazy.of(() -> new Codes(stores.challenges(), env.tokens(), env.hasher(), env.clock(),
                config.twoFactor()));
        texts = Lazy.of(() -> new SmsTexts(config.productName(), config.siteUrl()));
        twoFactor = Lazy.of(() -> new TwoFactorService(codes.get(), stores.completion(), post.mailroom(), texts.get(),
                sessions.get(), env.tokens(), env.hasher(), journal.get(), env.metrics()));
        userChanges = Lazy.of(() -> new UserChanges(stores.users(), journal.get()));
        secondFactor = Lazy.of(() -> new SecondFactorSettings(codes.get(), stores.completion(), post.mailroom(),
                texts.get(), userChanges.get(), journal.get(), new NumberNotices(post.mailroom(),
                config.productName(), env.clock())));
        login = Lazy.of(() -> new LoginService(captchas.get(), stores.login(), post.mailroom(),
                new LoginEmails(config.productName()), env.tokens(), env.hasher(), journal.get(), env.clock(),
                config.login(), config.siteUrl(), env.metrics(), Pacer.WAITING));
        redemption = Lazy.of(() -> new LinkRedemption(stores.login(), sessions.get(), twoFactor.get(), env.hasher(),
                journal.get(), env.clock(), env.metrics()));
        profiles = Lazy.of(() -> new ProfileService(userChanges.get()));
        callers = Lazy.of(() -> new CallerService(sessions.get(), stores.users()));
        sessionControl = Lazy.of(() -> new SessionControl(stores.sessions(), journal.get(), env.clock()));
        eventLog = Lazy.of(() -> new EventLogService(stores.events(), stores.users(), journal.get(), env.clock()));
        sensitive = Lazy.of(() -> new SensitiveChanges(journal.get(), env.clock(), config.twoFactor().recentLogin()));
        notices = Lazy.of(() -> new AdminNotices(stores.users(), post.mailroom(), config.productName(), env.clock()));
        signup = Lazy.of(() -> new SignupService(captchas.get(), stores.signups(), stores.limiter(), notices.get(),
                post.mailroom(), new SignupEmails(config.productName()), env.tokens(), env.hasher(), env.clock(),
                config.login(), config.licenses().plans(), config.siteUrl(), Pacer.WAITING));
        newUsers = Lazy.of(() -> new NewUsers(stores.domains(), config.users(), env.tokens(), post.mailroom(),
                new WelcomeEmails(config.productName(), config.siteUrl())));
        newLicenses = Lazy.of(() -> new NewLicenses(config.licenses().plans(), env.tokens(), env.clock(),
                post.mailroom(), new LicenseEmails(config.productName(), config.siteUrl())));
        userAdministration = Lazy.of(() -> new UserAdministration(stores.users(), newUsers.get(), userChanges.get(),
                journal.get(), config.users(), sensitive.get(), notices.get(), newLicenses.get()));
        userImport = Lazy.of(() -> new UserImport(stores.imports(), newUsers.get(), journal.get(), sensitive.get(),
                notices.get(), newLicenses.get()));
        userLifecycle = Lazy.of(() -> new UserLifecycle(userAdministration.get(), userChanges.get(), stores.users(),
                sessionControl.get(), stores.events(), sensitive.get(), notices.get()));
        dns = Lazy.of(() -> DnsjavaTxtLookup.of(config.domains().resolvers(), config.domains().timeout()));
        domainAdministration = Lazy.of(() -> new DomainAdministration(stores.domains(), dns, journal.get(),
                stores.limiter(), env.tokens(), env.clock(), config.domains(), config.users(), sensitive.get()));
        // The payment provider (P1): invoices. Another provider implements PaymentProvider and is chosen here.
        payments = Lazy.of(InvoicePayment::new);
        licenseAdministration = Lazy.of(() -> new LicenseAdministration(stores.users(), userChanges.get(),
                stores.licenses(), journal.get(), newLicenses.get()));
        signupConfirmation = Lazy.of(() -> new SignupConfirmation(new SignupReview(stores.signups(), env.hasher(),
                env.clock(), env.metrics()), stores.signups(), newLicenses.get(), payments.get(), sessions.get(),
                journal.get(), env.tokens(), env.clock()));
        checkout = Lazy.of(() -> new Checkout(payments.get(), stores.limiter(), config.licenses(), env.tokens(),
                env.clock(), sensitive.get()));
        purchasing = Lazy.of(() -> new Purchasing(stores.orders(), checkout.get(), journal.get(), stores.users(),
                config.licenses()));
        upgrades = Lazy.of(() -> new Upgrades(stores.users(), userChanges.get(), stores.orders(), stores.quotes(),
                checkout.get(), journal.get(), config.licenses()));
    }

    public static Portal of(Environment env) {
        return new Portal(env);
    }

    /** The Lambda wiring, built on first use and shared by the handlers of this execution environment. */
    public static Portal production() {
        return ProductionPortal.INSTANCE;
    }

    public Environment environment() {
        return env;
    }

    public AppConfig config() {
        return env.config();
    }

    public Stores stores() {
        return env.stores();
    }

    /** Sends one delivery (the deliveries function). */
    public Dispatcher dispatcher() {
        return post.dispatcher();
    }

    /** Sends what the stores' feed has (the local portal and tests; in AWS the stream invokes the function). */
    public DeliveryPump deliveries() {
        return post.pump();
    }

    public CaptchaService captchas() {
        return captchas.get();
    }

    public LoginService login() {
        return login.get();
    }

    public SignupService signup() {
        return signup.get();
    }

    public SignupConfirmation signupConfirmation() {
        return signupConfirmation.get();
    }

    public LinkRedemption redemption() {
        return redemption.get();
    }

    public SessionService sessions() {
        return sessions.get();
    }

    public CallerService callers() {
        return callers.get();
    }

    public SessionControl sessionControl() {
        return sessionControl.get();
    }

    public ProfileService profiles() {
        return profiles.get();
    }

    public TwoFactorService twoFactor() {
        return twoFactor.get();
    }

    public SecondFactorSettings secondFactor() {
        return secondFactor.get();
    }

    public EventLogService eventLog() {
        return eventLog.get();
    }

    public UserAdministration userAdministration() {
        return userAdministration.get();
    }

    public UserImport userImport() {
        return userImport.get();
    }

    public UserLifecycle userLifecycle() {
        return userLifecycle.get();
    }

    public DomainAdministration domainAdministration() {
        return domainAdministration.get();
    }

    public LicenseAdministration licenseAdministration() {
        return licenseAdministration.get();
    }

    public Purchasing purchasing() {
        return purchasing.get();
    }

    public Upgrades upgrades() {
        return upgrades.get();
    }
}
