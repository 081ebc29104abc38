import { api, errorMessage } from '../api.js';
import { captchaField, EMAIL, fieldError } from '../captcha-field.js';
import { t, translatePage } from '../i18n.js';
import { rememberReturn, sameSitePath } from '../return-to.js';
import { page } from '../site.js';

translatePage();

// Sent here from a page that needs a session: say why, and go back there once signed in.
const next = sameSitePath(new URLSearchParams(location.search).get('next'));
document.getElementById('return-notice').hidden = !next;

const form = document.getElementById('login-form');
const status = document.getElementById('status');
const submit = document.getElementById('submit');
const captcha = captchaField(status);

/**
 * The format only (a plausible address, exactly six digits), checked before anything is sent: saying
 * so reveals nothing about the answer or the address, and a request that cannot succeed is not made.
 */
function wellFormed() {
  const email = document.getElementById('email');
  const answer = captcha.input;
  const emailOk = fieldError(email, EMAIL.test(email.value.trim()) ? '' : t('login.emailFormat'));
  const answerOk = fieldError(answer, captcha.problem());
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
    captchaId: captcha.id(),
    captchaAnswer: captcha.answer(),
  });
  if (result.status === 202) {
    rememberReturn(next);
    location.assign(page('/login/check-email'));
    return;
  }
  submit.disabled = false;
  submit.textContent = t('login.submit');
  status.textContent = errorMessage(result);
  captcha.load();
});
