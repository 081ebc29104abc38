// User Management (SPEC U1, U3, U5, M2, E2, A5): the account's users for its administrators — search, sort and
// page through them, add, edit (with their two-factor authentication), manage their licence, suspend or
// reactivate, sign out everywhere, delete, and read, export and verify a user's event log. Everything is decided by the API;
// this page shows its answers.
import {
  $, fill, handledCommonFailure, noAccess, openDialog, rowButton, say, setUpDialogs, signedInAdministrator, textCell,
} from '../admin.js';
import { api, download, errorMessage, goToTwoFactorSetup } from '../api.js';
import { language, t, tOr, translatePage } from '../i18n.js';
import { dateFormatter } from '../dates.js';
import { eventRow } from '../journal.js';
import { openManageLicense, setUpManageLicense } from '../manage-license.js';
import { loadPlans, planName } from '../plans.js';
import { fillZones } from '../zones.js';
import { page } from '../site.js';

translatePage();

let me = null;
let plans = [];
let formatDate = dateFormatter({});

function fullName(user) {
  return `${user.firstName || ''} ${user.lastName || ''}`.trim() || user.email;
}

/** "Bob Standard (bob@example.com)". */
function who(user) {
  return `${fullName(user)} (${user.email})`;
}

/** Their two-factor authentication: on, on (required), required but not set up yet, or off. */
function twoFactorState(user) {
  if (user.twoFactorEnabled) {
    return user.twoFactorRequired ? t('users.twoFactor.onRequired') : t('users.twoFactor.on');
  }
  return user.twoFactorRequired ? t('users.twoFactor.required') : t('users.twoFactor.off');
}

/** A refused change, in a dialog's status; when it needs a recent login, the way to log in again beside it. */
function sayRefused(status, loginAgain, result) {
  say(status, errorMessage(result), false);
  loginAgain.hidden = !(result.data && result.data.error === 'reauthentication_required');
}

// ---------------------------------------------------------------------------------------------------
// The list

const list = {
  rows: $('user-rows'),
  more: $('users-more'),
  status: $('list-status'),
  users: new Map(),
  cursor: null,
  count: 0,
  // A newer first-page load (another search, another sort) makes older answers moot.
  generation: 0,
};

/** A row button: its visible text, and the person's name for screen readers ("Edit user, Bob Standard"). */
function actionButton(action, label, user, className) {
  return rowButton(action, label, fullName(user), className);
}

function userRow(user) {
  const row = document.createElement('tr');
  row.dataset.id = user.id;
  const name = textCell('th', fullName(user));
  name.scope = 'row';
  if (me && user.id === me.id) name.append(` ${t('users.you')}`);
  const status = textCell('td', tOr(`users.status.${user.status}`, user.status));
  if (user.status === 'suspended') status.className = 'failure';
  const actions = document.createElement('div');
  actions.className = 'row-actions';
  actions.append(
    actionButton('edit', t('users.edit'), user),
    actionButton('license', t('users.manageLicense'), user),
    actionButton('logs', t('users.logs'), user),
    user.status === 'suspended'
      ? actionButton('reactivate', t('users.reactivate'), user)
      : actionButton('suspend', t('users.suspend'), user),
    actionButton('sign-out', t('users.signOut'), user),
    actionButton('delete', t('users.delete'), user, 'danger'),
  );
  const actionCell = document.createElement('td');
  actionCell.append(actions);
  const twoFactor = textCell('td', twoFactorState(user));
  twoFactor.className = 'two-factor';
  const license = textCell('td', licenseText(user));
  license.className = 'license';
  row.append(name, textCell('td', user.email), textCell('td', tOr(`users.role.${user.role}`, user.role)), status,
    license, twoFactor, actionCell);
  return row;
}

function licenseText(user) {
  return user.plan ? planName(plans, user.plan) : t('users.license.none');
}

/** Users whose licence changed in "Manage License": their rows in place (the dialog's opener stays). */
function licensesChanged(changes) {
  changes.forEach(({ id, plan }) => {
    const user = list.users.get(id);
    if (!user) return;
    list.users.set(id, { ...user, plan });
    const row = rowOf(id);
    if (row) row.querySelector('.license').textContent = licenseText({ plan });
  });
  // Each licence operation is an event of the user's log.
  if (logs.user && changes.some(({ id }) => id === logs.user.id)) loadLogs(false);
}

