package com.secureexchanges.portal.core.audit;

/**
 * A store found the chain's head elsewhere than the {@link Appendix} expected (another decision was
 * recorded first) and wrote nothing. {@link Journal} chains the events again after {@code actual}.
 */
public final class HeadMoved extends RuntimeException {

    private final transient ChainHead actual;

    public HeadMoved(ChainHead actual) {
        super("chain head moved to " + actual.seq(), null, false, false);
        this.actual = actual;
    }

    public ChainHead actual() {
        return actual;
    }
}
