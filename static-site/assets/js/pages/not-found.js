// "Page not found" (issue 13, item 8): served with status 404 for any address that is no page of the site.
// The portal's home sends a signed-out visitor on to the login page.
import { translatePage } from '../i18n.js';

translatePage();
