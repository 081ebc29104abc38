// The SMS step of signing in (SPEC M3): the code field has focus and the page says which number (masked)
// the code went to; a wrong code is said at the field; "Resend code" counts down to when the server
// accepts it (30 s after the last SMS).
import { fill } from '../admin.js';
import { api, errorMessage } from '../api.js';
import { fieldSays } from '../fields.js';
import { t, translatePage } from '../i18n.js';
import { resendCountdown } from '../resend.js';
import { takeReturn } from '../return-to.js';
import { page } from '../site.js';

translatePage();

const form = document.getElementById('code-form');
const code = document.getElementById('code');
const codeError = document.getElementById('code-error');
const status = document.getElementById('status');
const again = document.getElementById('again');
const resend = resendCountdown(document.getElementById('resend'), document.getElementById('resend-hint'));

// The masked number the sign-in page was told (POST /api/login/redeem), for this tab only.
const sentTo = sessionStorage.getItem('portal.smsSentTo');
if (sentTo) {
  const intro = document.getElementById('sent-to');
  intro.removeAttribute('data-i18n');
  intro.textContent = fill(t('setup.sent'), { mobile: sentTo });
}

/** Shows (or clears) the error of the code field, tied to it for screen readers. */
function codeSays(message) {
  fieldSays(code, codeError, message);
}

function say(text, ok) {
  status.classList.toggle('ok', ok);
  status.textContent = text;
}

function over() {
  document.getElementById('verify').disabled = true;
  resend.stop();
  again.hidden = false;
  again.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  codeSays('');
  say('', false);
  const result = await api('POST', '/2fa/verify', { code: code.value.trim() });
  if (result.ok) {
    sessionStorage.removeItem('portal.smsSentTo');
    location.replace(page(takeReturn()));
    return;
  }
  const id = result.data && result.data.error;
  codeSays(errorMessage(result) + (id === 'code_invalid' ? ` ${result.data.attemptsLeft} ${t('tf.attemptsLeft')}` : ''));
  if (result.status === 410) {
    over();
  } else {
    code.focus();
    code.select();
  }
});

document.getElementById('resend').addEventListener('click', async () => {
  codeSays('');
  const result = await api('POST', '/2fa/resend');
  say(result.ok ? t('tf.resent') : errorMessage(result), result.ok);
  if (result.status === 410 || (result.data && result.data.error === 'resend_limit')) {
    over();
    return;
  }
  if (result.ok) resend.start();
  code.focus();
});

resend.start();
code.focus();
