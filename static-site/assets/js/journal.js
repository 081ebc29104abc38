// Event log rows (SPEC E1, E3): one <tr> per event, in the reader's language, with times in their own
// time zone and date culture. Shared by "My journal" and an administrator's view of a user's log (E2).
import { language, t, tOr } from './i18n.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Profile fields whose values (set, or before/after) an event carries, named as on the My account and
 * User Management forms.
 */
const FIELDS = {
  email: 'account.email',
  firstName: 'account.firstName',
  lastName: 'account.lastName',
  language: 'account.language',
  timeZone: 'account.timeZone',
  dateCulture: 'account.dateCulture',
  mobile: 'account.mobile',
  role: 'users.role',
};

/**
 * Formats instants the way `user` reads them: their date culture (en-CA, fr-FR, …) in their time
 * zone. An unknown zone or culture falls back to the browser's own, rather than showing nothing. `style`
 * is Intl.DateTimeFormat's (a date alone: {dateStyle: 'long'}).
 */
export function dateFormatter(user, style = { dateStyle: 'medium', timeStyle: 'medium' }) {
  try {
    const format = new Intl.DateTimeFormat(user.dateCulture, { ...style, timeZone: user.timeZone });
    return (iso) => format.format(new Date(iso));
  } catch {
    const format = new Intl.DateTimeFormat(undefined, style);
    return (iso) => format.format(new Date(iso));
  }
}

/**
 * "You", "Someone (not signed in)", a name from `names` (id → name, e.g. the user whose log an
 * administrator reads) or "An administrator", as seen by `viewerId`.
 */
function actor(id, viewerId, names) {
  if (id === viewerId) return t('journal.actor.you');
  if (id === 'anonymous') return t('journal.actor.anonymous');
  if (names && Object.hasOwn(names, id)) return names[id];
  return t('journal.actor.administrator');
}

/** A language code's name in the page's language: "French" on an English page, "anglais" on a French one. */
function languageName(code) {
  try {
    return new Intl.DisplayNames([language()], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

function value(key, text, formatDate) {
  if (text === undefined || text === null || text === '') return t('journal.none');
  if (key === 'language') return languageName(text);
  if (key === 'role') return tOr(`users.role.${text}`, text);
  if (ISO_INSTANT.test(text)) return formatDate(text);
  if (text === 'true') return t('journal.yes');
  if (text === 'false') return t('journal.no');
  if (key === 'scope') return tOr(`journal.scope.${text}`, text);
  return text;
}

/** Where a detail goes among the lines: the purpose, then profile fields in the form's order, then the rest. */
function rank(key) {
  if (key === 'purpose') return -1;
  const field = Object.keys(FIELDS).indexOf(key.replace(/\.(before|after)$/, ''));
  return field < 0 ? Object.keys(FIELDS).length : field;
}

/** The event's details as short lines: "First name: Ada → Augusta", "For a login", "To: +1•••0123". */
export function detailLines(details, formatDate) {
  const colon = t('journal.colon');
  const lines = [];
  const seen = new Set();
  const entries = Object.entries(details || {}).sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, text] of entries) {
    const change = /^(.+)\.(before|after)$/.exec(key);
    if (change) {
      const field = change[1];
      if (seen.has(field)) continue;
      seen.add(field);
      const label = FIELDS[field] ? t(FIELDS[field]) : field;
      lines.push(`${label}${colon}${value(field, details[`${field}.before`], formatDate)} → `
        + value(field, details[`${field}.after`], formatDate));
    } else if (key === 'purpose') {
      lines.push(tOr(`journal.purpose.${text}`, text));
    } else {
      const label = FIELDS[key] ? t(FIELDS[key]) : tOr(`journal.detail.${key}`, key);
      lines.push(`${label}${colon}${value(key, text, formatDate)}`);
    }
  }
  return lines;
}

function cell(tag, ...content) {
  const element = document.createElement(tag);
  element.append(...content);
  return element;
}

function lines(texts, className) {
  const list = document.createElement('ul');
  list.className = className;
  list.append(...texts.map((text) => cell('li', text)));
  return list;
}

/**
 * A table row for `event`: date and time (the row's header), event, by, result, browser, IP address.
 * `names` (optional) names actors other than the viewer: {id: "Bob Standard"}.
 */
export function eventRow(event, viewerId, formatDate, names) {
  const time = document.createElement('time');
  time.dateTime = event.at;
  time.textContent = formatDate(event.at);
  const when = cell('th', time);
  when.scope = 'row';

  const what = cell('td', tOr(`journal.type.${event.type}`, event.type));
  const details = detailLines(event.details, formatDate);
  if (details.length) what.append(lines(details, 'details'));

  const result = cell('td');
  if (event.outcome === 'failure') {
    result.className = 'failure';
    result.append(t('journal.failure'));
    if (event.reason) result.append(lines([tOr(`journal.reason.${event.reason}`, event.reason)], 'details'));
  } else {
    result.append(t('journal.success'));
  }

  const row = document.createElement('tr');
  row.append(when, what, cell('td', actor(event.actor, viewerId, names)), result, cell('td', event.browser || ''),
    cell('td', event.ip || ''));
  return row;
}
