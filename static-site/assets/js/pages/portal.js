import { api } from '../api.js';
import { translatePage } from '../i18n.js';

translatePage();

const me = await api('GET', '/me');
if (!me.ok) {
  location.replace('/');
} else {
  document.getElementById('user-email').textContent = me.data.email;
  document.getElementById('account').hidden = false;
}

document.getElementById('logout').addEventListener('click', async () => {
  await api('POST', '/logout');
  location.replace('/');
});
