import { api, errorMessage } from '../api.js';
import { captchaField, EMAIL, fieldError } from '../captcha-field.js';
import { t, translatePage } from '../i18n.js';

translatePage();

const form = document.getElementById('signup-form');
const status = document.getElementById('status');
const submit = document.getElementById('submit');
const captcha = captchaField(status);
const email = document.getElementById('email');
const organization = document.getElementById('organization');
const quantity = document.getElementById('quantity');

/** The form's format (SPEC A2: quantity 1–1,000), checked before sending: it reveals nothing. */
function wellFormed() {
  const checks = [
    [email, EMAIL.test(email.value.trim()) ? '' : t('login.emailFormat')],
    [organization, organization.value.trim() ? '' : t('signup.organizationFormat')],
    [quantity, /^[0-9]{1,4}$/.test(quantity.value) && +quantity.value >= 1 && +quantity.value <= 1000
      ? '' : t('signup.quantityFormat')],
    [captcha.input, captcha.problem()],
  ];
  const failed = checks.filter(([input, message]) => !fieldError(input, message));
  if (failed.length) {
    failed[0][0].focus();
  }
  return failed.length === 0;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  if (!wellFormed()) {
    return;
  }
  submit.disabled = true;
  submit.textContent = t('login.sending');
  const result = await api('POST', '/signup/request', {
    email: email.value.trim(),
    organization: organization.value.trim(),
    plan: document.getElementById('plan').value,
    quantity: Number(quantity.value),
    captchaId: captcha.id(),
    captchaAnswer: captcha.answer(),
  });
  submit.disabled = false;
  submit.textContent = t('signup.submit');
  if (result.status === 202) {
    form.hidden = true;
    const sent = document.getElementById('sent');
    sent.hidden = false;
    sent.focus();
    return;
  }
  status.textContent = errorMessage(result);
  captcha.load();
});
