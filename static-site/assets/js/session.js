// What every signed-in page shares (issue 13): the header (the person's name, the sections they may use,
// "Log out"), who is signed in (GET /api/me), sending a signed-out
// visitor to the login page with the way back to this page, "Your session has ended" when a call finds the
// session gone while the page is open, and the language of the person's profile, which follows them from
// browser to browser (the language switcher saves its choice there).
import { SESSION_ENDED, api, goToTwoFactorSetup } from './api.js';
import { language, saveLanguageWith, setLanguage, t, translatePage } from './i18n.js';
import { loginFor } from './return-to.js';
import { isIn, sectionsFor } from './sections.js';
import { here, page } from './site.js';

function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => made.setAttribute(name, value));
  made.append(...children);
  return made;
}

/** "Ada Lovelace", or the address when the profile has no name. */
function displayName(me) {
  return `${me.firstName || ''} ${me.lastName || ''}`.trim() || me.email;
}

/** Shows `me`'s name (just changed on My account) in the header. */
export function showPersonName(me) {
  const name = document.getElementById('person-name');
  if (name) name.textContent = displayName(me);
}

/**
 * Fills the page's header (`header.topbar`) for `me`: the site's name leads to the portal's home, then the
 * sections they may use (this page's marked aria-current), their name and "Log out", before the language link.
 */
function showHeader(me) {
  const header = document.querySelector('header.topbar');
  if (!header || header.querySelector('nav')) return;
  const brand = header.querySelector('.brand');
  brand.replaceWith(element('a', { class: 'brand', href: page('/portal'), 'data-i18n': 'app.name' }, t('app.name')));
  const list = element('ul');
  sectionsFor(me).forEach((section) => {
    const link = element('a', { href: page(section.path), id: `nav-${section.id}`, 'data-i18n': section.nav }, t(section.nav));
    if (isIn(section, here())) link.setAttribute('aria-current', 'page');
    list.append(element('li', {}, link));
  });
  const nav = element('nav', { class: 'sections', 'aria-label': t('nav.label'), 'data-i18n-label': 'nav.label' }, list);
  const logout = element('button', { type: 'button', id: 'logout', class: 'secondary', 'data-i18n': 'portal.logout' },
    t('portal.logout'));
  logout.addEventListener('click', async () => {
    await api('POST', '/logout');
    location.replace(page('/'));
  });
  const person = element('div', { class: 'person' }, element('span', { id: 'person-name' }, displayName(me)), logout);
  header.querySelector('#lang-switch').before(nav, person);
}

/** Shows "Your session has ended" with "Log in" (back to this page afterwards) at the top of the page; once. */
function showSessionEnded() {
  if (document.getElementById('session-ended')) return;
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  const link = element('a', { id: 'session-login', class: 'button', href: loginFor() }, t('session.login'));
  document.querySelector('main').prepend(element('section',
    { id: 'session-ended', class: 'card notice', role: 'alert', 'aria-labelledby': 'session-ended-heading' },
    element('h2', { id: 'session-ended-heading' }, t('session.ended')),
    element('p', {}, t('session.endedHelp')),
    link));
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
  showHeader(result.data);
  useProfileLanguage(result.data.language);
  saveLanguageWith(async (lang) => {
    await api('PUT', '/me', { language: lang });
  });
  return result.data;
}
