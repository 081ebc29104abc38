// "Manage License" on a row of User Management (SPEC A5): assign a free licence of a plan to a user who has
// none, or move them to another plan (Modify); remove it (back to the pool, after asking); transfer it to a
// user of the account who has none; upgrade it in place to a higher plan — a quote first (the prorated amount
// and until when it holds), then "Pay" with the quote's id. The API decides; the dialog shows its answers,
// and tells User Management which rows changed.
import { $, fill, handledCommonFailure, openDialog, say } from './admin.js';
import { api, errorMessage } from './api.js';
import { t } from './i18n.js';
import { money, planName } from './plans.js';

const state = {
  plans: [],
  user: null,
  quote: null,
  formatDate: (iso) => new Date(iso).toLocaleString(),
  formatDay: (iso) => new Date(iso).toLocaleDateString(),
  onChange: () => {},
  who: (user) => user.email,
};

function name(planId) {
  return planName(state.plans, planId);
}

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

function status(text, ok) {
  say($('license-status'), text, ok);
}

/** A refused call, in the dialog's status; "no licence available" with the way to buy some. */
function refused(result) {
  if (handledCommonFailure(result)) return;
  status(errorMessage(result), false);
  const error = result.data && result.data.error;
  $('license-buy').hidden = error !== 'no_license_available';
  // Paying needs a login of the last 10 minutes.
  $('license-login-again').hidden = error !== 'reauthentication_required';
}

/** Every user of the account (GET /api/users, page after page), for the list of transfer targets. */
async function allUsers() {
  const users = [];
  let cursor = null;
  do {
    const params = new URLSearchParams({ sort: 'name' });
    if (cursor) params.set('cursor', cursor);
    const result = await api('GET', `/users?${params}`);
    if (!result.ok) return users;
    users.push(...result.data.users);
    cursor = result.data.cursor;
  } while (cursor);
  return users;
}

/** The dialog for the user as they are now: what they hold, and what can be done with it. */
async function show() {
  const { user } = state;
  const held = user.plan;
  const current = state.plans.find((p) => p.id === held);
  $('license-who').textContent = state.who(user);
  $('license-current').textContent = held ? fill(t('license.current'), { plan: name(held) }) : t('license.none');
  $('license-assign-legend').textContent = held ? t('license.modify') : t('license.assign');
  $('license-plan-hint').textContent = held ? t('license.modifyHint') : t('license.assignHint');
  $('license-held').hidden = !held;
  $('license-remove').hidden = !held;
  $('license-quote-block').hidden = true;
  state.quote = null;

  const [pool, users] = await Promise.all([api('GET', '/licenses'), held ? allUsers() : Promise.resolve([])]);
  if (!pool.ok) {
    refused(pool);
    return;
  }
  const available = new Map(pool.data.plans.map((row) => [row.plan, row.available]));
  $('license-plan').replaceChildren(...state.plans.filter((plan) => plan.id !== held).map((plan) => option(plan.id,
    fill(t('license.planAvailable'), { plan: plan.name, count: available.get(plan.id) || 0 }))));
  const higher = state.plans.filter((plan) => current && plan.rank > current.rank);
  $('license-upgrade-plan').replaceChildren(...higher.map((plan) => option(plan.id, plan.name)));
  $('license-upgrade-form').hidden = higher.length === 0;
  $('license-highest').hidden = !held || higher.length > 0;
  const targets = users.filter((other) => !other.plan && other.id !== user.id);
  $('license-transfer-to').replaceChildren(...targets.map((other) => option(other.id, state.who(other))));
  $('license-transfer-form').hidden = targets.length === 0;
  $('license-no-target').hidden = !held || targets.length > 0;
}

/** After a change: the user's new plan here and in their row, the pool's counts, and what was done. */
async function changed(rows, message) {
  rows.forEach((row) => {
    if (row.id === state.user.id) state.user = { ...state.user, plan: row.plan };
  });
  state.onChange(rows);
  await show();
  status(message, true);
}

async function call(method, suffix, body) {
  status('', false);
  $('license-buy').hidden = true;
  $('license-login-again').hidden = true;
  return api(method, `/users/${encodeURIComponent(state.user.id)}/license${suffix}`, body);
}

