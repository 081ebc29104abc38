package com.secureexchanges.portal.handler.http;

import com.secureexchanges.portal.config.JsonValue;
import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import com.secureexchanges.portal.core.user.NewUser;
import com.secureexchanges.portal.core.user.NewUserForm;
import com.secureexchanges.portal.core.user.Profile;
import com.secureexchanges.portal.core.user.Role;
import com.secureexchanges.portal.core.user.UserEdit;
import java.util.Optional;
import java.util.Set;

/** The bodies of the user-admin routes (SPEC R: U1 add, U3 edit), validated into core values. */
public final class UserInput {

    private final Json json;

    public UserInput(Json json) {
        this.json = json;
    }

    private static final Set<String> ADD_FIELDS = Set.of("email", "firstName", "lastName", "mobile", "language",
            "timeZone", "role", "dateCulture", "plan");
    private static final Set<String> EDIT_FIELDS = Set.of("firstName", "lastName", "language", "timeZone",
            "dateCulture", "role", "twoFactorRequired", "twoFactorEnabled", "mobile");

    /**
     * {@code {"email","firstName","lastName","mobile"?,"language","timeZone","role","plan"?}}; dateCulture
     * optional. Checked by the same rules as a row of the CSV import ({@link NewUserForm}); the plan, a free
     * licence of which the user holds from the start, by the catalogue.
     */
    public NewUser newUser(JsonValue body) {
        onlyKnown(body, ADD_FIELDS);
        return new NewUserForm(json.requiredText(body, "email", EmailAddress.MAX_LENGTH + 16),
                json.requiredText(body, "firstName", Profile.MAX_NAME),
                json.requiredText(body, "lastName", Profile.MAX_NAME), json.optionalText(body, "mobile", 32).orElse(""),
                json.requiredText(body, "language", 5), json.requiredText(body, "timeZone", 64),
                json.requiredText(body, "role", 20), json.optionalText(body, "dateCulture", 8).orElse(""))
                .toNewUser().withPlan(json.optionalText(body, "plan", 64));
    }

    /**
     * Any of {@code firstName, lastName, language, timeZone, dateCulture, role, twoFactorRequired, mobile}
     * and {@code "twoFactorEnabled": false}; absent fields stay, {@code "mobile": null} removes the number.
     */
    public UserEdit edit(JsonValue body) {
        onlyKnown(body, EDIT_FIELDS);
        return new UserEdit(json.optionalText(body, "firstName", Profile.MAX_NAME),
                json.optionalText(body, "lastName", Profile.MAX_NAME),
                json.optionalText(body, "language", 5).map(UserInput::language),
                json.optionalText(body, "timeZone", 64), json.optionalText(body, "dateCulture", 8),
                json.optionalText(body, "role", 20).map(Role::fromId),
                body.has("twoFactorRequired") ? Optional.of(json.requiredBoolean(body, "twoFactorRequired"))
                        : Optional.empty(), twoFactorOff(body),
                body.has("mobile") ? Optional.of(json.optionalText(body, "mobile", 32).map(PhoneNumber::parse))
                        : Optional.empty());
    }

    /** {@code "twoFactorEnabled": false} turns 2FA off; only the user can turn it on, by proving a number. */
    private boolean twoFactorOff(JsonValue body) {
        if (!body.has("twoFactorEnabled")) {
            return false;
        }
        if (json.requiredBoolean(body, "twoFactorEnabled")) {
            throw InvalidInput.field(ErrorId.INVALID_FIELD, "twoFactorEnabled");
        }
        return true;
    }

    /** A field this route does not take is refused, never silently ignored. */
    public static void onlyKnown(JsonValue body, Set<String> known) {
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                String shown = name.replaceAll("[^A-Za-z0-9_]", "?");
                throw InvalidInput.field(ErrorId.INVALID_FIELD, shown.length() > 40 ? shown.substring(0, 40) : shown);
            }
        });
    }

    static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new InvalidInput(ErrorId.INVALID_LANGUAGE));
    }
}
