// Every string the pages show, in English and French (SPEC X1). Pages mark text with data-i18n.
const STRINGS = {
  en: {
    'app.name': 'Secure Exchanges',
    'lang.switch': 'Français',
    'login.title': 'Log in to the online portal',
    'login.intro': 'Enter your email address and the anti-robot code shown. You will receive a login email.',
    'login.email': 'Email address',
    'login.captcha': 'Anti-robot code',
    'login.captchaHint': 'Type the 6 digits shown in the image.',
    'login.captchaAlt': 'Anti-robot code: six digits drawn in an image',
    'login.newCode': 'New code',
    'login.newCodeLabel': 'Show a new anti-robot code',
    'login.submit': 'Log in',
    'login.sending': 'Sending…',
    'check.title': 'Check your email',
    'check.body': 'If the address belongs to an account and the anti-robot code was right, a login email is on its way. It contains a link titled “Use Secure Exchanges online.”',
    'check.sameBrowser': 'Important: open the link in this same browser. Using a different browser will result in an access error.',
    'check.noEmail': 'The system does not confirm whether the captcha was successful. If no email arrives within a few minutes, check your spam or junk folder, then carefully complete the captcha again.',
    'check.again': 'Back to login',
    'redeem.progress': 'Access validation in progress…',
    'redeem.denied': 'Access denied. Error 2.',
    'redeem.deniedHelp': 'This occurs when the link is opened in a different browser than the one used to log in — for example, you submitted the request in Google Chrome but your email opened the link in Microsoft Edge. Open the link in the same browser used to complete the captcha.',
    'redeem.invalid': 'This login link can no longer be used.',
    'redeem.invalidHelp': 'It has already been used, it has expired (links work for 15 minutes), or a newer link was sent. Please log in again.',
    'redeem.again': 'Log in again',
    'portal.title': 'Online portal',
    'portal.signedInAs': 'Signed in as',
    'portal.logout': 'Log out',
    'error.invalid_email': 'Enter a valid email address, like name@example.com.',
    'error.missing_field': 'Please fill in every field.',
    'error.rate_limited': 'Too many attempts from this network. Please wait a few minutes and try again.',
    'error.captcha_unavailable': 'The anti-robot code could not be loaded. Please try again.',
    'error.generic': 'Something went wrong. Please try again.',
  },
  fr: {
    'app.name': 'Secure Exchanges',
    'lang.switch': 'English',
    'login.title': 'Se connecter au portail en ligne',
    'login.intro': 'Entrez votre adresse courriel et le code anti-robot affiché. Vous recevrez un courriel de connexion.',
    'login.email': 'Adresse courriel',
    'login.captcha': 'Code anti-robot',
    'login.captchaHint': 'Tapez les 6 chiffres de l’image.',
    'login.captchaAlt': 'Code anti-robot : six chiffres dessinés dans une image',
    'login.newCode': 'Nouveau code',
    'login.newCodeLabel': 'Afficher un nouveau code anti-robot',
    'login.submit': 'Se connecter',
    'login.sending': 'Envoi…',
    'check.title': 'Consultez vos courriels',
    'check.body': 'Si l’adresse appartient à un compte et que le code anti-robot était exact, un courriel de connexion est en route. Il contient un lien intitulé « Utiliser Secure Exchanges en ligne. »',
    'check.sameBrowser': 'Important : ouvrez le lien dans ce même navigateur. Un autre navigateur provoquera une erreur d’accès.',
    'check.noEmail': 'Le système ne confirme pas si le captcha était exact. Si aucun courriel n’arrive d’ici quelques minutes, vérifiez vos courriels indésirables, puis refaites soigneusement le captcha.',
    'check.again': 'Retour à la connexion',
    'redeem.progress': 'Validation de l’accès en cours…',
    'redeem.denied': 'Accès refusé. Erreur 2.',
    'redeem.deniedHelp': 'Cela se produit quand le lien est ouvert dans un autre navigateur que celui de la demande — par exemple, la demande a été faite dans Google Chrome mais le courriel a ouvert le lien dans Microsoft Edge. Ouvrez le lien dans le navigateur utilisé pour remplir le captcha.',
    'redeem.invalid': 'Ce lien de connexion ne peut plus être utilisé.',
    'redeem.invalidHelp': 'Il a déjà servi, il a expiré (les liens fonctionnent 15 minutes) ou un lien plus récent a été envoyé. Veuillez vous reconnecter.',
    'redeem.again': 'Se reconnecter',
    'portal.title': 'Portail en ligne',
    'portal.signedInAs': 'Connecté en tant que',
    'portal.logout': 'Se déconnecter',
    'error.invalid_email': 'Entrez une adresse courriel valide, comme nom@exemple.com.',
    'error.missing_field': 'Veuillez remplir tous les champs.',
    'error.rate_limited': 'Trop de tentatives depuis ce réseau. Patientez quelques minutes, puis réessayez.',
    'error.captcha_unavailable': 'Le code anti-robot n’a pas pu être chargé. Veuillez réessayer.',
    'error.generic': 'Une erreur est survenue. Veuillez réessayer.',
  },
};

const STORAGE_KEY = 'portal.lang';

export function language() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl && STRINGS[fromUrl]) {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && STRINGS[saved]) return saved;
  const browser = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return STRINGS[browser] ? browser : 'en';
}

export function t(key) {
  return STRINGS[language()][key] ?? STRINGS.en[key] ?? key;
}

/** Fills every [data-i18n] element and [data-i18n-alt]/[data-i18n-label] attribute, and wires the switcher. */
export function translatePage() {
  const lang = language();
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-alt]').forEach((el) => { el.alt = t(el.dataset.i18nAlt); });
  document.querySelectorAll('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  });
  const switcher = document.getElementById('lang-switch');
  if (switcher) {
    switcher.textContent = t('lang.switch');
    switcher.lang = lang === 'en' ? 'fr' : 'en';
    switcher.addEventListener('click', (event) => {
      event.preventDefault();
      localStorage.setItem(STORAGE_KEY, lang === 'en' ? 'fr' : 'en');
      location.reload();
    });
  }
}
