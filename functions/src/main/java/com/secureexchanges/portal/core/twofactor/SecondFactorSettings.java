package com.secureexchanges.portal.core.twofactor;

import com.secureexchanges.portal.core.access.Caller;
import com.secureexchanges.portal.core.audit.Event;
import com.secureexchanges.portal.core.audit.EventType;
import com.secureexchanges.portal.core.audit.Journal;
import com.secureexchanges.portal.core.delivery.Delivery;
import com.secureexchanges.portal.core.delivery.Mailroom;
import com.secureexchanges.portal.core.error.ChallengeInvalid;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.Forbidden;
import com.secureexchanges.portal.core.error.RateLimited;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.Security;
import com.secureexchanges.portal.core.user.User;
import com.secureexchanges.portal.core.user.UserChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A user's own 2FA settings (SPEC M1): turning it on proves the number first (a typo cannot lock
 * anyone out), turning it off needs a recent login. Each step is an event in the user's log.
 */
public final class SecondFactorSettings {

    private final Codes codes;
    private final ChallengeCompletion completion;
    private final Mailroom mailroom;
    private final SmsTexts texts;
    private final UserChanges changes;
    private final Journal journal;
    private final NumberNotices notices;

    public SecondFactorSettings(Codes codes, ChallengeCompletion completion, Mailroom mailroom, SmsTexts texts,
                                UserChanges changes, Journal journal, NumberNotices notices) {
        this.codes = codes;
        this.completion = completion;
        this.mailroom = mailroom;
        this.texts = texts;
        this.changes = changes;
        this.journal = journal;
        this.notices = notices;
    }

    /** What turning 2FA on led to. */
    public enum Enable { CODE_SENT, ENABLED }

    /** What turning 2FA on led to, and the user after it. */
    public record Enabling(Enable status, User user) {
    }

    /**
     * Turns 2FA on with {@code mobile}: at once when it is the user's verified number, otherwise after
     * the code sent to it now is confirmed. Replacing a verified number needs a recent login, as turning
     * 2FA off does: a stolen session alone cannot move the sign-in codes to another phone.
     */
    public Enabling enable(Caller caller, PhoneNumber mobile) {
        User user = caller.user();
        Security security = user.security();
        if (security.pinnedNumber().filter(pinned -> !pinned.equals(mobile)).isPresent()) {
            throw new Forbidden(ErrorId.MOBILE_SET_BY_ADMINISTRATOR);
        }
        Optional<PhoneNumber> proven = security.verifiedMobile();
        if (proven.isPresent() && !proven.get().equals(mobile)) {
            requireRecentLogin(caller, caller.event(EventType.MOBILE_CHANGED).with("mobile.before",
                    proven.get().masked()).with("mobile.after", mobile.masked()));
        }
        // During a required setup the session came from the link alone: possession of the phone is proven
        // now, by a code, even for a number proven before.
        if (proven.equals(Optional.of(mobile)) && !security.mustSetUp()) {
            if (user.security().twoFactor()) {
                return new Enabling(Enable.ENABLED, user);
            }
            return new Enabling(Enable.ENABLED, save(user, stored -> stored.security().twoFactor()
                    || !stored.security().verifiedMobile().equals(Optional.of(mobile))
                    ? new UserChanges.Change(stored, List.of())
                    : new UserChanges.Change(stored.withSecurity(stored.security().with(Optional.of(mobile), true, true)),
                            List.of(caller.event(EventType.TWOFACTOR_ENABLED)))));
        }
        codes.requireAllowedCountry(mobile);
        Codes.IssuedCode issued = codes.issue(Challenge.enrolKey(user.key()), new Challenge.Owner(user.id(),
                user.accountId(), user.email(), user.profile().language(), user.security().version(), user.journal()),
                mobile);
        Instant cooldownCutoff = codes.now().minus(codes.policy().resendCooldown());
        Event sent = caller.event(EventType.TWOFACTOR_CODE_SENT).with("purpose", "enrolment")
                .with("to", mobile.masked());
        Delivery text = mailroom.wrap(texts.code(mobile, user.profile().language(), issued.code()));
        SendOutcome outcome = journal.record(user.chain(), user.journal(), List.of(sent), List.of(text),
                appendix -> codes.store().createEnrolment(issued.challenge(), cooldownCutoff,
                        codes.enrolmentWindows(user.key(), mobile), appendix));
        switch (outcome) {
            case STORED -> {
                // the code's SMS was written with the challenge
            }
            case NUMBER_LIMIT -> throw RateLimited.numberLimit();
            case ENROLMENT_LIMIT -> throw new RateLimited(ErrorId.ENROLMENT_LIMIT);
            case TOO_SOON -> throw RateLimited.resendTooSoon();
            default -> throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
        }
        return new Enabling(Enable.CODE_SENT, user);
    }