function rowOf(userId) {
  return [...list.rows.rows].find((row) => row.dataset.id === userId) || null;
}

function listSay() {
  let text;
  if (list.count === 0) {
    text = $('search').value.trim() ? t('users.empty') : t('users.none');
  } else {
    text = `${t('users.shown')} ${list.count}.${list.cursor ? '' : ` ${t('users.end')}`}`;
  }
  say(list.status, text, true);
}

/** Shows the first page for the search and sort in the form, or (more) appends the next page. */
async function loadUsers(more) {
  const generation = more ? list.generation : ++list.generation;
  const params = new URLSearchParams();
  const query = $('search').value.trim();
  if (query) params.set('query', query);
  params.set('sort', $('sort').value);
  if (more) params.set('cursor', list.cursor);
  list.more.disabled = true;
  $('users').setAttribute('aria-busy', 'true');
  const result = await api('GET', `/users?${params}`);
  if (generation !== list.generation) return;
  $('users').removeAttribute('aria-busy');
  list.more.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) say(list.status, errorMessage(result), false);
    return;
  }
  if (!more) list.users.clear();
  result.data.users.forEach((user) => list.users.set(user.id, user));
  const rows = result.data.users.map(userRow);
  if (more) {
    list.rows.append(...rows);
  } else {
    list.rows.replaceChildren(...rows);
  }
  list.count = (more ? list.count : 0) + rows.length;
  list.cursor = result.data.cursor;
  list.more.hidden = !list.cursor;
  $('users-scroll').hidden = list.count === 0;
  listSay();
  if (more && !list.cursor && rows.length) {
    // The button that had focus is gone: carry focus to the first of the rows it brought.
    rows[0].tabIndex = -1;
    rows[0].focus();
  }
}

/** Puts the user's new state in their row, keeping focus on the row's button for `focusAction`. */
function replaceRow(user, focusAction) {
  list.users.set(user.id, user);
  const old = rowOf(user.id);
  if (!old) return;
  const row = userRow(user);
  old.replaceWith(row);
  if (focusAction) {
    const button = row.querySelector(`button[data-action="${focusAction}"]`);
    if (button) button.focus();
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadUsers(false);
});
$('sort').addEventListener('change', () => loadUsers(false));
list.more.addEventListener('click', () => loadUsers(true));

// ---------------------------------------------------------------------------------------------------
// Dialogs, and Add a user (U1)

setUpDialogs();

const EMAIL_ERRORS = ['email_taken', 'domain_not_approved', 'invalid_email'];

$('add-open').addEventListener('click', () => {
  $('add-form').reset();
  $('add-language').value = language();
  fillZones($('add-time-zone'), me.timeZone);
  $('add-role').value = 'standard';
  $('add-email').removeAttribute('aria-invalid');
  $('add-domain-help').hidden = true;
  say($('add-status'), '', false);
  openDialog($('add-dialog'), $('add-email'));
});

$('add-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const submit = $('add-submit');
  submit.disabled = true;
  say($('add-status'), '', false);
  const body = {
    email: $('add-email').value.trim(),
    firstName: $('add-first-name').value.trim(),
    lastName: $('add-last-name').value.trim(),
    language: $('add-language').value,
    timeZone: $('add-time-zone').value,
    role: $('add-role').value,
  };
  const mobile = $('add-mobile').value.trim();
  if (mobile) body.mobile = mobile;
  const result = await api('POST', '/users', body);
  submit.disabled = false;
  if (!result.ok) {
    if (handledCommonFailure(result)) return;
    say($('add-status'), errorMessage(result), false);
    // The way to approve the domain, next to the field.
    $('add-domain-help').hidden = !(result.data && result.data.error === 'domain_not_approved');
    if (result.data && EMAIL_ERRORS.includes(result.data.error)) {
      $('add-email').setAttribute('aria-invalid', 'true');
      $('add-email').focus();
    } else {
      $('add-email').removeAttribute('aria-invalid');
    }
    return;
  }
  $('add-dialog').close();
  say($('status'), fill(t('users.added'), { name: who(result.data) }), true);
  loadUsers(false);
});

// ---------------------------------------------------------------------------------------------------
// Edit user (U3)

let editing = null;

