import { api, errorMessage } from '../api.js';
import { t, translatePage } from '../i18n.js';

translatePage();

const ZONES = ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Montreal', 'America/Winnipeg',
  'America/Edmonton', 'America/Vancouver', 'America/New_York', 'America/Chicago', 'America/Denver',
  'America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Zurich', 'Africa/Casablanca',
  'Asia/Tokyo', 'Australia/Sydney', 'UTC'];

const form = document.getElementById('account-form');
const status = document.getElementById('status');
const $ = (id) => document.getElementById(id);
let me = null;

function say(text, ok) {
  status.classList.toggle('ok', ok);
  status.textContent = text;
}

function show(user) {
  me = user;
  $('license-type').textContent = user.licenseType || t('account.licenseNone');
  $('email').textContent = user.email;
  $('mobile').value = user.mobile || '';
  $('two-factor').checked = user.twoFactorEnabled;
  $('first-name').value = user.firstName;
  $('last-name').value = user.lastName;
  const zones = ZONES.includes(user.timeZone) ? ZONES : [user.timeZone, ...ZONES];
  $('time-zone').replaceChildren(...zones.map((zone) => new Option(zone, zone)));
  $('time-zone').value = user.timeZone;
  $('date-culture').value = user.dateCulture;
  $('language').value = user.language;
  form.hidden = false;
}

async function load() {
  const result = await api('GET', '/me');
  if (!result.ok) {
    location.replace('/');
    return;
  }
  show(result.data);
  loadSessions();
}

async function loadSessions() {
  const result = await api('GET', '/me/sessions');
  if (!result.ok) return;
  $('sessions').replaceChildren(...result.data.sessions.map((s) => {
    const item = document.createElement('li');
    item.textContent = `${s.browser} — ${t('account.since')} ${new Date(s.createdAt).toLocaleString()}`
      + (s.current ? ` ${t('account.thisSession')}` : '');
    return item;
  }));
}

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
});

$('confirm').addEventListener('click', async () => {
  const result = await api('POST', '/me/2fa/confirm', { code: $('confirm-code').value.trim() });
  if (result.ok) {
    $('confirm-block').hidden = true;
    $('confirm-code').value = '';
    show(result.data);
    say(t('account.enabled'), true);
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
});

load();
