// "Resend code" and its countdown (issue 13, item 7), on the SMS sign-in page, the 2FA setup and My account.
// The server sends a new code 30 seconds after the last one at the earliest (SPEC M3) and refuses sooner
// requests itself; the button waits as long, and the hint under it counts down (not announced every second).
import { fill } from './admin.js';
import { t } from './i18n.js';

export const RESEND_AFTER_SECONDS = 30;

/** A countdown for `button`, told in `hint` (which the button's aria-describedby names). */
export function resendCountdown(button, hint) {
  let timer = null;
  // When the button may be used again; counted from the clock, as timers of a background tab run late.
  let until = 0;
  const tick = () => {
    const left = Math.ceil((until - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(timer);
      button.disabled = false;
      hint.textContent = t('tf.resendReady');
      return;
    }
    button.disabled = true;
    hint.textContent = fill(t('tf.resendIn'), { seconds: left });
  };
  return {
    /** Waits `seconds` (30 by default: a code was just sent) before the button can be used again. */
    start(seconds = RESEND_AFTER_SECONDS) {
      clearInterval(timer);
      until = Date.now() + seconds * 1000;
      tick();
      timer = setInterval(tick, 1000);
    },
    /** No more codes can be asked for (the attempt is over, or its SMS are used up). */
    stop() {
      clearInterval(timer);
      button.disabled = true;
      hint.textContent = '';
    },
  };
}
