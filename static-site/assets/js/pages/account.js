import { api, errorMessage } from '../api.js';
import { showPersonName, signedIn, useProfileLanguage } from '../session.js';
import { t, translatePage } from '../i18n.js';
import { dateFormatter } from '../dates.js';
import { eventRow } from '../journal.js';
import { loadPlans, planName } from '../plans.js';
import { fillZones } from '../zones.js';
import { fill } from '../admin.js';
import { fieldSays } from '../fields.js';
import { resendCountdown } from '../resend.js';

translatePage();

const form = document.getElementById('account-form');
const status = document.getElementById('status');
const $ = (id) => document.getElementById(id);
let me = null;
// The number a confirmation code was sent to while 2FA waits for it (SPEC M1); null when nothing waits.
let pending = null;
const resend = resendCountdown($('resend'), $('resend-hint'));
// Refusals about the number (its format, its country, the day's codes…) are said at the number field.
const NUMBER_ERRORS = new Set(['invalid_mobile', 'mobile_locked', 'mobile_set_by_administrator',
  'sms_country_not_allowed', 'sms_limit', 'enrolment_limit', 'resend_too_soon']);
let formatDate = dateFormatter({});
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
  // A code waiting to be entered keeps the box ticked: that is what the person asked for.
  $('two-factor').checked = user.twoFactorEnabled || pending !== null;
  // Required by the administrators (SPEC M2): the API refuses to turn it off, so the page does not offer it.
  $('two-factor').disabled = user.twoFactorRequired && user.twoFactorEnabled;
  $('two-factor-required').hidden = !user.twoFactorRequired;
  const about = [user.twoFactorRequired ? 'two-factor-required' : '', pending ? 'two-factor-pending' : '']
    .filter(Boolean).join(' ');
  if (about) {
    $('two-factor').setAttribute('aria-describedby', about);
  } else {
    $('two-factor').removeAttribute('aria-describedby');
  }
  $('confirm-block').hidden = pending === null;
  if (pending) $('two-factor-pending').textContent = fill(t('account.pending'), { mobile: pending });
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

/** Sends a confirmation code to `mobile`: 2FA waits for it, next to the box. */
async function sendCode(mobile) {
  const result = await api('POST', '/me/2fa', { enable: true, mobile });
  if (result.status === 202) {
    pending = mobile;
    $('confirm-status').textContent = '';
    show(me);
    resend.start();
    $('confirm-code').value = '';
    fieldSays($('confirm-code'), $('confirm-error'), '');
    $('confirm-code').focus();
  }
  return result;
}

/**
 * The 2FA part of Save: turn it on (proving a new number) or off, when the form asks for a change. Resolves
 * to the message to show, or null when a code now waits (the box says so).
 */
async function saveTwoFactor(wanted, mobile) {
  if (wanted && (!me.twoFactorEnabled || mobile !== me.mobile)) {
    const result = await sendCode(mobile);
    if (result.status === 202) return null;
    if (!result.ok) throw result;
    show(result.data);
    return t('account.enabled');
  }
  pending = null;
  if (!wanted && me.twoFactorEnabled) {
    const result = await api('POST', '/me/2fa', { enable: false });
    if (!result.ok) throw result;
    show(result.data);
    return t('account.disabled');
  }
  show(me);
  return '';
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  say('', false);
  fieldSays($('mobile'), $('mobile-error'), '');
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
    // The page speaks the saved language at once; the profile carries it to the person's other browsers.
    useProfileLanguage(profile.data.language);
    show(profile.data);
    showPersonName(profile.data);
    const twoFactor = await saveTwoFactor(wanted, mobile);
    say(twoFactor || t('account.saved'), true);
  } catch (failure) {
    if (failure && failure.data && NUMBER_ERRORS.has(failure.data.error)) {
      fieldSays($('mobile'), $('mobile-error'), errorMessage(failure));
      $('mobile').focus();
    } else {
      say(errorMessage(failure), false);
    }
  }
  loadSessions();
  loadJournal(false);
});

async function confirmCode() {
  fieldSays($('confirm-code'), $('confirm-error'), '');
  say('', false);
  const result = await api('POST', '/me/2fa/confirm', { code: $('confirm-code').value.trim() });
  if (result.ok) {
    pending = null;
    resend.stop();
    $('confirm-code').value = '';
    show(result.data);
    say(t('account.enabled'), true);
    $('two-factor').focus();
    loadJournal(false);
  } else {
    const extra = result.data && result.data.error === 'code_invalid'
      ? ` ${result.data.attemptsLeft} ${t('tf.attemptsLeft')}` : '';
    fieldSays($('confirm-code'), $('confirm-error'), errorMessage(result) + extra);
    $('confirm-code').focus();
    $('confirm-code').select();
  }
}

$('confirm').addEventListener('click', confirmCode);
// Enter in the code field confirms the code; it must not submit the form (Save would send another code).
$('confirm-code').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    confirmCode();
  }
});

$('resend').addEventListener('click', async () => {
  fieldSays($('confirm-code'), $('confirm-error'), '');
  const result = await sendCode(pending);
  if (result.status === 202) {
    $('confirm-status').textContent = t('tf.resent');
  } else if (!result.ok) {
    fieldSays($('confirm-code'), $('confirm-error'), errorMessage(result));
  }
});

$('revoke-others').addEventListener('click', async () => {
  const result = await api('POST', '/me/sessions/revoke-others');
  $('security-status').textContent = result.ok ? t('account.revoked') : errorMessage(result);
  loadSessions();
  loadJournal(false);
});

load();
