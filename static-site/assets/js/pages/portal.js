import { api, signedIn } from '../api.js';
import { translatePage } from '../i18n.js';

translatePage();

const [me, account] = await Promise.all([signedIn(), api('GET', '/account')]);
if (me) {
  document.getElementById('user-email').textContent = me.email;
  if (account.ok && account.data.name) {
    document.getElementById('organization').textContent = account.data.name;
    document.getElementById('organization').hidden = false;
    document.getElementById('organization-label').hidden = false;
  }
  // Only administrators manage users, domains and licences (SPEC U5); the API refuses anyone else whatever the page shows.
  const administrator = me.role === 'administrator';
  document.getElementById('users-item').hidden = !administrator;
  document.getElementById('domains-item').hidden = !administrator;
  document.getElementById('licenses-item').hidden = !administrator;
  document.getElementById('account').hidden = false;
}

document.getElementById('logout').addEventListener('click', async () => {
  await api('POST', '/logout');
  location.replace('/');
});
