import { api } from '../api.js';
import { t, translatePage } from '../i18n.js';
import { takeReturn } from '../return-to.js';
import { page } from '../site.js';

translatePage();

// The token travels in the fragment, which browsers never send to a server; drop it from the
// address bar and history at once. Only this explicit POST uses it: a GET of this page changes nothing.
const token = new URLSearchParams(location.hash.slice(1)).get('t') || '';
history.replaceState(null, '', location.pathname);

/** Shows the outcome; the heading says it too, not "in progress" any more (issue 13, item 4). */
function show(id) {
  const heading = document.getElementById('heading');
  heading.textContent = t(`redeem.${id}Heading`);
  heading.removeAttribute('data-i18n');
  heading.dataset.i18n = `redeem.${id}Heading`;
  document.getElementById(id).hidden = false;
  document.getElementById('again').hidden = false;
  document.getElementById('again').focus();
}

const result = await api('POST', '/login/redeem', { token });
if (result.ok && result.data && result.data.next === 'portal') {
  location.replace(page(takeReturn()));
} else if (result.ok && result.data && result.data.next === '2fa') {
  // The SMS page says where the code went (a masked number), in this tab.
  if (result.data.sentTo) sessionStorage.setItem('portal.smsSentTo', result.data.sentTo);
  location.replace(page('/login/two-factor'));
} else if (result.ok && result.data && result.data.next === '2fa-setup') {
  // Administrators require 2FA (or a number they gave must be proven): the session reaches only the setup.
  const next = takeReturn(null);
  location.replace(page(`/login/two-factor-setup${next ? `?${new URLSearchParams({ next })}` : ''}`));
} else if (result.status === 403 && result.data && result.data.code === 2) {
  show('denied');
} else {
  show('invalid');
}
