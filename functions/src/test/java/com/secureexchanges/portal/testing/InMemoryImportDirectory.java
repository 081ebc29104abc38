package com.secureexchanges.portal.testing;

import com.secureexchanges.portal.core.error.Conflict;
import com.secureexchanges.portal.core.model.EmailAddress;
import com.secureexchanges.portal.core.userimport.ImportDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The import's reads and writes over {@link InMemoryUserDirectory}, one user at a time under its lock. */
public final class InMemoryImportDirectory implements ImportDirectory {

    private final InMemoryUserDirectory directory;

    public InMemoryImportDirectory(InMemoryUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<EmailAddress, Holder> holders(String accountId, Collection<EmailAddress> addresses) {
        synchronized (directory) {
            Map<EmailAddress, Holder> out = new LinkedHashMap<>();
            for (EmailAddress email : addresses) {
                directory.byEmail(email).ifPresent(user -> out.put(email, user.accountId().equals(accountId)
                        ? new Holder(Optional.of(user)) : Holder.ELSEWHERE));
            }
            return out;
        }
    }

    @Override
    public List<Written> createAll(List<Creation> creations) {
        synchronized (directory) {
            List<Written> out = new ArrayList<>();
            for (Creation c : creations) {
                try {
                    out.add(directory.create(c.user(), c.journal()) ? Written.CREATED : Written.TAKEN);
                } catch (Conflict noFreeLicence) {
                    out.add(Written.NO_LICENSE);
                }
            }
            return out;
        }
    }
}
