// Management of licenses and Purchases (SPEC A4, A5, P1): for administrators, the pool per plan and who holds
// each licence; a cart of plans and quantities, reviewed and paid (by invoice) as one order; free licences
// removed from the account; the purchase history. The API decides and prices everything; the page shows the
// catalogue's prices before paying, and the order as the API recorded it.
import {
  $, fill, handledCommonFailure, openDialog, rowButton, say, setUpDialogs, signedInAdministrator, textCell,
} from '../admin.js';
import { api, errorMessage } from '../api.js';
import { language, t, tOr, translatePage } from '../i18n.js';
import { dateFormatter } from '../dates.js';
import { loadPlans, money, planName, times } from '../plans.js';

translatePage();
setUpDialogs();
document.title = `${t('licenses.title')} — ${t('app.name')}`;

const MAX_QUANTITY = 1000;

let plans = [];
/** The pool as last answered: plan id → {plan, total, assigned, available}. */
const pool = new Map();
/**
 * The cart: plan id → quantity, in the order the lines were added (one line per plan, as an order takes).
 * Kept in this browser for the signed-in person, so that logging in again before paying loses nothing.
 */
const cart = new Map();
let cartKey = null;
let formatDate = (iso) => new Date(iso).toLocaleString();
let formatDay = (iso) => new Date(iso).toLocaleDateString();
/** The end of the running billing period, from the newest order, when it lies ahead. */
let periodEnd = null;

function name(planId) {
  return planName(plans, planId);
}

function price(planId) {
  const plan = plans.find((p) => p.id === planId);
  return plan ? plan.monthlyPrice : null;
}

/**
 * The whole number typed in a quantity field, or null with the reason in `error` (and the field marked) when
 * it is not one from 1 to `most`.
 */
function quantityOf(input, error, most) {
  const text = input.value.trim();
  const value = Number(text);
  let problem = '';
  if (input.validity.badInput || !/^\d+$/.test(text)) {
    problem = t('licenses.quantityWhole');
  } else if (value < 1 || value > most) {
    problem = fill(t('licenses.quantityRange'), { most: most.toLocaleString(language()) });
  }
  say(error, problem, false);
  if (problem) {
    input.setAttribute('aria-invalid', 'true');
    return null;
  }
  input.removeAttribute('aria-invalid');
  return value;
}

// ---------------------------------------------------------------------------------------------------
// The pool, and who holds each licence

function poolRow(row) {
  const tr = document.createElement('tr');
  tr.dataset.plan = row.plan;
  const plan = textCell('th', name(row.plan));
  plan.scope = 'row';
  const unit = price(row.plan);
  const actions = document.createElement('td');
  if (row.available > 0) {
    actions.append(rowButton('remove', t('licenses.removeFromAccount'), name(row.plan)));
  }
  tr.append(plan, textCell('td', unit ? money(unit) : ''), textCell('td', String(row.total)),
    textCell('td', String(row.assigned)), textCell('td', String(row.available)), actions);
  return tr;
}

function showPool(rows) {
  pool.clear();
  rows.forEach((row) => pool.set(row.plan, row));
  $('pool-rows').replaceChildren(...rows.map(poolRow));
}

function showHolders(licenses) {
  const held = licenses.filter((l) => l.holder)
    .sort((a, b) => a.holder.email.localeCompare(b.holder.email));
  $('holder-rows').replaceChildren(...held.map((l) => {
    const tr = document.createElement('tr');
    const user = textCell('th', l.holder.email);
    user.scope = 'row';
    tr.append(user, textCell('td', name(l.plan)));
    return tr;
  }));
  $('holders-scroll').hidden = held.length === 0;
  $('holders-none').hidden = held.length > 0;
}

async function loadPool() {
  const result = await api('GET', '/licenses');
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('pool-status'), errorMessage(result), false);
    return;
  }
  showPool(result.data.plans);
  showHolders(result.data.licenses);
}

// ---------------------------------------------------------------------------------------------------
// The cart

function cartTotal() {
  return [...cart].reduce((sum, [planId, quantity]) => {
    const line = times(price(planId), quantity);
    return { amount: sum.amount + line.amount, currency: line.currency };
  }, { amount: 0, currency: plans.length ? plans[0].monthlyPrice.currency : 'CAD' });
}

