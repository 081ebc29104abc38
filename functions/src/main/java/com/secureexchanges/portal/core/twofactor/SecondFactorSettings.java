package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.port.SmsSender;
import com.secureexchanges.portal.core.session.Session;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserDirectory;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's own 2FA settings (SPEC M1): turning it on proves the number first (a typo cannot lock
 * anyone out), turning it off needs a recent login.
 */
public final class SecondFactorSettings {

    private final Codes codes;
    private final ChallengeCompletion completion;
    private final SmsSender sms;
    private final SmsTexts texts;
    private final UserDirectory users;

    public SecondFactorSettings(Codes codes, ChallengeCompletion completion, SmsSender sms, SmsTexts texts,
                                UserDirectory users) {
        this.codes = codes;
        this.completion = completion;
        this.sms = sms;
        this.texts = texts;
        this.users = users;
    }

    /** What turning 2FA on led to. */
    public enum Enable { CODE_SENT, ENABLED }

    /**
     * Turns 2FA on with {@code mobile}: at once when it is the user's verified number, otherwise after
     * the code sent to it now is confirmed.
     */
    public Enable enable(User user, PhoneNumber mobile) {
        if (user.security().verifiedMobile().equals(Optional.of(mobile))) {
            if (!user.security().twoFactor()) {
                save(user, user.withSecurity(new Security(Optional.of(mobile), true, true, 0)));
            }
            return Enable.ENABLED;
        }
        Codes.IssuedCode issued = codes.issue(Challenge.ENROL + user.id(), user.id(), user.accountId(), mobile,
                user.profile().language(), user.security().version());
        Instant cooldownCutoff = codes.now().minus(codes.policy().resendCooldown());
        switch (codes.store().createEnrolment(issued.challenge(), cooldownCutoff, codes.numberWindow(mobile))) {
            case STORED -> sms.send(texts.code(mobile, user.profile().language(), issued.code()));
            case NUMBER_LIMIT -> throw RateLimited.numberLimit();
            case TOO_SOON -> throw RateLimited.resendTooSoon();
            default -> throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return Enable.CODE_SENT;
    }

    /** Confirms the number with the code it received; 2FA is on from now. */
    public User confirm(User user, String code) {
        Challenge solved = codes.solve(Challenge.ENROL + user.id(), code);
        User after = user.withSecurity(new Security(Optional.of(solved.phone()), true, true, 0));
        if (solved.securityVersion() != user.security().version()
                || !completion.completeEnrolment(solved, user, after)) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return after;
    }

    /** Turns 2FA off, if the session's login is recent enough; the number stays, verified. */
    public User disable(User user, Session session) {
        Instant now = codes.now();
        if (session.createdAt().isBefore(now.minus(codes.policy().recentLogin()))) {
            throw new Forbidden("reauthentication_required", "For your security, log in again (within the last "
                    + codes.policy().recentLogin().toMinutes() + " minutes) to turn off two-factor authentication.");
        }
        if (!user.security().twoFactor()) {
            return user;
        }
        Security s = user.security();
        return save(user, user.withSecurity(new Security(s.mobile(), s.verified(), false, 0)));
    }

    private User save(User before, User after) {
        if (!users.update(before, after)) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return after;
    }
}
