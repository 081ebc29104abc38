// The only module that talks to the API: JSON in and out, same-origin credentials, the site header
// the API requires on state-changing calls, and the page's language, in which the API writes its error
// messages (the catalogue of error ids and texts lives on the server). It also sends a session that must
// set up two-factor authentication first to the setup page, whichever call was refused, and tells the page
// (the event SESSION_ENDED on window) when a call finds no session any more.
import { language, t } from './i18n.js';
import { here, page } from './site.js';

/** The event dispatched on window when a call answers 401: the session ended (idle, signed out elsewhere…). */
export const SESSION_ENDED = 'portal:session-ended';

let basePromise;

function apiBase() {
  basePromise ??= fetch(page('/config.json'), { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : {}))
    .then((c) => c.apiBase || '/api')
    .catch(() => '/api')
    // A path is on this site, under its stage when it has one (site.js).
    .then((base) => (base.startsWith('/') ? page(base) : base));
  return basePromise;
}

function headers(accept) {
  return {
    Accept: accept,
    'Content-Type': 'application/json',
    'Accept-Language': language(),
    'X-Portal-Request': '1',
  };
}

/** The address of an API path, for a plain link (a file to download; the browser sends the session cookie). */
export async function apiUrl(path) {
  return (await apiBase()) + path;
}

/**
 * Calls the API; resolves to {status, ok, data} and never throws: a network failure resolves to
 * {status: 0, ok: false, data: null}.
 */
export async function api(method, path, body) {
  return call(method, path, headers('application/json'), body === undefined ? undefined : JSON.stringify(body));
}

/**
 * POSTs a file as it is (its bytes, e.g. a CSV file with its byte-order mark) as the body, of type
 * `contentType`, and reads a JSON answer; resolves like {@link api} and never throws.
 */
export async function upload(path, file, contentType) {
  return call('POST', path, { ...headers('application/json'), 'Content-Type': contentType }, file);
}

async function call(method, path, callHeaders, body) {
  const base = await apiBase();
  let response;
  try {
    response = await fetch(base + path, { method, credentials: 'same-origin', headers: callHeaders, body });
  } catch {
    return { status: 0, ok: false, data: null };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  handleCommonAnswers(response.status, data);
  return { status: response.status, ok: response.ok, data };
}

/**
 * GETs a file from the API (e.g. a CSV export), with the same headers as {@link api}: some reads write
 * an event and are refused without the site's header, so a plain link cannot fetch them. Resolves to
 * {status, ok, blob, filename, headers} on success and to {status, ok: false, data} (the error answer)
 * otherwise; never throws.
 */
export async function download(path, accept) {
  const base = await apiBase();
  let response;
  try {
    response = await fetch(base + path, { method: 'GET', credentials: 'same-origin', headers: headers(accept) });
  } catch {
    return { status: 0, ok: false, data: null };
  }
  if (!response.ok) {
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    handleCommonAnswers(response.status, data);
    return { status: response.status, ok: false, data };
  }
  const disposition = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  try {
    return { status: response.status, ok: true, blob: await response.blob(),
      filename: disposition ? disposition[1] : null, headers: response.headers };
  } catch {
    return { status: 0, ok: false, data: null };
  }
}

// Two-factor setup (SPEC M2): while administrators require 2FA of someone who has not set it up (or must
// prove a number an administrator gave), their session reaches only the setup, and every other call answers
// 403 two_factor_setup_required. Any page that meets that answer sends the person to the setup page, which
// brings them back where they were going once it is done.

const SETUP_PAGE = '/login/two-factor-setup';

/** Leaves for the setup page, naming this page as where to go afterwards; the setup page itself stays. */
export function goToTwoFactorSetup() {
  if (here() === SETUP_PAGE) return;
  location.replace(page(`${SETUP_PAGE}?${new URLSearchParams({ next: here() + location.search })}`));
}

function handleCommonAnswers(status, data) {
  if (status === 403 && data && data.error === 'two_factor_setup_required') goToTwoFactorSetup();
  if (status === 401) window.dispatchEvent(new CustomEvent(SESSION_ENDED));
}

/**
 * The message of an error answer. The API writes it in the language the call asked for; without a JSON
 * body with a message (network failure, a proxy's HTML page), a generic one.
 */
export function errorMessage(result) {
  const message = result && result.data && result.data.message;
  return typeof message === 'string' && message ? message : t('error.generic');
}
