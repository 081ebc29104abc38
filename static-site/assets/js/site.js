// Where the site is published (issue 13, item 12): at the root behind CloudFront and locally, but under
// '/<stage>' when API Gateway serves it (the variant for emulators, -c cloudfront=false), whose addresses all
// start with the stage. Read from this module's own address, …/assets/<hash>/js/site.js, so no page needs to
// be told. Pages name each other by their path on the site ('/portal'): page() makes the address to open,
// here() reads the current page's path back.
const own = new URL(import.meta.url).pathname;

/** '' at the root; '/<stage>' under API Gateway's stage. */
export const BASE = own.slice(0, own.lastIndexOf('/assets/'));

/** The address of the site's page `path`, such as '/portal' or '/?next=%2Fusers'. */
export function page(path) {
  return BASE + path;
}

/** The current page's path on the site: '/users' for '/<stage>/users'. */
export function here() {
  const path = location.pathname;
  return BASE && path.startsWith(`${BASE}/`) ? path.slice(BASE.length) : path;
}