/** The state of the user's second factor in Edit user, and "Turn off" when it is on. */
function showSecondFactor(user) {
  let number = t('users.mobileNone');
  if (user.mobile) number = user.mobileVerified ? t('users.mobileConfirmed') : t('users.mobileUnconfirmed');
  $('edit-2fa-state').textContent = `${fill(t('users.twoFactorStatus'), { state: twoFactorState(user) })} ${number}`;
  $('edit-2fa-off').hidden = !user.twoFactorEnabled;
}

async function openEdit(user) {
  const result = await api('GET', `/users/${encodeURIComponent(user.id)}`);
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('status'), errorMessage(result), false);
    return;
  }
  editing = result.data;
  $('edit-who').textContent = who(editing);
  $('edit-first-name').value = editing.firstName;
  $('edit-last-name').value = editing.lastName;
  $('edit-language').value = editing.language;
  fillZones($('edit-time-zone'), editing.timeZone);
  $('edit-date-culture').value = editing.dateCulture;
  $('edit-role').value = editing.role;
  $('edit-2fa-required').checked = editing.twoFactorRequired;
  $('edit-mobile').value = editing.mobile || '';
  showSecondFactor(editing);
  say($('edit-status'), '', false);
  $('edit-login-again').hidden = true;
  openDialog($('edit-dialog'), $('edit-first-name'));
}

async function saveEdit(body) {
  const submit = $('edit-submit');
  submit.disabled = true;
  say($('edit-status'), '', false);
  $('edit-login-again').hidden = true;
  const result = await api('PUT', `/users/${encodeURIComponent(editing.id)}`, body);
  submit.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) sayRefused($('edit-status'), $('edit-login-again'), result);
    return;
  }
  $('edit-dialog').close();
  if (result.data.id === me.id && result.data.role !== 'administrator') {
    // Demoted themselves: the next call says so; show it now.
    noAccess();
    return;
  }
  if (result.data.id === me.id && result.data.twoFactorRequired && !result.data.twoFactorEnabled) {
    // Required it of themselves: their session now reaches only the setup.
    goToTwoFactorSetup();
    return;
  }
  // A change of the second factor was announced by email (an equal number in another form changes nothing).
  const announced = result.data.twoFactorRequired !== editing.twoFactorRequired
    || result.data.mobile !== editing.mobile;
  replaceRow(result.data, 'edit');
  say($('status'), fill(announced ? t('users.savedNotice') : t('users.saved'), { name: who(result.data) }), true);
  if (logs.user && logs.user.id === result.data.id) loadLogs(false);
}

$('edit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const body = {
    firstName: $('edit-first-name').value.trim(),
    lastName: $('edit-last-name').value.trim(),
    language: $('edit-language').value,
    timeZone: $('edit-time-zone').value,
    dateCulture: $('edit-date-culture').value,
    role: $('edit-role').value,
  };
  // The second factor only when it changes: each change needs a recent login and is announced.
  const required = $('edit-2fa-required').checked;
  if (required !== editing.twoFactorRequired) body.twoFactorRequired = required;
  const mobile = $('edit-mobile').value.trim();
  if (mobile !== (editing.mobile || '')) body.mobile = mobile || null;
  if (body.mobile === null) {
    askToConfirm('remove-mobile', body);
  } else {
    saveEdit(body);
  }
});

// ---------------------------------------------------------------------------------------------------
// Confirming a change of the second factor (M2): removing the number, turning 2FA off (a lost phone)

let confirming = null;

function askToConfirm(kind, body) {
  confirming = { kind, body };
  const person = { name: fullName(editing), email: editing.email };
  if (kind === 'turn-off') {
    $('confirm-heading').textContent = t('users.turnOff2fa');
    $('confirm-question').textContent = fill(t('users.turnOffQuestion'), person);
    $('confirm-explain').textContent = editing.twoFactorRequired
      ? t('users.turnOffRequired') : t('users.turnOffExplain');
    $('confirm-submit').textContent = t('users.turnOff');
  } else {
    $('confirm-heading').textContent = t('users.removeMobileTitle');
    $('confirm-question').textContent = fill(t('users.removeMobileQuestion'), person);
    $('confirm-explain').textContent = t('users.removeMobileExplain');
    $('confirm-submit').textContent = t('users.removeMobile');
  }
  say($('confirm-status'), '', false);
  $('confirm-login-again').hidden = true;
  // The safe choice has focus first.
  openDialog($('confirm-dialog'), $('confirm-cancel'));
}

$('edit-2fa-off').addEventListener('click', () => askToConfirm('turn-off', { twoFactorEnabled: false }));

