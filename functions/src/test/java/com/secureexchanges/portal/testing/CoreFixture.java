package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.config.AppConfig;
import com.secureexchanges.portal.config.TableNames;
import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.access.SessionControl;
import com.secureexchanges.portal.core.account.Account;
import com.secureexchanges.portal.core.audit.EventLogService;
import com.secureexchanges.portal.core.audit.EventStore;
import com.secureexchanges.portal.core.audit.StoredEvent;
import com.secureexchanges.portal.core.domain.DomainPolicy;
import com.secureexchanges.portal.core.license.LicensePolicy;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.captcha.IssuedCaptcha;
import com.secureexchanges.portal.core.login.LinkRedemption;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.login.LoginService;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.MailSender;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.ProfileService;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import com.secureexchanges.portal.wiring.Portal;
import com.secureexchanges.portal.wiring.Stores;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * The core services as the composition root builds them ({@link Portal}), over in-memory stores or
 * over given ones (DynamoDB Local), with recording senders, a recording token generator and a clock
 * the test moves.
 */
public final class CoreFixture {

    public static final String SITE = "https://portal.example.test";
    public static final String ACCOUNT = "account-1";
    public static final ClientInfo BROWSER = new ClientInfo("203.0.113.7",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36", "en",
            "req-1");

    public final MutableClock clock;
    public final RecordingMailSender mail = new RecordingMailSender();
    public final RecordingSmsSender sms = new RecordingSmsSender();
    public final RecordingTokenGenerator tokens = new RecordingTokenGenerator();
    public final InMemoryMetrics metrics = new InMemoryMetrics();
    public final SecretHasher hasher;
    public final Portal portal;
    public final UserDirectory users;
    public final EventStore events;
    public final LoginStore loginStore;
    public final ChallengeStore challengeStore;
    public final CaptchaService captchas;
    public final SessionService sessions;
    public final TwoFactorService twoFactor;
    public final SecondFactorSettings secondFactor;
    public final LoginService login;
    public final LinkRedemption redemption;
    public final ProfileService profiles;
    public final SessionControl sessionControl;
    public final EventLogService eventLog;
    private final IntSupplier sessionCount;

    public CoreFixture() {
        this(LoginPolicy.DEFAULT);
    }

    public CoreFixture(LoginPolicy policy) {
        this(memory(), policy, newKey(), MutableClock.at("2026-01-05T10:00:00Z"));
    }

    /** Over in-memory stores, hashing with {@code hasher} (keys that rotate, for instance). */
    public CoreFixture(SecretHasher hasher, MutableClock clock) {
        this(memory(), LoginPolicy.DEFAULT, hasher, clock);
    }

    private CoreFixture(InMemoryStores memory, LoginPolicy policy, SecretHasher hasher, MutableClock clock) {
        this(memory.stores(), policy, memory.sessions::size, clock, hasher);
    }

    /**
     * Over real stores: the clock starts at the present (see {@link MutableClock#aheadOfNow()}).
     *
     * @param sessionCount how many sessions are stored (for "nothing was opened" assertions)
     */
    public CoreFixture(Stores stores, LoginPolicy policy, IntSupplier sessionCount) {
        this(stores, policy, sessionCount, MutableClock.aheadOfNow(), newKey());
    }

    private CoreFixture(Stores stores, LoginPolicy policy, IntSupplier sessionCount, MutableClock clock,
                        SecretHasher hasher) {
        this.clock = clock;
        this.hasher = hasher;
        this.sessionCount = sessionCount;
        AppConfig base = AppConfig.local(Map.of(), SITE, TableNames.prefixed("unused-"));
        AppConfig config = new AppConfig(base.siteUrl(), base.productName(), base.tables(), base.mailFrom(),
                base.sensitiveConfigurationSet(), base.smsSenderId(), base.captcha(), policy, base.sessions(),
                base.twoFactor(), Optional.empty(), Optional.empty(), Optional.empty(), base.secretsRefresh(),
                base.audit(), base.users(), base.domains(), base.licenses());
        portal = Portal.of(new Portal.Environment(config, clock, stores, () -> mail, () -> sms, hasher, tokens,
                Optional.empty(), line -> { }, metrics));
        mail.drainFrom(portal);
        sms.drainFrom(portal);
        users = stores.users();
        events = stores.events();
        loginStore = stores.login();
        challengeStore = stores.challenges();
        captchas = portal.captchas();
        sessions = portal.sessions();
        twoFactor = portal.twoFactor();
        secondFactor = portal.secondFactor();
        login = portal.login();
        redemption = portal.redemption();
        profiles = portal.profiles();
        sessionControl = portal.sessionControl();
        eventLog = portal.eventLog();
        stores.accounts().create(new Account(ACCOUNT, "Account One", clock.instant(), true),
                new User("admin-1", ACCOUNT, new EmailAddress("admin@account-1.test"),
                        Profile.of("Alan", "Admin", Language.EN), Role.ADMINISTRATOR, true, Security.NONE));
    }

