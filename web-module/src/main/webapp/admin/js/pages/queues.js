// The JMS queues' depths: job requests waiting to be taken, and dead messages.
import { get } from '../api.js';
import { fill, h, table } from '../dom.js';
import { number, t } from '../i18n.js';
import { every, pageHeader } from '../page.js';

function depth(queue) {
  if (queue.messages === null) {
    return h('span', { class: 'error-text' }, t('queues.unavailable', queue.error ?? ''));
  }
  const count = number(queue.messages);
  return h('strong', { class: 'depth' }, queue.more ? t('queues.atLeast', count) : count);
}

export default {
  render(view) {
    const errors = h('div');
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    fill(view, pageHeader('nav.queues', h('span', { class: 'muted' }, t('queues.hint'))), errors, list);
    return every(5000, async () => {
      const answer = await get('/api/admin/queues');
      fill(list, table([
        [t('queues.name'), (q) => h('div', {}, h('code', { dir: 'ltr' }, q.name), q.deadLetters ? h('div', { class: 'muted' }, t('queues.deadLetters')) : null)],
        [t('queues.jndi'), (q) => (q.jndi ? h('code', { dir: 'ltr' }, q.jndi) : '—')],
        [t('queues.messages'), depth]
      ], answer.queues, (q) => ({ dataset: { queue: q.name } })));
    }, errors);
  }
};
