// Plans and money (SPEC A3, P1), shared by "Management of licenses and Purchases", "Manage License" on User
// Management and My account: the catalogue as the API names it in the page's language, and amounts from
// integer cents in their currency, formatted for the page's language.
import { api } from './api.js';
import { language } from './i18n.js';

/** The catalogue (GET /api/plans), by rank; [] when it could not be read. */
export async function loadPlans() {
  const result = await api('GET', '/plans');
  if (!result.ok) return [];
  return [...result.data.plans].sort((a, b) => a.rank - b.rank);
}

/** The plan's name from the catalogue, or its id (a plan the account still holds but no longer sold). */
export function planName(plans, id) {
  const plan = plans.find((p) => p.id === id);
  return plan ? plan.name : id;
}

/** {amount, currency} in cents, as "CA$15.00" on an English page and "15,00 $CA" on a French one. */
export function money(value) {
  const format = new Intl.NumberFormat(language(), { style: 'currency', currency: value.currency });
  return format.format(value.amount / 100);
}

/** `count` × `value` (a unit price in cents), as money. */
export function times(value, count) {
  return { amount: value.amount * count, currency: value.currency };
}

