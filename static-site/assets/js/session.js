// What every signed-in page shares (issue 13): who is signed in (GET /api/me), sending a signed-out
// visitor to the login page with the way back to this page, "Your session has ended" when a call finds the
// session gone while the page is open, and the language of the person's profile, which follows them from
// browser to browser (the language switcher saves its choice there).
import { SESSION_ENDED, api, goToTwoFactorSetup } from './api.js';
import { language, saveLanguageWith, setLanguage, t, translatePage } from './i18n.js';
import { loginFor } from './return-to.js';

/** Shows "Your session has ended" with "Log in" (back to this page afterwards) at the top of the page; once. */
function showSessionEnded() {
  if (document.getElementById('session-ended')) return;
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  const notice = document.createElement('section');
  notice.id = 'session-ended';
  notice.className = 'card notice';
  notice.setAttribute('role', 'alert');
  notice.setAttribute('aria-labelledby', 'session-ended-heading');
  const heading = document.createElement('h2');
  heading.id = 'session-ended-heading';
  heading.textContent = t('session.ended');
  const help = document.createElement('p');
  help.textContent = t('session.endedHelp');
  const link = document.createElement('a');
  link.id = 'session-login';
  link.className = 'button';
  link.href = loginFor();
  link.textContent = t('session.login');
  notice.append(heading, help, link);
  document.querySelector('main').prepend(notice);
  link.focus();
}

/** Shows the page in `lang`, the profile's language, at once (and in this browser from now on). */
export function useProfileLanguage(lang) {
  if (!lang || lang === language()) return;
  setLanguage(lang);
  translatePage();
}

/**
 * The signed-in person (GET /api/me), or null after sending them where they must go instead: the login
 * page without a session (which brings them back here), the setup page when their administrators require
 * 2FA and it is not on yet. (A number to prove after an administrator replaced it does not show in
 * /api/me: the first refused call sends them to the setup.) From then on, a call that finds the session
 * ended says so on the page.
 */
export async function signedIn() {
  const result = await api('GET', '/me');
  if (!result.ok) {
    location.replace(loginFor());
    return null;
  }
  if (result.data.twoFactorRequired && !result.data.twoFactorEnabled) {
    goToTwoFactorSetup();
    return null;
  }
  window.addEventListener(SESSION_ENDED, showSessionEnded);
  useProfileLanguage(result.data.language);
  saveLanguageWith(async (lang) => {
    await api('PUT', '/me', { language: lang });
  });
  return result.data;
}
