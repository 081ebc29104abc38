import { api, errorMessage } from '../api.js';
import { t, translatePage } from '../i18n.js';
import { takeReturn } from '../return-to.js';

translatePage();

const form = document.getElementById('code-form');
const status = document.getElementById('status');
const again = document.getElementById('again');

function over() {
  document.getElementById('verify').disabled = true;
  document.getElementById('resend').disabled = true;
  again.hidden = false;
  again.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.classList.remove('ok');
  const result = await api('POST', '/2fa/verify', { code: document.getElementById('code').value.trim() });
  if (result.ok) {
    location.replace(takeReturn());
    return;
  }
  const id = result.data && result.data.error;
  status.textContent = errorMessage(result)
    + (id === 'code_invalid' ? ` ${result.data.attemptsLeft} ${t('tf.attemptsLeft')}` : '');
  if (result.status === 410) {
    over();
  } else {
    document.getElementById('code').select();
  }
});

document.getElementById('resend').addEventListener('click', async () => {
  const result = await api('POST', '/2fa/resend');
  status.classList.toggle('ok', result.ok);
  status.textContent = result.ok ? t('tf.resent') : errorMessage(result);
  if (result.status === 410 || (result.data && result.data.error === 'resend_limit')) {
    over();
  }
});
