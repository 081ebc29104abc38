// Dates and times as a person reads them (issue 13, item 6): their profile's date culture (en-CA 2026-11-22,
// en-US 11/22/2026, fr-FR 22/11/2026, …) in their profile's time zone, as the emails and SMS they get.
// Every page that shows an instant formats it here.

const NUMERIC = {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: '2-digit', second: '2-digit',
};

/**
 * A function from an ISO instant to its text for `user` ({dateCulture, timeZone}), in the shapes the date
 * culture's choices on My account show. An unknown zone or culture falls back to the browser's own, rather
 * than showing nothing. `style` is Intl.DateTimeFormat's, for another shape (a date alone: {dateStyle: 'long'}).
 */
export function dateFormatter(user, style = NUMERIC) {
  let format;
  try {
    format = new Intl.DateTimeFormat(user.dateCulture, { ...style, timeZone: user.timeZone });
  } catch {
    format = new Intl.DateTimeFormat(undefined, style);
  }
  return (iso) => format.format(new Date(iso));
}
