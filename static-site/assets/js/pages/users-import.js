// Import users (SPEC U2): download the template (a plain link), check a CSV file (a dry run: a verdict
// for each row and the totals, nothing changed), then import it and see what became of each row. The API
// decides everything; this page shows its answers.
import { $, fill, handledCommonFailure, say, signedInAdministrator } from '../admin.js';
import { apiUrl, errorMessage, upload } from '../api.js';
import { t, translatePage } from '../i18n.js';

translatePage();

/** The API's limit; a larger file is not even sent. */
const MAX_BYTES = 1048576;
const CSV = 'text/csv';
/** The file whose check is shown, while it can be imported. */
let checked = null;

function status(text, ok) {
  say($('status'), text, ok);
}

/** One row of the report: number, address, verdict and its problems ("first_name: Please fill in…"). */
function reportRow(row, dryRun) {
  const tr = document.createElement('tr');
  const number = document.createElement('th');
  number.scope = 'row';
  number.textContent = String(row.row);
  const email = document.createElement('td');
  email.textContent = row.email;
  const verdict = document.createElement('td');
  verdict.textContent = row.status === 'create' && !dryRun ? t('import.status.created')
    : t(`import.status.${row.status}`);
  if (row.status === 'error') verdict.className = 'failure';
  const problems = document.createElement('td');
  if (row.errors.length) {
    const list = document.createElement('ul');
    list.className = 'details problems';
    for (const error of row.errors) {
      const item = document.createElement('li');
      if (error.column) {
        const column = document.createElement('code');
        column.textContent = error.column;
        item.append(column, t('journal.colon'));
      }
      item.append(error.message);
      list.append(item);
    }
    problems.append(list);
  }
  tr.append(number, email, verdict, problems);
  return tr;
}

function fact(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = String(value);
  return [dt, dd];
}

/** Shows a report (of a check or of an import) and moves focus to its heading. */
function showReport(report, fileName) {
  const s = report.summary;
  $('report-heading').textContent = fill(t(report.dryRun ? 'import.checkTitle' : 'import.resultTitle'),
    { file: fileName });
  $('report-caption').textContent = fill(t('import.caption'), { file: fileName });
  $('summary').replaceChildren(
    ...fact(t(report.dryRun ? 'import.sum.create' : 'import.sum.created'), s.create),
    ...fact(t('import.sum.unchanged'), s.unchanged),
    ...fact(t('import.sum.error'), s.error),
    ...fact(t('import.sum.seatsNeeded'), s.seatsNeeded),
    ...fact(t('import.sum.seatsAvailable'), s.seatsAvailable),
  );
  $('report-rows').replaceChildren(...report.rows.map((row) => reportRow(row, report.dryRun)));
  $('report').hidden = false;
  $('report-heading').focus();
}

function forget() {
  checked = null;
  $('import').hidden = true;
  $('report').hidden = true;
}

$('file').addEventListener('change', () => {
  forget();
  status('', false);
  $('file').removeAttribute('aria-invalid');
});

function refuseFile(text) {
  status(text, false);
  $('file').setAttribute('aria-invalid', 'true');
  $('file').focus();
}

$('file-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  forget();
  const file = $('file').files[0];
  if (!file) {
    refuseFile(t('import.noFile'));
    return;
  }
  if (file.size > MAX_BYTES) {
    refuseFile(t('import.tooLarge'));
    return;
  }
  $('check').disabled = true;
  status(t('import.checking'), true);
  const result = await upload('/users/import?dryRun=true', file, CSV);
  $('check').disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) refuseFile(errorMessage(result));
    return;
  }
  $('file').removeAttribute('aria-invalid');
  const s = result.data.summary;
  const verdict = s.create > 0 ? fill(t('import.ready'), { count: s.create }) : t('import.nothingToImport');
  $('report-status').textContent = verdict;
  status(fill(t('import.checked'), { create: s.create, unchanged: s.unchanged, error: s.error }), true);
  if (s.create > 0) {
    checked = file;
    $('import').textContent = fill(t('import.importCount'), { count: s.create });
    $('import').hidden = false;
  }
  showReport(result.data, file.name);
});

$('import').addEventListener('click', async () => {
  if (!checked) return;
  const file = checked;
  const button = $('import');
  button.disabled = true;
  status(t('import.importing'), true);
  const result = await upload('/users/import?dryRun=false', file, CSV);
  button.disabled = false;
  if (!result.ok) {
    if (!handledCommonFailure(result)) status(errorMessage(result), false);
    return;
  }
  forget();
  const s = result.data.summary;
  $('report-status').textContent = fill(t('import.done'), { create: s.create, unchanged: s.unchanged,
    error: s.error });
  status(fill(t('import.done'), { create: s.create, unchanged: s.unchanged, error: s.error }), true);
  showReport(result.data, file.name);
});

async function load() {
  if (await signedInAdministrator()) {
    $('template').href = await apiUrl('/users/import/template');
  }
}

load();
