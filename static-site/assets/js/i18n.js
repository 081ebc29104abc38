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
    'login.newCodeLabel': 'New code: show another anti-robot image',
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
    'redeem.twoFactor': 'A code was sent to your mobile phone.',
    'tf.title': 'Enter the code sent by SMS',
    'tf.intro': 'We sent a 6-digit code by SMS to the mobile number of your account. It works for 5 minutes.',
    'tf.code': 'SMS code',
    'tf.verify': 'Verify',
    'tf.resend': 'Resend code',
    'tf.resent': 'A new code was sent. The previous one no longer works.',
    'tf.again': 'Log in again',
    'tf.attemptsLeft': 'attempts left.',
    'portal.account': 'My account',
    'account.title': 'My account',
    'account.overview': 'Overview of my account management options',
    'account.license': 'License details',
    'account.licenseType': 'License type',
    'account.licenseNone': 'None',
    'account.email': 'Email',
    'account.mobile': 'Mobile number',
    'account.mobileHint': 'With the country code, like +1 514 555 0123.',
    'account.enable2fa': 'Enable 2FA authentication',
    'account.twoFactorOn': 'Two-factor authentication is on: a code is sent by SMS at every login.',
    'account.confirmCode': 'Code sent to your mobile',
    'account.confirm': 'Confirm',
    'account.codeSent': 'We sent a code by SMS to this number. Enter it to turn on two-factor authentication.',
    'account.enabled': 'Two-factor authentication is on.',
    'account.disabled': 'Two-factor authentication is off.',
    'account.personal': 'Personal information',
    'account.firstName': 'First name',
    'account.lastName': 'Last name',
    'account.timeZone': 'Time zone',
    'account.dateCulture': 'Date format culture',
    'account.language': 'Language',
    'account.save': 'Save',
    'account.saved': 'Your changes were saved.',
    'account.security': 'Security',
    'account.sessions': 'Active sessions',
    'account.thisSession': '(this browser)',
    'account.since': 'signed in',
    'account.revokeOthers': 'Sign out other sessions',
    'account.revoked': 'Other sessions were signed out.',
    'account.back': 'Back to the portal',
    'error.invalid_mobile': 'Enter a mobile number with its country code, like +1 514 555 0123.',
    'error.code_invalid': 'This code is not right.',
    'error.code_expired': 'This code has expired. Ask for a new one.',
    'error.challenge_locked': 'Too many wrong codes. Please log in again.',
    'error.challenge_invalid': 'This verification is no longer valid. Please log in again.',
    'error.invalid_code': 'Enter the 6 digits of the code.',
    'error.resend_too_soon': 'Please wait 30 seconds before asking for a new code.',
    'error.resend_limit': 'No more codes can be sent for this login. Please log in again.',
    'error.sms_limit': 'Too many codes were sent to this number today. Try again tomorrow.',
    'error.reauthentication_required': 'For your security, log in again (your last login was more than 10 minutes ago) to turn off two-factor authentication.',
    'error.mobile_locked': 'Two-factor authentication is on: to use another number, tick “Enable 2FA authentication” with the new number and confirm the code sent to it.',
    'error.invalid_name': 'Names must be at most 100 characters.',
    'error.invalid_time_zone': 'Choose a time zone from the list.',
    'error.not_authenticated': 'Your session has ended. Please log in again.',
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
    'login.newCodeLabel': 'Nouveau code : afficher une autre image anti-robot',
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
    'redeem.twoFactor': 'Un code a été envoyé à votre téléphone mobile.',
    'tf.title': 'Entrez le code reçu par SMS',
    'tf.intro': 'Nous avons envoyé un code de 6 chiffres par SMS au numéro mobile de votre compte. Il est valide 5 minutes.',
    'tf.code': 'Code SMS',
    'tf.verify': 'Vérifier',
    'tf.resend': 'Renvoyer le code',
    'tf.resent': 'Un nouveau code a été envoyé. Le précédent ne fonctionne plus.',
    'tf.again': 'Se reconnecter',
    'tf.attemptsLeft': 'essais restants.',
    'portal.account': 'Mon compte',
    'account.title': 'Mon compte',
    'account.overview': 'Aperçu des options de gestion de mon compte',
    'account.license': 'Détails de la licence',
    'account.licenseType': 'Type de licence',
    'account.licenseNone': 'Aucune',
    'account.email': 'Courriel',
    'account.mobile': 'Numéro de mobile',
    'account.mobileHint': 'Avec l’indicatif du pays, comme +1 514 555 0123.',
    'account.enable2fa': 'Activer l’authentification 2FA',
    'account.twoFactorOn': 'L’authentification à deux facteurs est activée : un code est envoyé par SMS à chaque connexion.',
    'account.confirmCode': 'Code reçu sur votre mobile',
    'account.confirm': 'Confirmer',
    'account.codeSent': 'Nous avons envoyé un code par SMS à ce numéro. Entrez-le pour activer l’authentification à deux facteurs.',
    'account.enabled': 'L’authentification à deux facteurs est activée.',
    'account.disabled': 'L’authentification à deux facteurs est désactivée.',
    'account.personal': 'Informations personnelles',
    'account.firstName': 'Prénom',
    'account.lastName': 'Nom',
    'account.timeZone': 'Fuseau horaire',
    'account.dateCulture': 'Format des dates',
    'account.language': 'Langue',
    'account.save': 'Enregistrer',
    'account.saved': 'Vos modifications ont été enregistrées.',
    'account.security': 'Sécurité',
    'account.sessions': 'Sessions actives',
    'account.thisSession': '(ce navigateur)',
    'account.since': 'connecté le',
    'account.revokeOthers': 'Déconnecter les autres sessions',
    'account.revoked': 'Les autres sessions ont été déconnectées.',
    'account.back': 'Retour au portail',
    'error.invalid_mobile': 'Entrez un numéro de mobile avec l’indicatif du pays, comme +1 514 555 0123.',
    'error.code_invalid': 'Ce code n’est pas le bon.',
    'error.code_expired': 'Ce code a expiré. Demandez-en un nouveau.',
    'error.challenge_locked': 'Trop de codes erronés. Veuillez vous reconnecter.',
    'error.challenge_invalid': 'Cette vérification n’est plus valide. Veuillez vous reconnecter.',
    'error.invalid_code': 'Entrez les 6 chiffres du code.',
    'error.resend_too_soon': 'Patientez 30 secondes avant de demander un nouveau code.',
    'error.resend_limit': 'Aucun autre code ne peut être envoyé pour cette connexion. Veuillez vous reconnecter.',
    'error.sms_limit': 'Trop de codes ont été envoyés à ce numéro aujourd’hui. Réessayez demain.',
    'error.reauthentication_required': 'Par sécurité, reconnectez-vous (votre dernière connexion date de plus de 10 minutes) pour désactiver l’authentification à deux facteurs.',
    'error.mobile_locked': 'L’authentification à deux facteurs est activée : pour utiliser un autre numéro, cochez « Activer l’authentification 2FA » avec le nouveau numéro et confirmez le code reçu.',
    'error.invalid_name': 'Les noms doivent compter au plus 100 caractères.',
    'error.invalid_time_zone': 'Choisissez un fuseau horaire dans la liste.',
    'error.not_authenticated': 'Votre session a pris fin. Veuillez vous reconnecter.',
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
