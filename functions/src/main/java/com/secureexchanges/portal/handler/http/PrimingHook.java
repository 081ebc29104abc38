package com.secureexchanges.portal.handler.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A function's SnapStart priming as a CRaC resource: {@link #prime} runs before the snapshot, then its
 * garbage (events, responses, the priming portal and its clients) is collected so that it is not in the
 * snapshot. Nothing is re-seeded after a restore: see {@link Priming}.
 *
 * @param <O> what one priming did, for tests
 */
public abstract class PrimingHook<O> implements Resource {

    private static final List<PrimingHook<?>> REGISTERED = new CopyOnWriteArrayList<>();

    /** Runs the function's hot path on a fresh priming portal, without a network call. */
    public abstract O prime();

    /**
     * Registers {@code hook} with the runtime's CRaC context, for a handler's no-arg (Lambda) constructor.
     * Held here for the life of the environment: the context may hold it weakly.
     */
    protected static void register(PrimingHook<?> hook) {
        REGISTERED.add(hook);
        Core.getGlobalContext().register(hook);
    }

    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
        System.gc();
    }

    @Override
    public final void afterRestore(Context<? extends Resource> context) {
        // Nothing to re-seed.
    }
}