    /** Confirms the number with the code it received; 2FA is on from now. */
    public User confirm(Caller caller, String code) {
        User user = caller.user();
        Guess guess = codes.guess(List.of(Challenge.enrolKey(user.key())), code);
        if (!guess.challenge().belongsTo(user.key())) {
            throw new ChallengeInvalid(ChallengeInvalid.Reason.UNKNOWN);
        }
        if (guess instanceof Guess.Wrong wrong) {
            journal.recordAlone(user.chain(), user.journal(),
                    TwoFactorService.failures(wrong, "enrolment", caller.client()));
            throw Codes.refusal(wrong);
        }
        Challenge solved = guess.challenge();
        User saved = changes.apply(user, stored -> {
            if (solved.securityVersion() != stored.security().version()) {
                throw new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED);
            }
            List<Event> recorded = new ArrayList<>(List.of(
                    caller.event(EventType.TWOFACTOR_VERIFIED).with("purpose", "enrolment"),
                    caller.event(EventType.TWOFACTOR_ENABLED)));
            Optional<PhoneNumber> before = stored.security().mobile();
            if (!before.equals(Optional.of(solved.phone()))) {
                recorded.add(caller.event(EventType.MOBILE_CHANGED).with("mobile.before",
                        before.map(PhoneNumber::masked).orElse("")).with("mobile.after", solved.phone().masked()));
            }
            return new UserChanges.Change(stored.withSecurity(stored.security().with(Optional.of(solved.phone()), true, true)),
                    recorded);
        }, (before, after, appendix) -> completion.completeEnrolment(solved, before, after,
                appendix.sending(notices.numberReplaced(before, solved.phone()))))
                .orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED));
        return saved;
    }

    /** Turns 2FA off, if the session's login is recent enough; the number stays, verified. */
    public User disable(Caller caller) {
        User user = caller.user();
        Event disabled = caller.event(EventType.TWOFACTOR_DISABLED);
        if (user.security().required()) {
            journal.recordAlone(user.chain(), user.journal(), List.of(disabled.failed("two_factor_required")));
            throw new Forbidden(ErrorId.TWO_FACTOR_REQUIRED);
        }
        requireRecentLogin(caller, disabled);
        return save(user, stored -> {
            Security s = stored.security();
            return s.twoFactor() ? new UserChanges.Change(stored.withSecurity(s.with(s.mobile(), s.verified(), false)),
                    List.of(disabled)) : new UserChanges.Change(stored, List.of());
        });
    }

    /** @throws Forbidden {@code reauthentication_required} (recorded) when the session's login is not recent */
    private void requireRecentLogin(Caller caller, Event attempted) {
        if (caller.session().createdAt().isBefore(codes.now().minus(codes.policy().recentLogin()))) {
            User user = caller.user();
            journal.recordAlone(user.chain(), user.journal(), List.of(attempted.failed("reauthentication_required")));
            throw new Forbidden(ErrorId.REAUTHENTICATION_REQUIRED);
        }
    }

    private User save(User start, Function<User, UserChanges.Change> decide) {
        return changes.apply(start, decide).orElseThrow(() -> new ChallengeInvalid(ChallengeInvalid.Reason.CHANGED));
    }
}