$('confirm-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  if (confirming.kind === 'remove-mobile') {
    // Saved with the rest of Edit user; its answer shows there.
    $('confirm-dialog').close();
    saveEdit(confirming.body);
    return;
  }
  const submit = $('confirm-submit');
  submit.disabled = true;
  say($('confirm-status'), '', false);
  $('confirm-login-again').hidden = true;
  const result = await api('PUT', `/users/${encodeURIComponent(editing.id)}`, confirming.body);
  submit.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) sayRefused($('confirm-status'), $('confirm-login-again'), result);
    return;
  }
  $('confirm-dialog').close();
  editing = result.data;
  showSecondFactor(editing);
  // The row behind the dialog, in place: its "Edit user" button gets focus back when the dialog closes.
  list.users.set(editing.id, editing);
  const row = rowOf(editing.id);
  if (row) row.querySelector('.two-factor').textContent = twoFactorState(editing);
  say($('edit-status'), fill(t('users.turnedOff'), { name: who(editing) }), true);
  // The button that opened the confirmation is gone.
  $('edit-2fa-required').focus();
  if (logs.user && logs.user.id === editing.id) loadLogs(false);
});

// ---------------------------------------------------------------------------------------------------
// Suspend, reactivate, sign out everywhere (U3, S1)

async function lifecycle(user, action) {
  const path = { suspend: 'suspend', reactivate: 'reactivate', 'sign-out': 'revoke-sessions' }[action];
  const result = await api('POST', `/users/${encodeURIComponent(user.id)}/${path}`);
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('status'), errorMessage(result), false);
    return;
  }
  if (user.id === me.id && action !== 'reactivate') {
    // Their own sessions, this one included, have just ended.
    location.replace(page('/'));
    return;
  }
  if (action === 'sign-out') {
    say($('status'), fill(t('users.signedOut'), { name: who(user), count: result.data.signedOut }), true);
  } else {
    replaceRow(result.data, action === 'suspend' ? 'reactivate' : 'suspend');
    say($('status'), fill(t(action === 'suspend' ? 'users.suspended' : 'users.reactivated'),
      { name: who(result.data) }), true);
  }
  if (logs.user && logs.user.id === user.id) loadLogs(false);
}

// ---------------------------------------------------------------------------------------------------
// Delete the User (U3)

let deleting = null;

function openDelete(user) {
  deleting = user;
  $('delete-question').textContent = fill(t('users.deleteQuestion'), { name: fullName(user), email: user.email });
  say($('delete-status'), '', false);
  // The safe choice has focus first.
  openDialog($('delete-dialog'), $('delete-cancel'));
}

$('delete-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const submit = $('delete-submit');
  submit.disabled = true;
  say($('delete-status'), '', false);
  const result = await api('DELETE', `/users/${encodeURIComponent(deleting.id)}`);
  submit.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('delete-status'), errorMessage(result), false);
    return;
  }
  if (deleting.id === me.id) {
    location.replace(page('/'));
    return;
  }
  const row = rowOf(deleting.id);
  list.users.delete(deleting.id);
  if (row) {
    row.remove();
    list.count -= 1;
  }
  if (logs.user && logs.user.id === deleting.id) {
    logs.user = null;
    $('logs').hidden = true;
  }
  $('delete-dialog').close();
  say($('status'), fill(t('users.deleted'), { name: who(deleting) }), true);
  listSay();
  $('users-scroll').hidden = list.count === 0;
  // The row, and the button that opened the dialog, are gone.
  $('users-heading').tabIndex = -1;
  $('users-heading').focus();
});

// ---------------------------------------------------------------------------------------------------
// Logs (E2): the period of "Event log export dates", a user's events page by page, CSV, verification

const logs = {
  rows: $('log-rows'),
  more: $('logs-more'),
  status: $('logs-status'),
  user: null,
  from: '',
  to: '',
  cursor: null,
  count: 0,
  generation: 0,
};

function logsPath(suffix, cursor) {
  const params = new URLSearchParams();
  if (logs.from) params.set('from', logs.from);
  if (logs.to) params.set('to', logs.to);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return `/users/${encodeURIComponent(logs.user.id)}/${suffix}${query ? `?${query}` : ''}`;
}

function period(from, to) {
  if (from && to) return fill(t('users.period.both'), { from, to });
  if (from) return fill(t('users.period.from'), { from });
  if (to) return fill(t('users.period.to'), { to });
  return t('users.period.all');
}

