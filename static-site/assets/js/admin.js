// What the administration pages (User Management, Organizational domain management) share: status
// messages, "You do not have access", the answers every call can get, table cells and row buttons, and
// modal dialogs. Each page has an #admin block and a #no-access section. ($, fill and say serve the
// two-factor setup page too.)
import { signedIn } from './session.js';

export const $ = (id) => document.getElementById(id);

/** `text` with each {name} replaced by values.name. */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, key) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

/** Puts `text` in a status element (role=status), green when `ok`, red otherwise. */
export function say(element, text, ok) {
  element.classList.toggle('ok', ok);
  element.textContent = text;
}

/** Shows "You do not have access" instead of the administration (a standard user, or one just demoted). */
export function noAccess() {
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  $('admin').hidden = true;
  $('no-access').hidden = false;
}

/**
 * Deals with the answers every call can get: no session any more (the page says so, see session.js) or no
 * longer an administrator. Returns whether it did, so the caller stops there.
 */
export function handledCommonFailure(result) {
  if (result.status === 401) return true;
  if (result.status === 403 && result.data && result.data.error === 'forbidden') {
    noAccess();
    return true;
  }
  return false;
}

/**
 * The signed-in person (GET /api/me) when they are an administrator, with the administration shown;
 * otherwise null, after sending a signed-out visitor to the login page (or one who must set up 2FA to
 * its page) or showing "no access". The API refuses anyone else whatever the page shows.
 */
export async function signedInAdministrator() {
  const me = await signedIn();
  if (!me) return null;
  if (me.role !== 'administrator') {
    noAccess();
    return null;
  }
  $('admin').hidden = false;
  return me;
}

export function textCell(tag, text) {
  const cell = document.createElement(tag);
  cell.textContent = text;
  return cell;
}

/** A row button: its visible text, and what the row is about for screen readers ("Remove, acme-corp.ca"). */
export function rowButton(action, label, about, className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className || 'secondary';
  button.dataset.action = action;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = `, ${about}`;
  button.append(label, hidden);
  return button;
}

// Dialogs: opened modal (one may open over another), closed by a [data-close] button or Escape; focus goes
// back to what opened each when it still exists.

const openers = new Map();

export function openDialog(dialog, first) {
  openers.set(dialog, document.activeElement);
  dialog.showModal();
  if (first) first.focus();
}

/** Wires every dialog of the page; call once. */
export function setUpDialogs() {
  document.querySelectorAll('dialog').forEach((dialog) => {
    dialog.querySelectorAll('[data-close]').forEach((button) => {
      button.addEventListener('click', () => dialog.close());
    });
    dialog.addEventListener('close', () => {
      const opener = openers.get(dialog);
      openers.delete(dialog);
      if (opener && opener.isConnected && !opener.closest('[hidden]')) opener.focus();
    });
  });
}
