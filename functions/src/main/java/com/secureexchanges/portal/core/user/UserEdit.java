package com.secureexchanges.portal.core.user;

import com.secureexchanges.portal.core.model.Language;
import java.util.Optional;

/** What an administrator changes about a user (SPEC U3): only the fields given. */
public record UserEdit(Optional<String> firstName, Optional<String> lastName, Optional<Language> language,
                       Optional<String> timeZone, Optional<String> dateCulture, Optional<Role> role) {

    /** The profile after the edit (validated as any profile). */
    Profile applyTo(Profile p) {
        return new Profile(firstName.orElse(p.firstName()), lastName.orElse(p.lastName()),
                language.orElse(p.language()), timeZone.orElse(p.timeZone()), dateCulture.orElse(p.dateCulture()));
    }
}
