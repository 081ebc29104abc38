package com.secureexchanges.portal.config;

/** One API route: method, path under the site (always {@code /api/...}) and the function serving it. */
public record Route(String method, String path, FunctionSpec function) {
}
