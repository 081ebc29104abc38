package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.error.ErrorId;
import com.secureexchanges.portal.core.error.InvalidInput;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.model.Language;
import com.secureexchanges.portal.core.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a user to add, as typed (SPEC U1), and the one set of rules that "Add a user" and the
 * CSV import (U2) both check them with. A blank value is "not given": the email, names, language, time
 * zone and role are required; the mobile number and date format are optional (the date format then
 * follows the language). Every field is checked on its own, so an import can report all of a row's
 * problems at once.
 */
public record NewUserForm(String email, String firstName, String lastName, String mobile, String language,
                          String timeZone, String role, String dateCulture) {

    /** The fields, named as the JSON API names them. */
    public enum Field {
        EMAIL("email"), FIRST_NAME("firstName"), LAST_NAME("lastName"), MOBILE("mobile"), LANGUAGE("language"),
        TIME_ZONE("timeZone"), ROLE("role"), DATE_CULTURE("dateCulture");

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    /** What is wrong with one field: {@code missing_field} or the field's own error id. */
    public record Problem(Field field, ErrorId error) {
    }

    public NewUserForm {
        email = clean(email);
        firstName = clean(firstName);
        lastName = clean(lastName);
        mobile = clean(mobile);
        language = clean(language);
        timeZone = clean(timeZone);
        role = clean(role);
        dateCulture = clean(dateCulture);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Every problem of the form, in field order; empty when {@link #toNewUser()} will succeed. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        check(out, Field.EMAIL, email, () -> EmailAddress.parse(email));
        check(out, Field.FIRST_NAME, firstName, () -> Profile.checkName(firstName));
        check(out, Field.LAST_NAME, lastName, () -> Profile.checkName(lastName));
        if (!mobile.isEmpty()) {
            check(out, Field.MOBILE, mobile, () -> PhoneNumber.parse(mobile));
        }
        check(out, Field.LANGUAGE, language, this::parsedLanguage);
        check(out, Field.TIME_ZONE, timeZone, () -> Profile.checkTimeZone(timeZone));
        check(out, Field.ROLE, role, () -> Role.fromId(role));
        if (!dateCulture.isEmpty()) {
            check(out, Field.DATE_CULTURE, dateCulture, () -> Profile.checkCulture(dateCulture));
        }
        return out;
    }

    private static void check(List<Problem> out, Field field, String value, Runnable rule) {
        if (value.isEmpty()) {
            out.add(new Problem(field, ErrorId.MISSING_FIELD));
            return;
        }
        try {
            rule.run();
        } catch (InvalidInput invalid) {
            out.add(new Problem(field, invalid.error()));
        }
    }

    private Language parsedLanguage() {
        return Language.fromCode(language).orElseThrow(() -> new InvalidInput(ErrorId.INVALID_LANGUAGE));
    }

    /**
     * The user the form describes.
     *
     * @throws InvalidInput the first of {@link #problems()}, naming the field when it is missing
     */
    public NewUser toNewUser() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            Problem first = problems.getFirst();
            throw first.error() == ErrorId.MISSING_FIELD ? InvalidInput.field(ErrorId.MISSING_FIELD,
                    first.field().jsonName()) : new InvalidInput(first.error());
        }
        Language lang = parsedLanguage();
        Profile profile = new Profile(firstName, lastName, lang, timeZone,
                dateCulture.isEmpty() ? Profile.defaultCulture(lang) : dateCulture);
        Optional<PhoneNumber> phone = mobile.isEmpty() ? Optional.empty() : Optional.of(PhoneNumber.parse(mobile));
        return new NewUser(EmailAddress.parse(email), profile, Role.fromId(role), phone);
    }
}
