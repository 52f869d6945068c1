// The development SMS provider's outbox: the texts (one-time codes among them) it kept
// instead of sending, newest first, of one phone number or of all.
import { get } from '../api.js';
import { fill, h, table } from '../dom.js';
import { t, time } from '../i18n.js';
import { empty, failure, pageHeader, userText } from '../page.js';

function show(list, messages) {
  if (messages.length === 0) {
    fill(list, empty());
    return;
  }
  fill(list, table([
    [t('sms.phone'), (m) => h('span', { dir: 'ltr' }, m.phone)],
    [t('sms.channel'), (m) => m.channel],
    [t('sms.text'), (m) => userText(m.text)],
    [t('sms.created'), (m) => time(m.created_at)]
  ], messages));
}

export default {
  render(view) {
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    const phone = h('input', { id: 'sms-phone', type: 'search', dir: 'ltr', placeholder: t('sms.phoneFilter'), 'aria-label': t('sms.phoneFilter') });
    const load = async () => {
      const query = phone.value.trim() ? `?phone=${encodeURIComponent(phone.value.trim())}` : '';
      try {
        show(list, await get(`/api/admin/sms/outbox${query}`));
      } catch (error) {
        fill(list, failure(error));
      }
    };
    const filter = h('form', { class: 'inline-form', onsubmit: (event) => { event.preventDefault(); load(); } },
      phone, h('button', { type: 'submit', class: 'secondary' }, t('sms.show')));
    fill(view, pageHeader('nav.sms', filter), h('p', { class: 'muted' }, t('sms.hint')), list);
    load();
  }
};
