// Every user's voice databases, to delete one (a diarization already asked for keeps its copy).
import { del, get } from '../api.js';
import { confirmDialog, notify } from '../dialogs.js';
import { fill, h, table } from '../dom.js';
import { number, t, time } from '../i18n.js';
import { empty, failure, pageHeader, userText } from '../page.js';

async function remove(database, reload) {
  if (!await confirmDialog(t('voices.deleteConfirm', database.name, database.owner), t('common.delete'))) {
    return;
  }
  try {
    await del(`/api/admin/voice-databases/${database.id}`);
    notify(t('voices.deleted'));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

function show(list, databases, reload) {
  if (databases.length === 0) {
    fill(list, empty());
    return;
  }
  fill(list, table([
    [t('jobs.id'), (d) => number(d.id)],
    [t('voices.name'), (d) => userText(d.name)],
    [t('voices.owner'), (d) => userText(d.owner)],
    [t('voices.speakers'), (d) => number(d.speakers)],
    [t('voices.created'), (d) => time(d.createdAt)],
    [t('common.actions'), (d) => h('button', { type: 'button', class: 'small danger', 'data-action': 'delete', onclick: () => remove(d, reload) }, t('common.delete'))]
  ], databases, (d) => ({ dataset: { databaseId: d.id } })));
}

export default {
  render(view) {
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    const reload = async () => {
      try {
        show(list, await get('/api/admin/voice-databases'), reload);
      } catch (error) {
        fill(list, failure(error));
      }
    };
    fill(view, pageHeader('nav.voices'), list);
    reload();
  }
};
