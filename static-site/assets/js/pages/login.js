import { api, errorMessage } from '../api.js';
import { t, translatePage } from '../i18n.js';

translatePage();

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

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  submit.disabled = true;
  submit.textContent = t('login.sending');
  const result = await api('POST', '/login/request', {
    email: document.getElementById('email').value,
    captchaId: captchaId || '',
    captchaAnswer: document.getElementById('captcha-answer').value.trim(),
  });
  if (result.status === 202) {
    location.assign('/login/check-email');
    return;
  }
  submit.disabled = false;
  submit.textContent = t('login.submit');
  status.textContent = errorMessage(result);
  loadCaptcha();
});

loadCaptcha();
