package com.secureexchanges.portal.core.user;

/** Built-in roles (SPEC U5). */
public enum Role { STANDARD, ADMINISTRATOR }