function cartRow(planId, quantity) {
  const tr = document.createElement('tr');
  tr.dataset.plan = planId;
  const plan = textCell('th', name(planId));
  plan.scope = 'row';
  const field = document.createElement('td');
  const id = `cart-quantity-${planId}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.className = 'visually-hidden';
  label.textContent = fill(t('licenses.quantityOf'), { plan: name(planId) });
  const input = document.createElement('input');
  Object.assign(input, { id, type: 'number', inputMode: 'numeric', min: 1, max: MAX_QUANTITY, step: 1,
    value: quantity, className: 'quantity' });
  const error = document.createElement('p');
  error.id = `${id}-error`;
  error.className = 'field-error';
  input.setAttribute('aria-describedby', error.id);
  field.append(label, input, error);
  const actions = document.createElement('td');
  actions.append(rowButton('remove-line', t('licenses.removeLine'), name(planId)));
  tr.append(plan, field, textCell('td', money(price(planId))), textCell('td', money(times(price(planId), quantity))),
    actions);
  return tr;
}

function saveCart() {
  if (!cartKey) return;
  if (cart.size) {
    localStorage.setItem(cartKey, JSON.stringify([...cart]));
  } else {
    localStorage.removeItem(cartKey);
  }
}

/** The cart kept for `me`, keeping only lines of plans still sold, with a quantity an order takes. */
function restoreCart(me) {
  cartKey = `portal.cart.${me.id}`;
  let kept = [];
  try {
    kept = JSON.parse(localStorage.getItem(cartKey) || '[]');
  } catch {
    kept = [];
  }
  (Array.isArray(kept) ? kept : []).forEach((line) => {
    const [planId, quantity] = Array.isArray(line) ? line : [];
    if (price(planId) && Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY) {
      cart.set(planId, quantity);
    }
  });
}

function showCart() {
  saveCart();
  $('cart-rows').replaceChildren(...[...cart].map(([planId, quantity]) => cartRow(planId, quantity)));
  $('cart-total').textContent = money(cartTotal());
  $('cart-block').hidden = cart.size === 0;
  $('cart-empty').hidden = cart.size > 0;
}

$('add-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const planId = $('plan').value;
  const already = cart.get(planId) || 0;
  const quantity = quantityOf($('quantity'), $('quantity-error'), MAX_QUANTITY - already);
  if (quantity === null) {
    if (already && $('quantity').validity.valid) {
      // The line for this plan already holds some: say how many more it can take.
      say($('quantity-error'), fill(t('licenses.quantityCart'), { count: already, plan: name(planId),
        most: (MAX_QUANTITY - already).toLocaleString(language()) }), false);
    }
    $('quantity').focus();
    return;
  }
  cart.set(planId, already + quantity);
  showCart();
  say($('cart-status'), fill(t('licenses.added'), { count: quantity, plan: name(planId) }), true);
});

$('cart-rows').addEventListener('change', (event) => {
  const input = event.target.closest('input.quantity');
  if (!input) return;
  const row = input.closest('tr');
  const quantity = quantityOf(input, $(`${input.id}-error`), MAX_QUANTITY);
  if (quantity === null) return;
  cart.set(row.dataset.plan, quantity);
  saveCart();
  row.cells[3].textContent = money(times(price(row.dataset.plan), quantity));
  $('cart-total').textContent = money(cartTotal());
});

$('cart-rows').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action="remove-line"]');
  if (!button) return;
  const planId = button.closest('tr').dataset.plan;
  cart.delete(planId);
  showCart();
  say($('cart-status'), fill(t('licenses.lineRemoved'), { plan: name(planId) }), true);
  // The button that had focus is gone.
  $('cart-heading').focus();
});

// ---------------------------------------------------------------------------------------------------
// Checkout: the review, then "Pay" (one order, paid by invoice)

function reviewRow(planId, quantity) {
  const tr = document.createElement('tr');
  const plan = textCell('th', name(planId));
  plan.scope = 'row';
  tr.append(plan, textCell('td', String(quantity)), textCell('td', money(price(planId))),
    textCell('td', money(times(price(planId), quantity))));
  return tr;
}

$('checkout').addEventListener('click', () => {
  const invalid = $('cart-rows').querySelector('input[aria-invalid="true"]');
  if (invalid) {
    say($('cart-status'), t('licenses.fixCart'), false);
    invalid.focus();
    return;
  }
  const total = cartTotal();
  $('review-rows').replaceChildren(...[...cart].map(([planId, quantity]) => reviewRow(planId, quantity)));
  $('review-total').textContent = money(total);
  $('review-currency').textContent = fill(t('licenses.currency'), { currency: total.currency });
  $('review-prorated').textContent = periodEnd
    ? fill(t('licenses.proratedUntil'), { date: formatDay(periodEnd), total: money(total) })
    : fill(t('licenses.prorated'), { total: money(total) });
  say($('checkout-status'), '', false);
  $('checkout-login-again').hidden = true;
  openDialog($('checkout-dialog'), $('pay'));
  showCharge();
});

/** The exact charge of today's order, asked of the server (nothing is recorded); the general text stays otherwise. */
async function showCharge() {
  const lines = [...cart].map(([plan, quantity]) => ({ plan, quantity }));
  const preview = await api('POST', '/orders', { lines, preview: true });
  if (preview.ok) {
    $('review-prorated').textContent = fill(t('licenses.chargeToday'), {
      charge: money(preview.data.total), date: formatDay(preview.data.periodEnd), total: money(preview.data.monthlyTotal),
    });
  }
}

$('checkout-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const pay = $('pay');
  pay.disabled = true;
  say($('checkout-status'), '', false);
  $('checkout-login-again').hidden = true;
  const lines = [...cart].map(([plan, quantity]) => ({ plan, quantity }));
  const result = await api('POST', '/orders', { lines });
  pay.disabled = false;
  if (!result.ok) {
    if (handledCommonFailure(result)) return;
    say($('checkout-status'), errorMessage(result), false);
    // Paying needs a login of the last 10 minutes; the cart waits in this browser meanwhile.
    $('checkout-login-again').hidden = !(result.data && result.data.error === 'reauthentication_required');
    return;
  }
  cart.clear();
  showCart();
  $('checkout-dialog').close();
  say($('cart-status'), fill(t('licenses.paid'), { total: money(result.data.total) }), true);
  $('pool-heading').focus();
  await Promise.all([loadPool(), loadOrders(false)]);
});

// ---------------------------------------------------------------------------------------------------
// Purchase history

const orders = { cursor: null, count: 0, generation: 0 };

function orderLines(order) {
  const lines = order.lines.map((line) => fill(t('licenses.line'), { count: line.quantity, plan: name(line.plan) }));
  const text = lines.join(', ');
  return order.kind === 'upgrade' ? fill(t('licenses.upgradeLine'), { lines: text }) : text;
}

function orderRow(order) {
  const tr = document.createElement('tr');
  tr.dataset.id = order.id;
  const when = document.createElement('th');
  when.scope = 'row';
  const time = textCell('time', formatDate(order.createdAt));
  time.dateTime = order.createdAt;
  when.append(time);
  tr.append(when, textCell('td', orderLines(order)), textCell('td', money(order.total)),
    textCell('td', tOr(`licenses.status.${order.status}`, order.status)));
  return tr;
}

async function loadOrders(more) {
  const generation = more ? orders.generation : ++orders.generation;
  const path = more ? `/orders?cursor=${encodeURIComponent(orders.cursor)}` : '/orders';
  $('orders-more').disabled = true;
  const result = await api('GET', path);
  if (generation !== orders.generation) return;
  $('orders-more').disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('orders-status'), errorMessage(result), false);
    return;
  }
  const rows = result.data.orders.map(orderRow);
  if (more) {
    $('order-rows').append(...rows);
  } else {
    $('order-rows').replaceChildren(...rows);
    const newest = result.data.orders[0];
    periodEnd = newest && Date.parse(newest.periodEnd) > Date.now() ? newest.periodEnd : null;
  }
  orders.count = (more ? orders.count : 0) + rows.length;
  orders.cursor = result.data.cursor || null;
  $('orders-more').hidden = !orders.cursor;
  $('orders-scroll').hidden = orders.count === 0;
  $('orders-none').hidden = orders.count > 0;
  if (more && !orders.cursor && rows.length) {
    rows[0].tabIndex = -1;
    rows[0].focus();
  }
}

$('orders-more').addEventListener('click', () => loadOrders(true));

// ---------------------------------------------------------------------------------------------------
// Remove from account: free licences of a plan

let removing = null;

/** The question of "Remove from account" for the plan's row of the pool as last read. */
function askRemoval(planId) {
  removing = pool.get(planId);
  $('remove-question').textContent = fill(t('licenses.removeQuestion'),
    { plan: name(removing.plan), count: removing.available });
  $('remove-quantity').max = removing.available;
}

$('pool-rows').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action="remove"]');
  if (!button) return;
  askRemoval(button.closest('tr').dataset.plan);
  $('remove-quantity').value = '';
  $('remove-quantity').removeAttribute('aria-invalid');
  say($('remove-error'), '', false);
  say($('remove-status'), '', false);
  openDialog($('remove-dialog'), $('remove-quantity'));
});

$('remove-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const quantity = quantityOf($('remove-quantity'), $('remove-error'), removing.available);
  if (quantity === null) {
    $('remove-quantity').focus();
    return;
  }
  const submit = $('remove-submit');
  submit.disabled = true;
  const result = await api('POST', '/licenses/remove', { plan: removing.plan, quantity });
  submit.disabled = false;
  if (!result.ok) {
    if (handledCommonFailure(result)) return;
    if (result.data && ['not_enough_free_licenses', 'invalid_quantity'].includes(result.data.error)) {
      // By the field: how many are free changed since the page was read.
      say($('remove-error'), errorMessage(result), false);
      $('remove-quantity').setAttribute('aria-invalid', 'true');
      $('remove-quantity').focus();
      await loadPool();
      if (pool.has(removing.plan)) askRemoval(removing.plan);
    } else {
      say($('remove-status'), errorMessage(result), false);
    }
    return;
  }
  showPool(result.data.plans);
  $('remove-dialog').close();
  say($('pool-status'), fill(t('licenses.removed'), { count: quantity, plan: name(removing.plan) }), true);
  $('pool-heading').focus();
});

// ---------------------------------------------------------------------------------------------------

async function load() {
  const me = await signedInAdministrator();
  if (!me) return;
  formatDate = dateFormatter(me);
  formatDay = dateFormatter(me, { dateStyle: 'long' });
  plans = await loadPlans();
  restoreCart(me);
  $('plan').replaceChildren(...plans.map((plan) => {
    const option = document.createElement('option');
    option.value = plan.id;
    option.textContent = fill(t('licenses.planOption'), { plan: plan.name, price: money(plan.monthlyPrice) });
    return option;
  }));
  showCart();
  await Promise.all([loadPool(), loadOrders(false)]);
}

load();
