package com.secureexchanges.portal.core.userimport;

import com.secureexchanges.portal.core.user.NewUserForm;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of an import file (SPEC U2), in the order of its header row. */
public enum ImportColumn {
    EMAIL(NewUserForm.Field.EMAIL), FIRST_NAME(NewUserForm.Field.FIRST_NAME), LAST_NAME(NewUserForm.Field.LAST_NAME),
    MOBILE(NewUserForm.Field.MOBILE), LANGUAGE(NewUserForm.Field.LANGUAGE), TIME_ZONE(NewUserForm.Field.TIME_ZONE),
    ROLE(NewUserForm.Field.ROLE), PLAN(null);

    /** The header row, exactly: {@code email,first_name,last_name,mobile,language,time_zone,role,plan}. */
    public static final List<String> HEADER = Arrays.stream(values()).map(ImportColumn::id).toList();

    private final NewUserForm.Field field;

    ImportColumn(NewUserForm.Field field) {
        this.field = field;
    }

    /** The name in the header, e.g. {@code first_name}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field of "Add a user" this column fills; none for {@code plan}. */
    public Optional<NewUserForm.Field> field() {
        return Optional.ofNullable(field);
    }

    /** The column that fills {@code field}. */
    public static ImportColumn of(NewUserForm.Field field) {
        return Arrays.stream(values()).filter(c -> c.field == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column for " + field));
    }
}
