// Every user's jobs: filters, live state and progress (reloaded every few seconds), the
// detail of one, cancel a pending or running job, retry a failed one.
import { get, post } from '../api.js';
import { confirmDialog, infoDialog, notify } from '../dialogs.js';
import { fill, h, table } from '../dom.js';
import { number, t, time } from '../i18n.js';
import { empty, every, jobError, jobKinds, kindName, pageHeader, progress, stateBadge, userText } from '../page.js';

const STATES = ['pending', 'processing', 'completed', 'failed'];
const PAGE_SIZE = 20;

// kept while the console is open, so coming back to the page finds the same filters
const filters = { state: '', kind: '', owner: '', page: 1 };

function query() {
  const params = new URLSearchParams({ page: filters.page, size: PAGE_SIZE });
  for (const name of ['state', 'kind', 'owner']) {
    if (filters[name]) {
      params.set(name, filters[name]);
    }
  }
  return `/api/admin/jobs?${params}`;
}

function select(name, label, options) {
  return h('label', { class: 'field inline' }, h('span', { class: 'label' }, label),
    h('select', { name, id: `filter-${name}` },
      h('option', { value: '' }, t('jobs.any')),
      options.map(([value, text]) => h('option', { value, selected: filters[name] === value }, text))));
}

function filterForm(reload, kinds) {
  const form = h('form', { class: 'filters', id: 'job-filters', 'aria-label': t('jobs.filters') },
    select('state', t('jobs.state'), STATES.map((s) => [s, t(`state.${s}`)])),
    select('kind', t('jobs.kind'), kinds.map((k) => [k.kind, k.name])),
    h('label', { class: 'field inline' }, h('span', { class: 'label' }, t('jobs.owner')),
      h('input', { name: 'owner', id: 'filter-owner', value: filters.owner, dir: 'auto', autocomplete: 'off' })),
    h('button', { type: 'submit' }, t('jobs.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters.state = form.state.value;
    filters.kind = form.kind.value;
    filters.owner = form.owner.value.trim();
    filters.page = 1;
    reload();
  });
  return form;
}

async function act(verb, job, reload) {
  if (verb === 'cancel' && !await confirmDialog(t('jobs.cancelConfirm', number(job.id)), t('jobs.cancel'))) {
    return;
  }
  try {
    await post(`/api/admin/jobs/${job.id}/${verb}`);
    notify(t(verb === 'cancel' ? 'jobs.cancelled' : 'jobs.retried', number(job.id)));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

function term(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

/** One execution's pass through the resumable step: a resumed job's second run starts where the first stopped. */
function run(r) {
  const did = r.processed === null ? t('jobs.runUnfinished') : number(r.processed);
  return h('li', { 'data-execution': r.execution },
    t('jobs.run', number(r.execution), r.step, number(r.startPosition), number(r.total), t(`unit.${r.unit}`), did));
}

async function details(job) {
  try {
    const d = await get(`/api/admin/jobs/${job.id}`);
    infoDialog(t('jobs.detailTitle', number(d.id)), h('dl', { class: 'details' },
      term(t('jobs.kind'), kindName(d.kind)),
      term(t('jobs.owner'), userText(d.owner)),
      term(t('jobs.state'), stateBadge(d.state)),
      term(t('jobs.progress'), progress(d)),
      term(t('jobs.file'), userText(d.fileName)),
      term(t('jobs.duration'), t('jobs.seconds', number(Math.round(d.duration)))),
      term(t('jobs.parameters'), h('code', { dir: 'ltr' }, JSON.stringify(d.parameters))),
      term(t('jobs.attempts'), number(d.attempts)),
      term(t('jobs.created'), time(d.createdAt)),
      term(t('jobs.started'), time(d.startedAt)),
      term(t('jobs.completed'), time(d.completedAt)),
      term(t('jobs.outputs'), d.outputs.length ? h('code', { dir: 'ltr' }, d.outputs.join(', ')) : '—'),
      term(t('jobs.execution'), d.execution ? h('code', { dir: 'ltr' }, `#${d.execution.id} ${d.execution.batchStatus ?? ''}`) : '—'),
      term(t('jobs.runs'), d.runs.length ? h('ul', { class: 'runs' }, d.runs.map(run)) : '—'),
      d.errorCode ? term(t('jobs.error'), jobError(d)) : null));
  } catch (error) {
    notify(error.message, 'error');
  }
}

function actions(job, reload) {
  const unfinished = job.state === 'pending' || job.state === 'processing';
  return h('div', { class: 'row-actions' },
    h('button', { type: 'button', class: 'small secondary', 'data-action': 'details', onclick: () => details(job) }, t('jobs.details')),
    unfinished ? h('button', { type: 'button', class: 'small danger', 'data-action': 'cancel', onclick: () => act('cancel', job, reload) }, t('jobs.cancel')) : null,
    job.state === 'failed' ? h('button', { type: 'button', class: 'small', 'data-action': 'retry', onclick: () => act('retry', job, reload) }, t('jobs.retry')) : null);
}

function pager(answer, reload) {
  const pages = Math.max(1, Math.ceil(answer.total / answer.pageSize));
  const go = (page) => {
    filters.page = page;
    reload();
  };
  return h('div', { class: 'pager' },
    h('button', { type: 'button', class: 'small secondary', disabled: answer.page <= 1, onclick: () => go(answer.page - 1) }, t('jobs.previous')),
    h('span', {}, t('jobs.page', number(answer.page), number(pages), number(answer.total))),
    h('button', { type: 'button', class: 'small secondary', disabled: answer.page >= pages, onclick: () => go(answer.page + 1) }, t('jobs.next')));
}

function show(list, answer, reload) {
  if (answer.jobs.length === 0) {
    fill(list, empty());
    return;
  }
  fill(list, table([
    [t('jobs.id'), (j) => number(j.id)],
    [t('jobs.kind'), (j) => kindName(j.kind)],
    [t('jobs.owner'), (j) => userText(j.owner)],
    [t('jobs.file'), (j) => h('span', { class: 'file-name' }, userText(j.fileName))],
    [t('jobs.state'), (j) => h('div', {}, stateBadge(j.state), jobError(j, 'small-text'))],
    [t('jobs.progress'), progress],
    [t('jobs.created'), (j) => time(j.createdAt)],
    [t('common.actions'), (j) => actions(j, reload)]
  ], answer.jobs, (j) => ({ dataset: { jobId: j.id, state: j.state } })), pager(answer, reload));
}

export default {
  render(view) {
    const errors = h('div');
    const loading = () => h('p', { class: 'muted loading' }, t('common.loading'));
    const list = h('div', {}, loading());
    const load = async () => {
      const asked = query();
      const [answer] = await Promise.all([get(asked), jobKinds()]);
      // a refresh that left before the filters changed must not show the old filters' jobs
      if (asked === query()) {
        show(list, answer, reload);
      }
    };
    function reload() {
      load().then(() => errors.replaceChildren()).catch((error) => notify(error.message, 'error'));
    }
    const refilter = () => {
      fill(list, loading());
      reload();
    };
    const filterPlace = h('div');
    fill(view, pageHeader('nav.jobs', h('span', { class: 'muted' }, t('jobs.live'))), filterPlace, errors, list);
    jobKinds().then((kinds) => fill(filterPlace, filterForm(refilter, kinds))).catch((error) => notify(error.message, 'error'));
    return every(3000, load, errors);
  }
};
