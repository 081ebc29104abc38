// The only module that talks to the API: JSON in and out, same-origin credentials, the site header
// the API requires on state-changing calls, and error ids turned into messages.
import { t } from './i18n.js';

let basePromise;

function apiBase() {
  basePromise ??= fetch('/config.json', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : {}))
    .then((c) => c.apiBase || '/api')
    .catch(() => '/api');
  return basePromise;
}

/** Calls the API; resolves to {status, ok, data} and never throws for HTTP errors. */
export async function api(method, path, body) {
  const base = await apiBase();
  const response = await fetch(base + path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Portal-Request': '1',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  return { status: response.status, ok: response.ok, data };
}

/** A message for an error answer, in the page's language. */
export function errorMessage(result) {
  const id = result && result.data && result.data.error;
  const key = `error.${id}`;
  const text = t(key);
  return text === key ? t('error.generic') : text;
}
