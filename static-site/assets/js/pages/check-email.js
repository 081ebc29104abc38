import { translatePage } from '../i18n.js';

translatePage();
