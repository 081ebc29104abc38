import { api, errorMessage } from '../api.js';
import { language, t, translatePage } from '../i18n.js';
import { page } from '../site.js';

translatePage();

// As on the sign-in landing page: the token came in the fragment; drop it from the address bar and
// history, keep it in memory for the two POSTs (review, then confirm). A GET of this page changes nothing.
const token = new URLSearchParams(location.hash.slice(1)).get('t') || '';
history.replaceState(null, '', location.pathname);
const heading = document.getElementById('heading');

function show(id, headingKey) {
  heading.textContent = t(headingKey);
  heading.dataset.i18n = headingKey;
  document.getElementById(id).hidden = false;
  heading.focus();
}

function refused(result) {
  if (result.status === 403 && result.data && result.data.code === 2) {
    show('denied', 'signupConfirm.deniedHeading');
  } else {
    show('invalid', 'signupConfirm.invalidHeading');
  }
  document.getElementById('again').hidden = false;
}

function money({ amount, currency }) {
  return new Intl.NumberFormat(language() === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency })
    .format(amount / 100);
}

const review = await api('POST', '/signup/confirm', { token });
if (review.ok) {
  document.getElementById('organization').textContent = review.data.organization;
  document.getElementById('plan').textContent = t(`plan.${review.data.plan}`);
  document.getElementById('quantity').textContent = String(review.data.quantity);
  document.getElementById('monthly').textContent = money(review.data.monthlyTotal);
  show('review', 'signupConfirm.reviewHeading');
} else {
  refused(review);
}

document.getElementById('confirm').addEventListener('click', async () => {
  const button = document.getElementById('confirm');
  button.disabled = true;
  const result = await api('POST', '/signup/confirm', { token, confirm: true });
  if (result.status === 201) {
    location.replace(page('/portal'));
    return;
  }
  button.disabled = false;
  if (result.status === 403 || result.status === 410) {
    document.getElementById('review').hidden = true;
    refused(result);
    return;
  }
  document.getElementById('status').textContent = errorMessage(result);
});
