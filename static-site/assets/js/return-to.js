// Where a person goes back to after signing in (issue 13, item 5): a page of this site only. The path
// travels in the login page's address (?next=) and waits in this browser's storage while the sign-in email
// is read (its link opens in the same browser, often in another tab). Anything that is not plainly a path
// of this site is dropped, so the login page cannot be made to send someone elsewhere (an open redirect):
// "//evil.example", "/\evil.example", "javascript:…", escaped slashes and the like.
import { here, page } from './site.js';

const KEY = 'portal.returnTo';
// How long a remembered page waits for the sign-in to end: a link works 15 minutes.
const LIFETIME_MS = 20 * 60 * 1000;
// A path of letters, digits and - . _ ~ / segments (no "//", no "\", no escapes), with a plain query.
const PLAIN = /^\/(?![/\\])[A-Za-z0-9\-._~/]*(\?[A-Za-z0-9\-._~=&+%]*)?$/;

/**
 * `value` when it is a path of a signed-in page of this site, such as "/users?query=bob"; otherwise null.
 * The login pages themselves are never a destination.
 */
export function sameSitePath(value) {
  if (typeof value !== 'string' || value.length > 512 || !PLAIN.test(value) || value.includes('//')
    || value.includes('/.')) {
    return null;
  }
  let url;
  try {
    url = new URL(value, location.origin);
  } catch {
    return null;
  }
  if (url.origin !== location.origin || url.pathname === '/' || url.pathname.startsWith('/login/')) return null;
  return url.pathname + url.search;
}

/** The address of the login page that brings the person back to `path` (this page when omitted). */
export function loginFor(path = here() + location.search) {
  const next = sameSitePath(path);
  return page(next ? `/?${new URLSearchParams({ next })}` : '/');
}

/** Remembers `path` (when it is a same-site path) as where to go once signed in; forgets it otherwise. */
export function rememberReturn(path) {
  const next = sameSitePath(path);
  if (next) {
    localStorage.setItem(KEY, JSON.stringify({ path: next, at: Date.now() }));
  } else {
    localStorage.removeItem(KEY);
  }
}

/** Where to go now that the person is signed in: the remembered page, or `fallback`; forgets it. */
export function takeReturn(fallback = '/portal') {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(KEY));
  } catch {
    saved = null;
  }
  localStorage.removeItem(KEY);
  if (!saved || typeof saved.at !== 'number' || Date.now() - saved.at > LIFETIME_MS) return fallback;
  return sameSitePath(saved.path) || fallback;
}
