import { api } from '../api.js';
import { translatePage } from '../i18n.js';

translatePage();

const [me, account] = await Promise.all([api('GET', '/me'), api('GET', '/account')]);
if (!me.ok) {
  location.replace('/');
} else {
  document.getElementById('user-email').textContent = me.data.email;
  if (account.ok && account.data.name) {
    document.getElementById('organization').textContent = account.data.name;
    document.getElementById('organization').hidden = false;
    document.getElementById('organization-label').hidden = false;
  }
  // Only administrators manage users (SPEC U5); the API refuses anyone else whatever the page shows.
  document.getElementById('users-item').hidden = me.data.role !== 'administrator';
  document.getElementById('account').hidden = false;
}

document.getElementById('logout').addEventListener('click', async () => {
  await api('POST', '/logout');
  location.replace('/');
});