$('license-assign-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const plan = $('license-plan').value;
  const modify = Boolean(state.user.plan);
  const result = await call('PUT', '', { plan });
  if (!result.ok) {
    refused(result);
    $('license-plan').focus();
    return;
  }
  await changed([result.data.user], fill(t(modify ? 'license.modified' : 'license.assigned'),
    { plan: name(plan), name: state.who(state.user) }));
  $('license-current').focus();
});

$('license-upgrade-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const plan = $('license-upgrade-plan').value;
  const result = await call('POST', '/upgrade', { plan });
  if (!result.ok) {
    refused(result);
    return;
  }
  const quote = result.data;
  state.quote = quote;
  const target = state.plans.find((p) => p.id === quote.plan);
  $('license-quote-amount').textContent = fill(t('license.quoteAmount'),
    { amount: money(quote.amount), plan: name(quote.plan), date: state.formatDay(quote.periodEnd) });
  $('license-quote-renewal').textContent = target
    ? fill(t('license.quoteRenewal'), { price: money(target.monthlyPrice), date: state.formatDay(quote.periodEnd) })
    : '';
  $('license-quote-expiry').textContent = fill(t('license.quoteExpires'), { time: state.formatDate(quote.expiresAt) });
  $('license-quote-block').hidden = false;
  $('license-quote-amount').focus();
});

$('license-pay').addEventListener('click', async () => {
  const { quote } = state;
  const pay = $('license-pay');
  pay.disabled = true;
  const result = await call('POST', '/upgrade', { quoteId: quote.quoteId });
  pay.disabled = false;
  if (!result.ok) {
    refused(result);
    // A quote that expired, was used or no longer fits cannot be paid: ask for a new one.
    $('license-quote-block').hidden = true;
    $('license-quote').focus();
    return;
  }
  await changed([{ id: state.user.id, plan: quote.plan }], fill(t('license.upgraded'),
    { plan: name(quote.plan), amount: money(result.data.total), name: state.who(state.user) }));
  $('license-current').focus();
});

$('license-transfer-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const toUserId = $('license-transfer-to').value;
  const target = $('license-transfer-to').selectedOptions[0].textContent;
  const plan = state.user.plan;
  const result = await call('POST', '/transfer', { toUserId });
  if (!result.ok) {
    refused(result);
    $('license-transfer-to').focus();
    return;
  }
  await changed([{ id: state.user.id, plan: null }, { id: toUserId, plan }],
    fill(t('license.transferred'), { plan: name(plan), name: target }));
  $('license-current').focus();
});

$('license-remove').addEventListener('click', () => {
  $('license-remove-question').textContent = fill(t('license.removeQuestion'),
    { plan: name(state.user.plan), name: state.who(state.user) });
  say($('license-remove-status'), '', false);
  openDialog($('license-remove-dialog'), $('license-remove-cancel'));
});

$('license-remove-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const plan = state.user.plan;
  const result = await call('DELETE', '');
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('license-remove-status'), errorMessage(result), false);
    return;
  }
  $('license-remove-dialog').close();
  await changed([result.data.user], fill(t('license.removed'), { plan: name(plan), name: state.who(state.user) }));
  $('license-current').focus();
});

/**
 * Sets the dialog up once: the catalogue, how dates read, how a person is named, and what to do when users'
 * plans change (`onChange([{id, plan}])`).
 */
export function setUpManageLicense(options) {
  Object.assign(state, options);
}

/**
 * Opens "Manage License" for `user` (a row of GET /api/users), as they are now: another administrator may
 * have changed their licence since the list was read.
 */
export async function openManageLicense(user) {
  const now = await api('GET', `/users/${encodeURIComponent(user.id)}`);
  state.user = now.ok ? now.data : user;
  if (state.user.plan !== user.plan) state.onChange([{ id: user.id, plan: state.user.plan }]);
  status('', false);
  $('license-buy').hidden = true;
  $('license-login-again').hidden = true;
  await show();
  openDialog($('license-dialog'), $('license-current'));
}
