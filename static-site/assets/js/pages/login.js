import { api, errorMessage } from '../api.js';
import { fieldSays } from '../fields.js';
import { t, translatePage } from '../i18n.js';
import { rememberReturn, sameSitePath } from '../return-to.js';

translatePage();

// Sent here from a page that needs a session: say why, and go back there once signed in.
const next = sameSitePath(new URLSearchParams(location.search).get('next'));
document.getElementById('return-notice').hidden = !next;

const form = document.getElementById('login-form');
const image = document.getElementById('captcha-image');
const status = document.getElementById('status');
const submit = document.getElementById('submit');
let captchaId = null;

async function loadCaptcha() {
  const result = await api('GET', '/captcha');
  if (result.ok) {
    captchaId = result.data.id;
    image.src = result.data.image;
  } else {
    status.textContent = result.status === 429 ? errorMessage(result) : t('error.captcha_unavailable');
  }
}

document.getElementById('new-code').addEventListener('click', () => {
  document.getElementById('captcha-answer').value = '';
  loadCaptcha();
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Shows (or clears) a field's own error, tied to it for screen readers. */
function fieldError(input, message) {
  return fieldSays(input, document.getElementById(`${input.id.replace('-answer', '')}-error`), message);
}

/**
 * The format only (a plausible address, exactly six digits), checked before anything is sent: saying
 * so reveals nothing about the answer or the address, and a request that cannot succeed is not made.
 */
function wellFormed() {
  const email = document.getElementById('email');
  const answer = document.getElementById('captcha-answer');
  const emailOk = fieldError(email, EMAIL.test(email.value.trim()) ? '' : t('login.emailFormat'));
  const answerOk = fieldError(answer, /^[0-9]{6}$/.test(answer.value.trim()) ? '' : t('login.captchaFormat'));
  if (!emailOk) {
    email.focus();
  } else if (!answerOk) {
    answer.focus();
  }
  return emailOk && answerOk;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  if (!wellFormed()) {
    return;
  }
  submit.disabled = true;
  submit.textContent = t('login.sending');
  const result = await api('POST', '/login/request', {
    email: document.getElementById('email').value,
    captchaId: captchaId || '',
    captchaAnswer: document.getElementById('captcha-answer').value.trim(),
  });
  if (result.status === 202) {
    rememberReturn(next);
    location.assign('/login/check-email');
    return;
  }
  submit.disabled = false;
  submit.textContent = t('login.submit');
  status.textContent = errorMessage(result);
  loadCaptcha();
});

loadCaptcha();
