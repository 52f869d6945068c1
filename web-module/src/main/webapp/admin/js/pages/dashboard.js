// Jobs per state, user counts and the latest failures, refreshed every few seconds.
import { get } from '../api.js';
import { fill, h, table } from '../dom.js';
import { number, t, time } from '../i18n.js';
import { every, jobError, jobKinds, kindName, pageHeader, userText } from '../page.js';

const STATES = ['pending', 'processing', 'completed', 'failed'];

function tile(label, value, kind = '') {
  return h('div', { class: `tile ${kind}` }, h('span', { class: 'tile-value' }, number(value)), h('span', { class: 'tile-label' }, label));
}

function show(body, summary) {
  fill(body,
    h('section', { class: 'panel', 'aria-labelledby': 'dash-jobs' },
      h('h2', { id: 'dash-jobs' }, t('dashboard.jobs')),
      h('div', { class: 'tiles', 'data-test': 'job-states' },
        STATES.map((state) => tile(t(`state.${state}`), summary.jobs[state], `state-${state}`)),
        tile(t('dashboard.jobsTotal'), summary.jobs.total))),
    h('section', { class: 'panel', 'aria-labelledby': 'dash-users' },
      h('h2', { id: 'dash-users' }, t('dashboard.users')),
      h('div', { class: 'tiles' },
        tile(t('dashboard.usersTotal'), summary.users.total),
        tile(t('dashboard.usersActive'), summary.users.active),
        tile(t('dashboard.usersAdmins'), summary.users.admins))),
    h('section', { class: 'panel', 'aria-labelledby': 'dash-errors' },
      h('h2', { id: 'dash-errors' }, t('dashboard.recentErrors')),
      summary.recentErrors.length === 0
        ? h('p', { class: 'empty' }, t('dashboard.noErrors'))
        : table([
          [t('jobs.id'), (job) => number(job.id)],
          [t('jobs.kind'), (job) => kindName(job.kind)],
          [t('jobs.owner'), (job) => userText(job.owner)],
          [t('jobs.error'), (job) => jobError(job)],
          [t('jobs.completed'), (job) => time(job.completedAt)]
        ], summary.recentErrors, (job) => ({ dataset: { jobId: job.id } }))));
}

export default {
  render(view) {
    const errors = h('div');
    const body = h('div', { class: 'dashboard' }, h('p', { class: 'muted loading' }, t('common.loading')));
    fill(view, pageHeader('nav.dashboard'), errors, body);
    return every(5000, async () => {
      const [summary] = await Promise.all([get('/api/admin/dashboard'), jobKinds()]);
      show(body, summary);
    }, errors);
  }
};
