// Organizational domain management (SPEC U4): the account's domains for its administrators — add one,
// publish the TXT record its answer gives, verify it in DNS, remove one. The API decides everything;
// this page shows its answers, and what DNS held when the record was not found.
import {
  $, fill, handledCommonFailure, openDialog, rowButton, say, setUpDialogs, signedInAdministrator, textCell,
} from '../admin.js';
import { api, errorMessage } from '../api.js';
import { t, tOr, translatePage } from '../i18n.js';
import { dateFormatter } from '../dates.js';

translatePage();
setUpDialogs();

/** The account's domains as the API answered them, by name. */
const domains = new Map();
/** The name of the domain whose record is shown, if any. */
let shown = null;
let formatDate = dateFormatter({});

const FIELD_ERRORS = ['invalid_domain', 'public_domain', 'domain_taken'];

/** Runs `action` once at a time for `button`, which keeps its focus meanwhile (aria-disabled, not disabled). */
async function busyWhile(button, action) {
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true');
  try {
    await action();
  } finally {
    button.removeAttribute('aria-disabled');
  }
}

function path(name, suffix) {
  return `/domains/${encodeURIComponent(name)}${suffix || ''}`;
}

// ---------------------------------------------------------------------------------------------------
// The list

function domainRow(domain) {
  const row = document.createElement('tr');
  row.dataset.domain = domain.domain;
  const name = textCell('th', domain.domain);
  name.scope = 'row';
  const status = textCell('td', tOr(`domains.status.${domain.status}`, domain.status));
  status.className = domain.status;
  const verifiedAt = document.createElement('td');
  if (domain.verifiedAt) {
    const time = textCell('time', formatDate(domain.verifiedAt));
    time.dateTime = domain.verifiedAt;
    verifiedAt.append(time);
  } else {
    verifiedAt.textContent = t('domains.notVerified');
  }
  const actions = document.createElement('div');
  actions.className = 'row-actions';
  actions.append(rowButton('record', t('domains.record'), domain.domain),
    rowButton('remove', t('domains.remove'), domain.domain, 'danger'));
  const actionCell = document.createElement('td');
  actionCell.append(actions);
  row.append(name, status, verifiedAt, actionCell);
  return row;
}

function showList() {
  const sorted = [...domains.values()].sort((a, b) => a.domain.localeCompare(b.domain));
  $('domain-rows').replaceChildren(...sorted.map(domainRow));
  $('domains-scroll').hidden = sorted.length === 0;
  if (sorted.length === 0) say($('status'), t('domains.none'), true);
}

async function loadDomains() {
  const result = await api('GET', '/domains');
  if (!result.ok) {
    if (!handledCommonFailure(result)) say($('status'), errorMessage(result), false);
    return;
  }
  domains.clear();
  result.data.domains.forEach((domain) => domains.set(domain.domain, domain));
  showList();
}

// ---------------------------------------------------------------------------------------------------
// The TXT record to publish, and "Verify"

function showState(domain) {
  $('record-state').textContent = domain.status === 'verified'
    ? fill(t('domains.verifiedState'), { date: formatDate(domain.verifiedAt) })
    : t('domains.pendingState');
}

/** The values DNS held at the record's name (`values`), or nothing (null). */
function showSeen(values) {
  $('seen').hidden = !Array.isArray(values);
  if (!Array.isArray(values)) return;
  $('seen-intro').textContent = values.length ? t('domains.seen') : t('domains.seenNone');
  $('seen-values').replaceChildren(...values.map((value) => {
    const item = document.createElement('li');
    item.append(textCell('code', value));
    return item;
  }));
  $('seen-values').hidden = values.length === 0;
}

function showRecord(domain) {
  shown = domain.domain;
  $('record-heading').textContent = fill(t('domains.recordTitle'), { domain: domain.domain });
  showState(domain);
  $('record-name').textContent = domain.recordName;
  $('record-type').textContent = domain.recordType;
  $('record-value').textContent = domain.recordValue;
  const host = domain.recordName.slice(0, domain.recordName.length - domain.domain.length - 1);
  $('host-hint').textContent = fill(t('domains.hostHint'), { host });
  say($('copy-status'), '', false);
  say($('verify-status'), '', false);
  showSeen(null);
  $('record').hidden = false;
  $('record-heading').focus();
}

