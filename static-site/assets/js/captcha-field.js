// The anti-robot image and the format checks that a public form (log in, buy licences) shares.
import { api, errorMessage } from './api.js';
import { t } from './i18n.js';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The captcha of a form: loads an image, replaces it on "New code", and knows the id to send. */
export function captchaField(status) {
  const image = document.getElementById('captcha-image');
  const answer = document.getElementById('captcha-answer');
  let id = null;
  async function load() {
    const result = await api('GET', '/captcha');
    if (result.ok) {
      id = result.data.id;
      image.src = result.data.image;
    } else {
      status.textContent = result.status === 429 ? errorMessage(result) : t('error.captcha_unavailable');
    }
  }
  document.getElementById('new-code').addEventListener('click', () => {
    answer.value = '';
    load();
  });
  load();
  return { load, id: () => id || '', answer: () => answer.value.trim(), input: answer };
}

/** Shows (or clears) a field's own error, in the element named {id}-error, tied to it for screen readers. */
export function fieldError(input, message) {
  const error = document.getElementById(`${input.id.replace('-answer', '')}-error`);
  error.textContent = message || '';
  error.hidden = !message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
  return !message;
}
