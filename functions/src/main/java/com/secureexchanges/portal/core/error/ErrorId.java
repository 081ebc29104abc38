package com.secureexchanges.portal.core.error;

import com.secureexchanges.portal.core.model.Language;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of error ids the API answers (SPEC X2), each with its text in English and French.
 * The id is the constant's name in lower case; the API sends the text in the caller's language, so
 * the pages show it as it is. A text may name one argument as {@code {name}}.
 */
public enum ErrorId {
    INVALID_JSON("The request body must be a JSON object.", "Le corps de la requête doit être un objet JSON."),
    MISSING_FIELD("Please fill in every field ({field} is missing).",
            "Veuillez remplir tous les champs ({field} manque)."),
    INVALID_FIELD("The field {field} is not valid.", "Le champ {field} n’est pas valide."),
    INVALID_EMAIL("Enter a valid email address, like name@example.com.",
            "Entrez une adresse courriel valide, comme nom@exemple.com."),
    BODY_TOO_LARGE("The request is too large.", "La requête est trop volumineuse."),
    NOT_AUTHENTICATED("Your session has ended. Please log in again.",
            "Votre session a pris fin. Veuillez vous reconnecter."),
    FORBIDDEN("You do not have access to this. Ask an administrator of your organization.",
            "Vous n’avez pas accès à ceci. Adressez-vous à un administrateur de votre organisation."),
    CROSS_ORIGIN("This request must come from the portal’s own pages.",
            "Cette requête doit venir des pages du portail."),
    BROWSER_MISMATCH("Access denied. Error 2. Open the link in the same browser you used to request it.",
            "Accès refusé. Erreur 2. Ouvrez le lien dans le même navigateur que celui de la demande."),
    LINK_INVALID("This login link can no longer be used. Please log in again.",
            "Ce lien de connexion ne peut plus être utilisé. Veuillez vous reconnecter."),
    RATE_LIMITED("Too many attempts from this network. Please wait a few minutes and try again.",
            "Trop de tentatives depuis ce réseau. Patientez quelques minutes, puis réessayez."),
    RESEND_TOO_SOON("Please wait 30 seconds before asking for a new code.",
            "Patientez 30 secondes avant de demander un nouveau code."),
    RESEND_LIMIT("No more codes can be sent for this login. Please log in again.",
            "Aucun autre code ne peut être envoyé pour cette connexion. Veuillez vous reconnecter."),
    SMS_LIMIT("Too many codes were sent to this number today. Try again tomorrow.",
            "Trop de codes ont été envoyés à ce numéro aujourd’hui. Réessayez demain."),
    NOT_FOUND("Nothing was found at this address.", "Rien n’a été trouvé à cette adresse."),
    METHOD_NOT_ALLOWED("This method is not allowed here.", "Cette méthode n’est pas permise ici."),
    CODE_INVALID("This code is not right. Check the SMS and try again.",
            "Ce code n’est pas le bon. Vérifiez le SMS et réessayez."),
    CODE_EXPIRED("This code has expired. Ask for a new one.", "Ce code a expiré. Demandez-en un nouveau."),
    CHALLENGE_LOCKED("Too many wrong codes. Please start again.", "Trop de codes erronés. Veuillez recommencer."),
    CHALLENGE_INVALID("This verification is no longer valid. Please start again.",
            "Cette vérification n’est plus valide. Veuillez recommencer."),
    INVALID_CODE("Enter the 6 digits of the code.", "Entrez les 6 chiffres du code."),
    INVALID_LANGUAGE("Choose English or French.", "Choisissez le français ou l’anglais."),
    INVALID_MOBILE("Enter a mobile number with its country code, like +1 514 555 0123.",
            "Entrez un numéro de mobile avec l’indicatif du pays, comme +1 514 555 0123."),
    INVALID_TIME_ZONE("Choose a time zone from the list, like America/Toronto.",
            "Choisissez un fuseau horaire dans la liste, comme America/Toronto."),
    INVALID_DATE_CULTURE("Choose a date format from the list.", "Choisissez un format de date dans la liste."),
    INVALID_NAME("Names must be at most 100 characters, without control characters.",
            "Les noms comptent au plus 100 caractères, sans caractères de contrôle."),
    MOBILE_LOCKED("Two-factor authentication is on: to use another number, tick “Enable 2FA authentication” "
            + "with the new number and confirm the code sent to it.",
            "L’authentification à deux facteurs est activée : pour utiliser un autre numéro, cochez « Activer "
                    + "l’authentification 2FA » avec le nouveau numéro et confirmez le code reçu."),
    REAUTHENTICATION_REQUIRED("For your security, log in again (your last login was more than 10 minutes ago) "
            + "to do this.", "Par sécurité, reconnectez-vous (votre dernière connexion date de plus de 10 minutes) "
            + "pour faire ceci."),
    CONCURRENT_CHANGE("Someone changed this at the same moment. Reload the page and try again.",
            "Quelqu’un a modifié ceci au même moment. Rechargez la page et réessayez."),
    INVALID_CURSOR("This page of results is no longer valid. Start again from the first page.",
            "Cette page de résultats n’est plus valide. Recommencez à la première page."),
    INVALID_DATE("Enter dates as YYYY-MM-DD, the first one not after the second.",
            "Entrez les dates au format AAAA-MM-JJ, la première au plus tard le jour de la seconde."),
    EXPORT_TOO_LARGE("Too many events for one file. Choose a shorter period.",
            "Trop d’événements pour un seul fichier. Choisissez une période plus courte."),
    IMPORT_TOO_LARGE("The file is too large: at most 1 MB and 1,000 users. Split it into smaller files.",
            "Le fichier est trop volumineux : au plus 1 Mo et 1 000 utilisateurs. Divisez-le en fichiers plus petits."),
    INVALID_CSV("This file cannot be read as CSV. Save it as “CSV UTF-8 (comma delimited)” and try again.",
            "Ce fichier ne peut pas être lu comme un CSV. Enregistrez-le au format « CSV UTF-8 (délimité par des "
                    + "virgules) », puis réessayez."),
    INVALID_CSV_HEADER("The first line of the file must be exactly "
            + "email,first_name,last_name,mobile,language,time_zone,role,plan. Start from the template.",
            "La première ligne du fichier doit être exactement "
                    + "email,first_name,last_name,mobile,language,time_zone,role,plan. Partez du modèle."),
    IMPORT_EMPTY("The file has no users under its first line.",
            "Le fichier ne contient aucun utilisateur sous sa première ligne."),
    DUPLICATE_EMAIL("This address is already on row {row} of the file.",
            "Cette adresse figure déjà à la ligne {row} du fichier."),
    USER_DIFFERS("A user of your organization already has this address, with another value here: “{value}”. "
            + "Make the row match, or change the user in User Management.",
            "Un utilisateur de votre organisation a déjà cette adresse, avec une autre valeur ici : « {value} ». "
                    + "Faites correspondre la ligne, ou modifiez l’utilisateur dans la gestion des utilisateurs."),
    TOO_MANY_COLUMNS("This row has more columns than the first line. Put values that contain a comma between "
            + "double quotes.", "Cette ligne a plus de colonnes que la première. Mettez entre guillemets droits les "
            + "valeurs qui contiennent une virgule."),
    NO_LICENSE_AVAILABLE("No free license of this plan is available. Leave the plan empty, or buy licenses first.",
            "Aucune licence libre de ce forfait n’est disponible. Laissez le forfait vide, ou achetez d’abord des "
                    + "licences."),
    UNKNOWN_PLAN("There is no such plan. Choose one of the plans offered.",
            "Ce forfait n’existe pas. Choisissez l’un des forfaits offerts."),
    INVALID_QUANTITY("Enter a number of licenses from 1 to 1,000.",
            "Entrez un nombre de licences de 1 à 1 000."),
    DUPLICATE_PLAN("Each plan may appear on one line of the order only.",
            "Chaque forfait ne peut figurer que sur une ligne de la commande."),
    TOO_MANY_LICENSES("Your organization cannot hold more licenses of this plan.",
            "Votre organisation ne peut pas détenir plus de licences de ce forfait."),
    ORDER_LIMIT("Too many orders this hour. Try again later.",
            "Trop de commandes dans l’heure. Réessayez plus tard."),
    NOT_ENOUGH_FREE_LICENSES("Not enough free licenses of this plan: remove the licenses from users first.",
            "Pas assez de licences libres de ce forfait : retirez d’abord les licences des utilisateurs."),
    ALREADY_LICENSED("This user already has a license. Remove it first, or choose a user without one.",
            "Cet utilisateur a déjà une licence. Retirez-la d’abord, ou choisissez un utilisateur sans licence."),
    NOT_LICENSED("This user has no license.", "Cet utilisateur n’a pas de licence."),
    NOT_AN_UPGRADE("Choose a plan higher than the user’s current one.",
            "Choisissez un forfait supérieur au forfait actuel de l’utilisateur."),
    QUOTE_INVALID("This quote is not valid for this user. Ask for a new quote.",
            "Cette soumission n’est pas valide pour cet utilisateur. Demandez une nouvelle soumission."),
    QUOTE_EXPIRED("This quote has expired (a quote lasts 15 minutes). Ask for a new quote.",
            "Cette soumission a expiré (une soumission dure 15 minutes). Demandez une nouvelle soumission."),
    QUOTE_USED("This quote was already paid.", "Cette soumission a déjà été payée."),
    QUOTE_OUTDATED("The user’s license changed since this quote. Ask for a new quote.",
            "La licence de l’utilisateur a changé depuis cette soumission. Demandez une nouvelle soumission."),
    QUOTE_LIMIT("Too many quotes this hour. Try again later.",
            "Trop de soumissions dans l’heure. Réessayez plus tard."),
    EMAIL_TAKEN("This email address is already used by a user.", "Cette adresse courriel est déjà utilisée par un "
            + "utilisateur."),
    DOMAIN_NOT_APPROVED("The domain of this address is not approved for your organization. Approve it first, or use "
            + "a public mail address.", "Le domaine de cette adresse n’est pas approuvé pour votre organisation. "
            + "Approuvez-le d’abord, ou utilisez une adresse de messagerie publique."),
    LAST_ADMINISTRATOR("Make sure to always keep at least one active administrator on the account.",
            "Veillez à toujours garder au moins un administrateur actif dans le compte."),
    INVALID_ROLE("Choose Standard user or Administrator.", "Choisissez Utilisateur standard ou Administrateur."),
    INVALID_SORT("Sort by name or by email.", "Triez par nom ou par courriel."),
    TWO_FACTOR_SETUP_REQUIRED("Your administrator requires two-factor authentication: add your mobile number and "
            + "confirm the code sent to it to continue.", "Votre administrateur exige l’authentification à deux "
            + "facteurs : ajoutez votre numéro de mobile et confirmez le code reçu pour continuer."),
    TWO_FACTOR_REQUIRED("Your administrator requires two-factor authentication: it cannot be turned off.",
            "Votre administrateur exige l’authentification à deux facteurs : elle ne peut pas être désactivée."),
    MOBILE_SET_BY_ADMINISTRATOR("Confirm the mobile number on file with the code sent to it. To use another "
            + "number, ask an administrator of your organization to change it.", "Confirmez le numéro de mobile "
            + "enregistré avec le code qui lui est envoyé. Pour utiliser un autre numéro, demandez à un "
            + "administrateur de votre organisation de le changer."),
    ENROLMENT_LIMIT("Too many mobile numbers were tried today. Try again tomorrow.",
            "Trop de numéros de mobile ont été essayés aujourd’hui. Réessayez demain."),
    SMS_COUNTRY_NOT_ALLOWED("Codes cannot be sent to numbers of this country. Use a mobile number of another "
            + "country, or ask an administrator.", "Les codes ne peuvent pas être envoyés aux numéros de ce pays. "
            + "Utilisez un numéro de mobile d’un autre pays, ou adressez-vous à un administrateur."),
    UNSUPPORTED_MEDIA_TYPE("Send the request as JSON (Content-Type: application/json).",
            "Envoyez la requête en JSON (Content-Type : application/json)."),
    INVALID_DOMAIN("Enter a domain name, like example.com.", "Entrez un nom de domaine, comme exemple.com."),
    PUBLIC_DOMAIN("This is a public mail service or a public suffix: it cannot belong to one organization.",
            "C’est un service de messagerie public ou un suffixe public : il ne peut appartenir à une seule "
                    + "organisation."),
    DOMAIN_TAKEN("This domain is already approved by another organization.",
            "Ce domaine est déjà approuvé par une autre organisation."),
    TOO_MANY_DOMAINS("Your organization has reached the most domains it can have. Remove one first.",
            "Votre organisation a atteint le nombre maximal de domaines. Retirez-en un d’abord."),
    RECORD_NOT_FOUND("The TXT record was not found. Check its name and value, wait a few minutes for DNS to "
            + "update, then verify again.", "L’enregistrement TXT est introuvable. Vérifiez son nom et sa valeur, "
            + "attendez quelques minutes la mise à jour du DNS, puis vérifiez de nouveau."),
    VERIFY_LIMIT("Too many verifications this hour. Try again later.",
            "Trop de vérifications dans l’heure. Réessayez plus tard."),
    DNS_UNAVAILABLE("DNS did not answer. Try again in a minute.", "Le DNS n’a pas répondu. Réessayez dans une minute."),
    SERVICE_UNAVAILABLE("The service is busy. Nothing was changed: please try again in a moment.",
            "Le service est occupé. Rien n’a été modifié : veuillez réessayer dans un instant."),
    INTERNAL_ERROR("Something went wrong on our side. Please try again.",
            "Une erreur est survenue de notre côté. Veuillez réessayer.");

    private final String english;
    private final String french;

    ErrorId(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** The stable id, e.g. {@code link_invalid}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The text in {@code language}, with {@code {name}} replaced by its argument. */
    public String text(Language language, Map<String, String> arguments) {
        String text = language == Language.FR ? french : english;
        for (var argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", argument.getValue());
        }
        return text;
    }
}
