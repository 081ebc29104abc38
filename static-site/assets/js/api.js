// The only module that talks to the API: JSON in and out, same-origin credentials, the site header
// the API requires on state-changing calls, and the page's language, in which the API writes its error
// messages (the catalogue of error ids and texts lives on the server).
import { language, t } from './i18n.js';

let basePromise;

function apiBase() {
  basePromise ??= fetch('/config.json', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : {}))
    .then((c) => c.apiBase || '/api')
    .catch(() => '/api');
  return basePromise;
}

/**
 * Calls the API; resolves to {status, ok, data} and never throws: a network failure resolves to
 * {status: 0, ok: false, data: null}.
 */
export async function api(method, path, body) {
  const base = await apiBase();
  let response;
  try {
    response = await fetch(base + path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Accept-Language': language(),
        'X-Portal-Request': '1',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { status: 0, ok: false, data: null };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  return { status: response.status, ok: response.ok, data };
}

/**
 * The message of an error answer. The API writes it in the language the call asked for; without a JSON
 * body with a message (network failure, a proxy's HTML page), a generic one.
 */
export function errorMessage(result) {
  const message = result && result.data && result.data.message;
  return typeof message === 'string' && message ? message : t('error.generic');
}
