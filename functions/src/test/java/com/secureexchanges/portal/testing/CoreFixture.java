package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.adapter.crypto.HmacKeys;
import com.secureexchanges.portal.adapter.crypto.HmacSecretHasher;
import com.secureexchanges.portal.core.captcha.CaptchaPolicy;
import com.secureexchanges.portal.core.captcha.CaptchaRenderer;
import com.secureexchanges.portal.core.captcha.CaptchaService;
import com.secureexchanges.portal.core.captcha.IssuedCaptcha;
import com.secureexchanges.portal.core.login.LoginEmails;
import com.secureexchanges.portal.core.login.LoginPolicy;
import com.secureexchanges.portal.core.login.LoginRequest;
import com.secureexchanges.portal.core.login.LoginService;
import com.secureexchanges.portal.core.login.LoginStore;
import com.secureexchanges.portal.core.model.ClientInfo;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.SecretHasher;
import com.secureexchanges.portal.core.session.SessionPolicy;
import com.secureexchanges.portal.core.session.SessionService;
import com.secureexchanges.portal.core.session.SessionStore;
import com.secureexchanges.portal.core.twofactor.ChallengeCompletion;
import com.secureexchanges.portal.core.twofactor.ChallengeStore;
import com.secureexchanges.portal.core.twofactor.Codes;
import com.secureexchanges.portal.core.twofactor.SecondFactorSettings;
import com.secureexchanges.portal.core.twofactor.SmsTexts;
import com.secureexchanges.portal.core.twofactor.TwoFactorPolicy;
import com.secureexchanges.portal.core.twofactor.TwoFactorService;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.util.Optional;
import java.util.UUID;

/** The core services over fakes (or over given stores), with a clock the test moves. */
public final class CoreFixture {

    public static final String SITE = "https://portal.example.test";
    public static final ClientInfo BROWSER = new ClientInfo("203.0.113.7",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36", "en");

    /** The stores the services run over. */
    public record Stores(LoginStore login, SessionStore sessions, ChallengeStore challenges,
                         ChallengeCompletion completion, UserDirectory users) {
    }

    public final MutableClock clock;
    public final UserDirectory users;
    public final InMemorySessionStore sessionStore = new InMemorySessionStore();
    public final RecordingMailSender mail = new RecordingMailSender();
    public final RecordingSmsSender sms = new RecordingSmsSender();
    public final RecordingTokenGenerator tokens = new RecordingTokenGenerator();
    public final SecretHasher hasher = new HmacSecretHasher(HmacKeys.parse(HmacKeys.generate()));
    public final CaptchaService captchas;
    public final SessionService sessions;
    public final TwoFactorService twoFactor;
    public final SecondFactorSettings secondFactor;
    public final LoginService login;
    public final LoginStore loginStore;
    public final ChallengeStore challengeStore;

    public CoreFixture() {
        this(null, LoginPolicy.DEFAULT);
    }

    public CoreFixture(LoginPolicy policy) {
        this(null, policy);
    }

    /**
     * Over real stores when given (null means in memory). In memory the clock starts at a fixed
     * date; over real stores at the present (see {@link MutableClock#aheadOfNow()}).
     */
    public CoreFixture(Stores stores, LoginPolicy policy) {
        this.clock = stores == null ? MutableClock.at("2026-01-05T10:00:00Z") : MutableClock.aheadOfNow();
        InMemoryRateLimiter limiter = new InMemoryRateLimiter();
        if (stores == null) {
            InMemoryUserDirectory memoryUsers = new InMemoryUserDirectory();
            InMemoryChallengeStore challenges = new InMemoryChallengeStore(memoryUsers, sessionStore, limiter);
            stores = new Stores(new InMemoryLoginStore(memoryUsers, sessionStore, challenges), sessionStore,
                    challenges, challenges, memoryUsers);
        }
        this.users = stores.users();
        this.loginStore = stores.login();
        this.captchas = new CaptchaService(tokens, hasher, new CaptchaRenderer(), limiter, clock,
                CaptchaPolicy.DEFAULT, Optional.empty());
        this.sessions = new SessionService(stores.sessions(), tokens, hasher, clock, SessionPolicy.DEFAULT);
        this.challengeStore = stores.challenges();
        Codes codes = new Codes(stores.challenges(), tokens, hasher, clock, TwoFactorPolicy.DEFAULT);
        SmsTexts texts = new SmsTexts("Secure Exchanges", SITE);
        this.twoFactor = new TwoFactorService(codes, stores.completion(), sms, texts, sessions, tokens, hasher);
        this.secondFactor = new SecondFactorSettings(codes, stores.completion(), sms, texts, users);
        this.login = new LoginService(captchas, loginStore, sessions, twoFactor, mail,
                new LoginEmails("Secure Exchanges"), tokens, hasher, clock, policy, SITE);
    }

    /** The same sign-in service over another mail sender (to simulate a provider outage). */
    public LoginService loginWith(com.secureexchanges.portal.core.port.MailSender sender) {
        return new LoginService(captchas, loginStore, sessions, twoFactor, sender, new LoginEmails("Secure Exchanges"),
                tokens, hasher, clock, LoginPolicy.DEFAULT, SITE);
    }

    public User addUser(String email) {
        User user = new User(UUID.randomUUID().toString(), "account-1", new EmailAddress(email),
                Profile.of("Ada", "Lovelace", Language.EN), Role.STANDARD, true, Security.NONE);
        users.create(user);
        return user;
    }

    /** A user who signs in with an SMS code sent to {@code mobile}. */
    public User addTwoFactorUser(String email, String mobile) {
        User user = new User(UUID.randomUUID().toString(), "account-1", new EmailAddress(email),
                Profile.of("Grace", "Hopper", Language.FR), Role.STANDARD, true,
                new Security(Optional.of(new PhoneNumber(mobile)), true, true, 1));
        users.create(user);
        return user;
    }

    public User reload(User user) {
        return users.find(user.id()).orElseThrow();
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
        Solved c = captcha();
        return login.requestLink(new LoginRequest(EmailAddress.parse(email), c.id(), c.answer()), BROWSER);
    }
}
