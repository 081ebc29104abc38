// Small helpers the administration pages share: texts with {placeholders}, status messages, handing a
// downloaded file to the browser, and the answers every administration call can get. The pages have an
// #admin part and a #no-access section.

/** `text` with each {name} replaced by values.name. */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, key) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

/** Writes a status message; `ok` shows it as a success rather than an error. */
export function say(element, text, ok) {
  element.classList.toggle('ok', ok);
  element.textContent = text;
}

/** Saves `blob` as a file named `filename`, as a download link would. Returns the name used. */
export function saveFile(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return link.download;
}

/** Shows "You do not have access" instead of the administration (a standard user, or one just demoted). */
export function noAccess() {
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  document.getElementById('admin').hidden = true;
  document.getElementById('no-access').hidden = false;
}

/**
 * Deals with the answers every call can get: no session any more (back to login) or no longer an
 * administrator. Returns whether it did, so the caller stops there.
 */
export function handledCommonFailure(result) {
  if (result.status === 401) {
    location.replace('/');
    return true;
  }
  if (result.status === 403 && result.data && result.data.error === 'forbidden') {
    noAccess();
    return true;
  }
  return false;
}