    private static InMemoryStores memory() {
        return new InMemoryStores();
    }

    private static SecretHasher newKey() {
        return new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate()));
    }

    /** The same portal over the same stores, sending through other providers (to simulate an outage). */
    public Portal sendingWith(MailSender sender, SmsSender smsSender) {
        return Portal.of(new Portal.Environment(portal.config(), clock, portal.stores(), () -> sender,
                () -> smsSender, hasher, tokens, Optional.empty(), line -> { }, metrics));
    }

    /** The same portal over the same stores with other rules for domains (its DNS resolvers, limits). */
    public Portal withDomains(DomainPolicy policy) {
        return Portal.of(new Portal.Environment(portal.config().withDomains(policy), clock, portal.stores(),
                () -> mail, () -> sms, hasher, tokens, Optional.empty(), line -> { }, metrics));
    }

    /** The same portal over the same stores with other plans and limits of purchases. */
    public Portal withLicenses(LicensePolicy policy) {
        return Portal.of(new Portal.Environment(portal.config().withLicenses(policy), clock, portal.stores(),
                () -> mail, () -> sms, hasher, tokens, Optional.empty(), line -> { }, metrics));
    }

    public User addUser(String email) {
        User user = new User(UUID.randomUUID().toString(), ACCOUNT, new EmailAddress(email),
                Profile.of("Ada", "Lovelace", Language.EN), Role.STANDARD, true, Security.NONE);
        users.create(user);
        return user;
    }

    /** A user who signs in with an SMS code sent to {@code mobile}. */
    public User addTwoFactorUser(String email, String mobile) {
        User user = new User(UUID.randomUUID().toString(), ACCOUNT, new EmailAddress(email),
                Profile.of("Grace", "Hopper", Language.FR), Role.STANDARD, true,
                new Security(Optional.of(new PhoneNumber(mobile)), true, true, 1));
        users.create(user);
        return user;
    }

    public User reload(User user) {
        return users.find(user.key()).orElseThrow();
    }

    /** The caller of a request made with this session cookie. */
    public Caller caller(String sessionCookie) {
        return portal.callers().resolve(Optional.of(sessionCookie), BROWSER);
    }

    /** The user's events, oldest first. */
    public List<StoredEvent> eventsOf(User user) {
        return events.chain(user.key());
    }

    /** The types of the user's events, oldest first ({@code login.requested}, …). */
    public List<String> eventTypesOf(User user) {
        return eventsOf(user).stream().map(e -> e.event().type().id()).toList();
    }

    public int sessionCount() {
        return sessionCount.getAsInt();
    }

    /** A captcha and its right answer. */
    public record Solved(String id, String answer) {
    }

    public Solved captcha() {
        IssuedCaptcha issued = captchas.issue(BROWSER);
        return new Solved(issued.id(), tokens.lastDigits());
    }

    /** A sign-in request with a right answer; returns the binding cookie value. */
    public String requestLink(String email) {
        return requestLink(email, Optional.empty(), BROWSER);
    }

    /** A sign-in request with a right answer from a browser holding {@code bindingCookie}; returns the new one. */
    public String requestLink(String email, Optional<String> bindingCookie, ClientInfo client) {
        Solved c = captcha();
        return login.requestLink(new LoginRequest(EmailAddress.parse(email), c.id(), c.answer()), bindingCookie, client);
    }

    /** Signs in (link, then the SMS code when the user has 2FA); returns the session cookie value. */
    public String signIn(String email) {
        String binding = requestLink(email);
        var result = redemption.redeem(mail.lastToken(), Optional.of(binding), BROWSER);
        if (result.next() != com.secureexchanges.portal.core.login.RedeemResult.Next.TWO_FACTOR) {
            return result.cookieValue();
        }
        return twoFactor.verifyLogin(Optional.of(result.cookieValue()), sms.lastCode(), BROWSER).cookieValue();
    }

}
