// Setting up two-factor authentication after the sign-in link (SPEC M2): the person's administrators require
// it, or gave a number that must be proven, and the session reaches nothing else until a code sent to the
// number is confirmed. The number on file (when there is one, the only one the API accepts then) is filled
// in; every refusal is the server's text next to its field. Then on to where the person was going.
import { $, fill, say } from '../admin.js';
import { api, errorMessage } from '../api.js';
import { t, translatePage } from '../i18n.js';
import { resendCountdown } from '../resend.js';
import { sameSitePath } from '../return-to.js';
import { page } from '../site.js';

translatePage();

const PORTAL = '/portal';
const mobile = $('mobile');
const code = $('code');
// The number the last code went to: "Resend code" sends to it again.
let sentTo = null;
const resend = resendCountdown($('resend'), $('resend-hint'));

/** Where the person was going: a page of this site named by api.js or the sign-in when it sent them here. */
function destination() {
  return sameSitePath(new URLSearchParams(location.search).get('next')) || PORTAL;
}

function clear(input, status) {
  input.removeAttribute('aria-invalid');
  say(status, '', false);
}

/** The server's refusal, next to the field it is about; focus back in the field. */
function refuse(input, status, result, extra = '') {
  input.setAttribute('aria-invalid', 'true');
  say(status, errorMessage(result) + extra, false);
  input.focus();
  input.select();
}

/** Sends a code to `number`; resolves to the answer (202 when sent). */
async function send(number) {
  const result = await api('POST', '/me/2fa', { enable: true, mobile: number });
  if (result.status === 401) {
    location.replace(page('/'));
  } else if (result.status === 200) {
    // Nothing was due any more (2FA is on with a proven number).
    location.replace(page(destination()));
  }
  return result;
}

$('number-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear(mobile, $('mobile-status'));
  const number = mobile.value.trim();
  $('send').disabled = true;
  const result = await send(number);
  $('send').disabled = false;
  if (result.status !== 202) {
    if (!result.ok) refuse(mobile, $('mobile-status'), result);
    return;
  }
  sentTo = number;
  $('code-sent').textContent = fill(t('setup.sent'), { mobile: number });
  $('code-form').hidden = false;
  resend.start();
  code.value = '';
  clear(code, $('code-status'));
  code.focus();
});

$('resend').addEventListener('click', async () => {
  clear(code, $('code-status'));
  const result = await send(sentTo);
  if (result.status === 202) {
    say($('code-status'), t('tf.resent'), true);
    resend.start();
  } else if (!result.ok) {
    say($('code-status'), errorMessage(result), false);
  }
  code.focus();
});

$('code-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clear(code, $('code-status'));
  $('confirm').disabled = true;
  const result = await api('POST', '/me/2fa/confirm', { code: code.value.trim() });
  $('confirm').disabled = false;
  if (result.ok) {
    say($('code-status'), t('account.enabled'), true);
    location.replace(page(destination()));
  } else if (result.status === 401) {
    location.replace(page('/'));
  } else {
    const left = result.data && result.data.error === 'code_invalid'
      ? ` ${result.data.attemptsLeft} ${t('tf.attemptsLeft')}` : '';
    refuse(code, $('code-status'), result, left);
  }
});

$('logout').addEventListener('click', async (event) => {
  event.preventDefault();
  await api('POST', '/logout');
  location.replace(page('/'));
});

async function load() {
  const result = await api('GET', '/me');
  if (!result.ok) {
    location.replace(page('/'));
    return;
  }
  const me = result.data;
  if (me.twoFactorEnabled) {
    location.replace(page(destination()));
    return;
  }
  // Required by the administrators, or (not required) a number an administrator gave in place of the proven one.
  $('setup-intro').textContent = me.twoFactorRequired ? t('setup.required') : t('setup.changed');
  mobile.value = me.mobile || '';
  $('mobile-hint').textContent = me.mobile ? t('setup.onFile') : t('account.mobileHint');
  $('setup').hidden = false;
}

load();
