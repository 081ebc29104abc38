// A field's own error, next to it (issue 13, items 1 and 7): the text in its element, the field marked
// aria-invalid, the element named by the field's aria-describedby in the page, so screen readers read it.

/** Shows `message` in `error` for `input`, or clears both when it is empty; returns whether it was empty. */
export function fieldSays(input, error, message) {
  error.textContent = message || '';
  error.hidden = !message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
  } else {
    input.removeAttribute('aria-invalid');
  }
  return !message;
}
