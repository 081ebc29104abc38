package com.secureexchanges.portal.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the SDK calls a client makes, by operation name (one per round trip). */
public final class CallCounter implements ExecutionInterceptor {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    /** The calls since the last reset, then forgets them. */
    public List<String> drain() {
        synchronized (calls) {
            List<String> out = List.copyOf(calls);
            calls.clear();
            return out;
        }
    }
}
