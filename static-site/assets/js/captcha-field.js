// The anti-robot image and the format checks that a public form (log in, buy licences) shares.
import { api, errorMessage } from './api.js';
import { fieldSays } from './fields.js';
import { t } from './i18n.js';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The captcha of a form: loads an image, replaces it on "New code", and knows the id and answer to send.
 * "Can't read the image?" swaps it for a proof of work the browser solves in a worker (SPEC X5): nothing
 * to read or hear, the same single use and limits on the server.
 */
export function captchaField(status) {
  const image = document.getElementById('captcha-image');
  const answer = document.getElementById('captcha-answer');
  const workStatus = document.getElementById('work-status');
  let id = null;
  let work = null;
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
  async function useWork() {
    document.getElementById('image-captcha').hidden = true;
    answer.required = false;
    workStatus.hidden = false;
    workStatus.textContent = t('captcha.working');
    work = { id: null, number: null };
    const result = await api('GET', '/captcha/work');
    if (!result.ok) {
      workStatus.textContent = result.status === 429 ? errorMessage(result) : t('error.captcha_unavailable');
      return;
    }
    const worker = new Worker(new URL('./work-worker.js', import.meta.url));
    worker.onmessage = ({ data }) => {
      if (data.number !== undefined) {
        work = { id: result.data.id, number: data.number };
        workStatus.textContent = t('captcha.workDone');
        worker.terminate();
      } else if (data.error) {
        workStatus.textContent = t('error.captcha_unavailable');
        worker.terminate();
      }
    };
    worker.postMessage(result.data);
  }
  document.getElementById('use-work').addEventListener('click', useWork);
  load();
  return {
    /** A new image, or a new calculation when the calculation is in use. */
    load: () => (work ? useWork() : load()),
    id: () => (work ? work.id : id) || '',
    answer: () => (work ? work.number || '' : answer.value.trim()),
    input: answer,
    /** The error to show at the captcha before sending, empty when it is ready. */
    problem: () => {
      if (work) {
        return work.number ? '' : t('captcha.workPending');
      }
      return /^[0-9]{6}$/.test(answer.value.trim()) ? '' : t('login.captchaFormat');
    },
  };
}

/** Shows (or clears) a field's own error, in the element named {id}-error, tied to it for screen readers. */
export function fieldError(input, message) {
  return fieldSays(input, document.getElementById(`${input.id.replace('-answer', '')}-error`), message);
}
