// The portal's home (issue 13, item 8): who is signed in, in which organization, and the sections they may
// use, each with what it is for (the list is sections.js, shared with the header).
import { api } from '../api.js';
import { translatePage } from '../i18n.js';
import { sectionsFor } from '../sections.js';
import { signedIn } from '../session.js';
import { page } from '../site.js';

translatePage();

/** A section as a card: its title, a link to its page, and what it is for. */
function card(section) {
  const link = document.createElement('a');
  link.id = `${section.id}-link`;
  link.href = page(section.path);
  link.dataset.i18n = section.title;
  const heading = document.createElement('h3');
  heading.append(link);
  const about = document.createElement('p');
  about.dataset.i18n = section.about;
  const item = document.createElement('li');
  item.className = 'card';
  item.append(heading, about);
  return item;
}

const [me, account] = await Promise.all([signedIn(), api('GET', '/account')]);
if (me) {
  document.getElementById('user-email').textContent = me.email;
  if (account.ok && account.data.name) {
    document.getElementById('organization').textContent = account.data.name;
    document.getElementById('organization').hidden = false;
    document.getElementById('organization-label').hidden = false;
  }
  document.getElementById('sections').replaceChildren(...sectionsFor(me).map(card));
  translatePage();
  document.getElementById('account').hidden = false;
}
