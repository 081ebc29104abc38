package com.secureexchanges.portal.core.error;

/** "Access denied. Error 2.": the link was opened in a browser other than the one that asked for it. */
public final class BrowserMismatch extends PortalException {
    public BrowserMismatch() {
        super(ErrorId.BROWSER_MISMATCH);
    }

    /** The number users know from the help centre ("Error 2"). */
    public int code() {
        return 2;
    }
}