async function loadLogs(more) {
  const generation = more ? logs.generation : ++logs.generation;
  const user = logs.user;
  logs.more.disabled = true;
  $('log').setAttribute('aria-busy', 'true');
  const result = await api('GET', logsPath('events', more ? logs.cursor : null));
  if (generation !== logs.generation) return;
  $('log').removeAttribute('aria-busy');
  logs.more.disabled = false;
  if (!result.ok) {
    if (handledCommonFailure(result)) return;
    logs.rows.replaceChildren();
    logs.count = 0;
    logs.more.hidden = true;
    $('logs-scroll').hidden = true;
    say(logs.status, errorMessage(result), false);
    return;
  }
  const names = { [user.id]: fullName(user) };
  const rows = result.data.events.map((event) => eventRow(event, me.id, formatDate, names));
  if (more) {
    logs.rows.append(...rows);
  } else {
    logs.rows.replaceChildren(...rows);
  }
  logs.count = (more ? logs.count : 0) + rows.length;
  logs.cursor = result.data.cursor;
  logs.more.hidden = !logs.cursor;
  $('logs-scroll').hidden = logs.count === 0;
  say(logs.status, logs.count === 0 ? t('users.logsEmpty')
    : `${t('journal.shown')} ${logs.count}.${logs.cursor ? '' : ` ${t('journal.end')}`}`, true);
  if (more && !logs.cursor && rows.length) {
    rows[0].tabIndex = -1;
    rows[0].focus();
  }
}

async function openLogs(user) {
  const from = $('from');
  const to = $('to');
  if (from.validity.badInput || to.validity.badInput) {
    say($('status'), t('users.dateIncomplete'), false);
    (from.validity.badInput ? from : to).focus();
    return;
  }
  logs.user = user;
  logs.from = from.value;
  logs.to = to.value;
  $('logs-heading').textContent = fill(t('users.logsTitle'), { name: fullName(user) });
  $('logs-caption').textContent = fill(t('users.logsCaption'), { name: who(user) });
  $('logs-period').textContent = period(logs.from, logs.to);
  say($('logs-check'), '', false);
  $('logs').hidden = false;
  $('logs-heading').focus();
  await loadLogs(false);
}

logs.more.addEventListener('click', () => loadLogs(true));

$('logs-download').addEventListener('click', async () => {
  const button = $('logs-download');
  button.disabled = true;
  say($('logs-check'), '', false);
  const user = logs.user;
  const result = await download(logsPath('events.csv'), 'text/csv');
  button.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('logs-check'), errorMessage(result), false);
    return;
  }
  const url = URL.createObjectURL(result.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = result.filename || `events-${user.id}.csv`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  say($('logs-check'), fill(t('users.downloaded'), { file: link.download }), true);
  // The export is itself an event of the user's log.
  loadLogs(false);
});

$('logs-verify').addEventListener('click', async () => {
  const button = $('logs-verify');
  button.disabled = true;
  say($('logs-check'), '', false);
  const result = await api('GET', `/users/${encodeURIComponent(logs.user.id)}/events/verify`);
  button.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('logs-check'), errorMessage(result), false);
    return;
  }
  const v = result.data;
  if (v.valid) {
    say($('logs-check'), fill(t('users.verifyValid'), { count: v.events, head: v.head || '' }), true);
  } else {
    say($('logs-check'), fill(t('users.verifyBroken'), { seq: v.firstBrokenSeq, count: v.events }), false);
  }
});

// ---------------------------------------------------------------------------------------------------
// Row buttons

list.rows.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const user = list.users.get(button.closest('tr').dataset.id);
  if (!user) return;
  switch (button.dataset.action) {
    case 'edit': openEdit(user); break;
    case 'logs': openLogs(user); break;
    case 'license': openManageLicense(user); break;
    case 'delete': openDelete(user); break;
    default: lifecycle(user, button.dataset.action);
  }
});

async function load() {
  me = await signedInAdministrator();
  if (!me) return;
  formatDate = dateFormatter(me);
  $('logs-zone').textContent = me.timeZone;
  plans = await loadPlans();
  setUpManageLicense({ plans, formatDate, formatDay: dateFormatter(me, { dateStyle: 'long' }), who,
    onChange: licensesChanged });
  loadUsers(false);
}

load();
