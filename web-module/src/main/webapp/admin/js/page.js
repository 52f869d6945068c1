// What every page of the console shares: its heading, periodic reloading, and the small
// pieces every table shows (state badges, progress, names from users).
import { get } from './api.js';
import { h } from './dom.js';
import { currentLanguage, number, t } from './i18n.js';

export function pageHeader(titleKey, ...tools) {
  return h('div', { class: 'page-header' }, h('h1', {}, t(titleKey)), h('div', { class: 'tools' }, tools));
}

/**
 * Runs `load` now and again every `ms` while the tab is visible, until the returned
 * function is called (when the page is left). A failed load is shown in `errors` and
 * tried again at the next turn.
 */
export function every(ms, load, errors) {
  let stopped = false;
  let timer = null;
  const run = async () => {
    if (stopped) {
      return;
    }
    try {
      if (!document.hidden) {
        await load();
        errors?.replaceChildren();
      }
    } catch (error) {
      errors?.replaceChildren(failure(error));
    } finally {
      if (!stopped) {
        timer = setTimeout(run, ms);
      }
    }
  };
  run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

export function failure(error) {
  return h('p', { class: 'form-error', role: 'alert' }, t('common.error', error.message));
}

export function stateBadge(state) {
  return h('span', { class: `badge state-${state}` }, t(`state.${state}`));
}

export function progress(job) {
  return h('div', { class: 'progress-cell' },
    h('progress', { max: 100, value: job.progress, 'aria-label': t('jobs.progress') }),
    h('span', { class: 'progress-value' }, t('jobs.percent', number(job.progress))));
}

/** Text a user typed (names, file names) kept in its own direction inside either layout. */
export function userText(text) {
  return h('bdi', {}, text ?? '');
}

/**
 * Why a job failed: its code (what an operator searches the log and the README for) and the
 * server's message for it, which the server writes in the console's language.
 */
export function jobError(job, extraClass = '') {
  if (!job.errorCode) {
    return null;
  }
  return h('div', { class: `job-error ${extraClass}` },
    h('code', { class: 'error-code', dir: 'ltr' }, job.errorCode),
    h('span', { class: 'error-text' }, job.error ?? ''));
}

// the server's job kinds in the console's language, fetched once a language
let kinds = null;

/** The job kinds the server runs, [{kind, name, service, outputs}] (GET /api/admin/job-kinds): the console keeps no list of its own. */
export async function jobKinds() {
  const language = currentLanguage();
  if (kinds?.language !== language) {
    kinds = { language, list: (await get('/api/admin/job-kinds')).kinds };
  }
  return kinds.list;
}

/** A job kind's name as the server gives it, or the code itself before the kinds have arrived. */
export function kindName(kind) {
  return kinds?.list.find((k) => k.kind === kind)?.name ?? kind;
}

export function empty() {
  return h('p', { class: 'empty' }, t('common.none'));
}
