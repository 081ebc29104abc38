// The time zones and date cultures the profile forms offer (My account, User Management). The API
// accepts any IANA zone; a user's zone that is not in the list is offered too, so it is never lost.
export const ZONES = ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Montreal', 'America/Winnipeg',
  'America/Edmonton', 'America/Vancouver', 'America/New_York', 'America/Chicago', 'America/Denver',
  'America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Europe/Brussels', 'Europe/Zurich', 'Africa/Casablanca',
  'Asia/Tokyo', 'Australia/Sydney', 'UTC'];

/** Fills a <select> with the zones (and `current` when it is not one of them), and selects `current`. */
export function fillZones(select, current) {
  const zones = !current || ZONES.includes(current) ? ZONES : [current, ...ZONES];
  select.replaceChildren(...zones.map((zone) => new Option(zone, zone)));
  if (current) select.value = current;
}
