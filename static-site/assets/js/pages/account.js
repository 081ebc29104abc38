import { api, errorMessage, signedIn } from '../api.js';
import { t, translatePage } from '../i18n.js';
import { dateFormatter, eventRow } from '../journal.js';
import { loadPlans, planName } from '../plans.js';
import { fillZones } from '../zones.js';

translatePage();

const form = document.getElementById('account-form');
const status = document.getElementById('status');
const $ = (id) => document.getElementById(id);
let me = null;
let formatDate = (iso) => new Date(iso).toLocaleString();
let plans = [];

function say(text, ok) {
  status.classList.toggle('ok', ok);
  status.textContent = text;
}

function show(user) {
  me = user;
  // License details (SPEC S3, P1): the plan, and when it renews (the end of the billing period).
  $('license-type').textContent = user.licenseType ? planName(plans, user.licenseType) : t('account.licenseNone');
  $('license-renews').textContent = user.licenseRenewsAt
    ? dateFormatter(user, { dateStyle: 'long' })(user.licenseRenewsAt) : '';
  $('license-renews').hidden = !user.licenseRenewsAt;
  $('license-renews-label').hidden = !user.licenseRenewsAt;
  $('email').textContent = user.email;
  $('mobile').value = user.mobile || '';
  $('two-factor').checked = user.twoFactorEnabled;
  // Required by the administrators (SPEC M2): the API refuses to turn it off, so the page does not offer it.
  $('two-factor').disabled = user.twoFactorRequired && user.twoFactorEnabled;
  $('two-factor-required').hidden = !user.twoFactorRequired;
  if (user.twoFactorRequired) {
    $('two-factor').setAttribute('aria-describedby', 'two-factor-required');
  } else {
    $('two-factor').removeAttribute('aria-describedby');
  }
  $('first-name').value = user.firstName;
  $('last-name').value = user.lastName;
  fillZones($('time-zone'), user.timeZone);
  $('date-culture').value = user.dateCulture;
  $('language').value = user.language;
  formatDate = dateFormatter(user);
  $('journal-zone').textContent = user.timeZone;
  form.hidden = false;
}

async function load() {
  const user = await signedIn();
  if (!user) return;
  if (user.licenseType) plans = await loadPlans();
  show(user);
  loadSessions();
  loadJournal(false);
}

async function loadSessions() {
  const result = await api('GET', '/me/sessions');
  if (!result.ok) return;
  $('sessions').replaceChildren(...result.data.sessions.map((s) => {
    const item = document.createElement('li');
    item.textContent = `${s.browser} — ${t('account.since')} ${formatDate(s.createdAt)}`
      + (s.current ? ` ${t('account.thisSession')}` : '');
    return item;
  }));
}

const journal = {
  rows: $('journal-rows'),
  more: $('journal-more'),
  status: $('journal-status'),
  cursor: null,
  count: 0,
  // A newer first-page load makes the answers of older loads (and of "Show more" on them) moot.
  generation: 0,
};

function journalSay(text, ok) {
  journal.status.classList.toggle('ok', ok);
  journal.status.textContent = text;
}

/** Shows the newest page of My journal, or (more) appends the next older page. */
async function loadJournal(more) {
  const generation = more ? journal.generation : ++journal.generation;
  journal.more.disabled = true;
  $('journal').setAttribute('aria-busy', 'true');
  const path = more ? `/me/events?cursor=${encodeURIComponent(journal.cursor)}` : '/me/events';
  const result = await api('GET', path);
  if (generation !== journal.generation) return;
  $('journal').removeAttribute('aria-busy');
  journal.more.disabled = false;
  $('journal-section').hidden = false;
  if (!result.ok) {
    journalSay(errorMessage(result), false);
    return;
  }
  const rows = result.data.events.map((event) => eventRow(event, me.id, formatDate));
  if (more) {
    journal.rows.append(...rows);
  } else {
    journal.rows.replaceChildren(...rows);
  }
  journal.count = (more ? journal.count : 0) + rows.length;
  journal.cursor = result.data.cursor;
  journal.more.hidden = !journal.cursor;
  $('journal-scroll').hidden = journal.count === 0;
  journalSay(journal.count === 0 ? t('journal.empty')
    : `${t('journal.shown')} ${journal.count}.${journal.cursor ? '' : ` ${t('journal.end')}`}`, true);
  if (more && !journal.cursor && rows.length) {
    // The button that had focus is gone: carry focus to the first of the rows it brought.
    rows[0].tabIndex = -1;
    rows[0].focus();
  }
}

journal.more.addEventListener('click', () => loadJournal(true));

/** The 2FA part of Save: turn it on (proving a new number) or off, when the form asks for a change. */
async function saveTwoFactor(wanted, mobile) {
  if (wanted && (!me.twoFactorEnabled || mobile !== me.mobile)) {
    const result = await api('POST', '/me/2fa', { enable: true, mobile });
    if (result.status === 202) {
      $('confirm-block').hidden = false;
      $('confirm-code').focus();
      return t('account.codeSent');
    }
    if (!result.ok) throw result;
    show(result.data);
    return t('account.enabled');
  }
  if (!wanted && me.twoFactorEnabled) {
    const result = await api('POST', '/me/2fa', { enable: false });
    if (!result.ok) throw result;
    show(result.data);
    return t('account.disabled');
  }
  return null;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  say('', false);
  // Read the form before anything re-renders it.
  const mobile = $('mobile').value.trim();
  const wanted = $('two-factor').checked;
  try {
    const profile = await api('PUT', '/me', {
      firstName: $('first-name').value,
      lastName: $('last-name').value,
      timeZone: $('time-zone').value,
      dateCulture: $('date-culture').value,
      language: $('language').value,
      // With 2FA on, a new number is proven through "Enable 2FA" below, not saved directly.
      mobile: me.twoFactorEnabled ? me.mobile : (mobile || null),
    });
    if (!profile.ok) throw profile;
    const languageChanged = profile.data.language !== me.language;
    show(profile.data);
    if (languageChanged) localStorage.setItem('portal.lang', profile.data.language);
    const twoFactor = await saveTwoFactor(wanted, mobile);
    say(twoFactor || t('account.saved'), true);
  } catch (failure) {
    say(errorMessage(failure), false);
  }
  loadSessions();
  loadJournal(false);
});

$('confirm').addEventListener('click', async () => {
  const result = await api('POST', '/me/2fa/confirm', { code: $('confirm-code').value.trim() });
  if (result.ok) {
    $('confirm-block').hidden = true;
    $('confirm-code').value = '';
    show(result.data);
    say(t('account.enabled'), true);
    loadJournal(false);
  } else {
    const extra = result.data && result.data.error === 'code_invalid'
      ? ` ${result.data.attemptsLeft} ${t('tf.attemptsLeft')}` : '';
    say(errorMessage(result) + extra, false);
  }
});

$('revoke-others').addEventListener('click', async () => {
  const result = await api('POST', '/me/sessions/revoke-others');
  $('security-status').textContent = result.ok ? t('account.revoked') : errorMessage(result);
  loadSessions();
  loadJournal(false);
});

load();
