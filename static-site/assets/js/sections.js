// The portal's sections (issue 13, item 8), in the order the header and the portal's home show them: each
// with its page, its short name (the header), its title and what it is for (the home), and who may use it.
// A new section (a Licences page, say) is one more entry here; the API refuses anyone else whatever the
// pages show.
export const SECTIONS = [
  { id: 'account', path: '/account', nav: 'nav.account', title: 'portal.account', about: 'portal.accountAbout' },
  {
    id: 'users', path: '/users', nav: 'nav.users', title: 'portal.users', about: 'portal.usersAbout',
    administrators: true,
  },
  {
    id: 'domains', path: '/domains', nav: 'nav.domains', title: 'portal.domains', about: 'portal.domainsAbout',
    administrators: true,
  },
  {
    id: 'licenses', path: '/licenses', nav: 'nav.licenses', title: 'portal.licenses', about: 'portal.licensesAbout',
    administrators: true,
  },
];

/** The sections `me` (GET /api/me) may use. */
export function sectionsFor(me) {
  return SECTIONS.filter((section) => !section.administrators || me.role === 'administrator');
}

/** Whether the page at `pathname` belongs to `section` (its page, or a page under it such as /users/import). */
export function isIn(section, pathname) {
  return pathname === section.path || pathname.startsWith(`${section.path}/`);
}