/** Copies the text of `source`; where the browser refuses, selects it for Ctrl+C. */
async function copy(source, copied) {
  try {
    await navigator.clipboard.writeText(source.textContent);
    say($('copy-status'), copied, true);
  } catch {
    window.getSelection().selectAllChildren(source);
    say($('copy-status'), t('domains.copyFailed'), false);
  }
}

$('copy-name').addEventListener('click', () => copy($('record-name'), t('domains.copiedName')));
$('copy-value').addEventListener('click', () => copy($('record-value'), t('domains.copiedValue')));

$('verify').addEventListener('click', () => busyWhile($('verify'), async () => {
  const name = shown;
  showSeen(null);
  say($('verify-status'), t('domains.verifying'), true);
  const result = await api('POST', path(name, '/verify'));
  if (name !== shown) return;
  if (!result.ok) {
    if (handledCommonFailure(result)) return;
    const data = result.data || {};
    const stays = data.error === 'record_not_found' && data.status === 'verified';
    say($('verify-status'), stays ? `${errorMessage(result)} ${t('domains.stillVerified')}` : errorMessage(result), false);
    // What DNS holds there, so a typo in the name or the value can be spotted; the record stays shown.
    showSeen(Array.isArray(data.seen) ? data.seen : null);
    return;
  }
  domains.set(name, result.data);
  showList();
  showState(result.data);
  say($('verify-status'), fill(t('domains.verifiedNow'), { domain: name }), true);
}));

// ---------------------------------------------------------------------------------------------------
// Add a domain

$('add-form').addEventListener('submit', (event) => {
  event.preventDefault();
  busyWhile($('add-submit'), async () => {
    const input = $('domain');
    say($('add-status'), '', false);
    const result = await api('POST', '/domains', { domain: input.value.trim() });
    if (!result.ok) {
      if (handledCommonFailure(result)) return;
      say($('add-status'), errorMessage(result), false);
      if (result.data && FIELD_ERRORS.includes(result.data.error)) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } else {
        input.removeAttribute('aria-invalid');
      }
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = '';
    const domain = result.data;
    domains.set(domain.domain, domain);
    showList();
    say($('add-status'), fill(t(result.status === 201 ? 'domains.added' : 'domains.alreadyAdded'),
      { domain: domain.domain }), true);
    showRecord(domain);
  });
});

// ---------------------------------------------------------------------------------------------------
// Remove

let removing = null;

function openRemove(domain) {
  removing = domain;
  $('remove-question').textContent = fill(t('domains.removeQuestion'), { domain: domain.domain });
  $('remove-verified').hidden = domain.status !== 'verified';
  say($('remove-status'), '', false);
  // The safe choice has focus first.
  openDialog($('remove-dialog'), $('remove-cancel'));
}

$('remove-form').addEventListener('submit', (event) => {
  event.preventDefault();
  busyWhile($('remove-submit'), async () => {
    const name = removing.domain;
    say($('remove-status'), '', false);
    const result = await api('DELETE', path(name));
    if (!result.ok) {
      if (!handledCommonFailure(result)) say($('remove-status'), errorMessage(result), false);
      return;
    }
    domains.delete(name);
    showList();
    if (shown === name) {
      shown = null;
      $('record').hidden = true;
    }
    $('remove-dialog').close();
    say($('status'), fill(t('domains.removed'), { domain: name }), true);
    // The row, and the button that opened the dialog, are gone.
    $('domains-heading').focus();
  });
});

$('domain-rows').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const domain = domains.get(button.closest('tr').dataset.domain);
  if (!domain) return;
  if (button.dataset.action === 'remove') {
    openRemove(domain);
  } else {
    say($('add-status'), '', false);
    showRecord(domain);
  }
});

async function load() {
  const me = await signedInAdministrator();
  if (!me) return;
  formatDate = dateFormatter(me);
  await loadDomains();
}

load();
