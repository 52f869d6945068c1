// The media library (doc 002's offline video source): its videos, searched as the CRM's search
// does or all by title, an upload into it, and a delete. The folder itself stays the library:
// videos copied there by hand are listed the same way.
import { del, get, upload } from '../api.js';
import { confirmDialog, notify } from '../dialogs.js';
import { fill, h, table } from '../dom.js';
import { number, t } from '../i18n.js';
import { empty, failure, pageHeader, userText } from '../page.js';

/** 93.4 → 1:33, 3725 → 1:02:05, in the console's digits. */
function duration(seconds) {
  const whole = Math.round(seconds);
  const parts = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const shown = parts[0] > 0 ? parts : parts.slice(1);
  return shown.map((part, i) => (i === 0 ? number(part) : number(part).padStart(2, number(0)))).join(':');
}

function size(bytes) {
  return bytes < 1048576 ? t('library.kilobytes', number(Math.max(1, Math.round(bytes / 1024))))
    : t('library.megabytes', number(Math.round(bytes / 104857.6) / 10));
}

async function remove(video, reload) {
  if (!await confirmDialog(t('library.deleteConfirm', video.title), t('common.delete'))) {
    return;
  }
  try {
    await del(`/api/admin/library/${video.id}`);
    notify(t('library.deleted'));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

function show(list, answer, reload) {
  if (answer.videos.length === 0) {
    fill(list, empty());
    return;
  }
  fill(list, table([
    [t('library.title'), (v) => h('a', { href: v.url, target: '_blank', rel: 'noopener' }, userText(v.title))],
    [t('library.fileName'), (v) => userText(v.fileName)],
    [t('library.duration'), (v) => h('span', { class: 'duration' }, duration(v.durationSeconds))],
    [t('library.size'), (v) => size(v.sizeBytes)],
    [t('library.platform'), (v) => v.platform],
    [t('library.captions'), (v) => h('span', { class: 'captions' }, v.hasCaptions ? t('common.yes') : t('common.no'))],
    [t('common.actions'), (v) => h('button', { type: 'button', class: 'small danger', 'data-action': 'delete', onclick: () => remove(v, reload) }, t('common.delete'))]
  ], answer.videos, (v) => ({ dataset: { videoId: v.id } })));
}

function uploadForm(reload) {
  const file = h('input', { id: 'library-file', name: 'file', type: 'file', accept: '.mp4,.mkv,.webm,.mov,.m4v,.avi,video/*', required: true, 'aria-label': t('library.file') });
  const title = h('input', { id: 'library-title', name: 'title', type: 'text', maxlength: 500, placeholder: t('library.titleOptional'), 'aria-label': t('library.titleOptional') });
  const description = h('input', { id: 'library-description', name: 'description', type: 'text', maxlength: 5000, placeholder: t('library.descriptionOptional'), 'aria-label': t('library.descriptionOptional') });
  const submit = h('button', { id: 'library-upload', type: 'submit' }, t('library.upload'));
  const status = h('p', { class: 'hint', role: 'status' });
  const form = h('form', {
    class: 'inline-form library-upload',
    onsubmit: async (event) => {
      event.preventDefault();
      if (!file.files.length) {
        return;
      }
      const body = new FormData();
      body.append('file', file.files[0]);
      if (title.value.trim()) {
        body.append('title', title.value.trim());
      }
      if (description.value.trim()) {
        body.append('description', description.value.trim());
      }
      submit.disabled = true;
      status.textContent = t('library.uploading');
      try {
        const added = await upload('POST', '/api/admin/library', body);
        notify(added.indexing ? t('library.uploadedIndexing') : t('library.uploaded', added.title));
        form.reset();
        if (added.indexing) {
          // the watcher lists it within seconds; look again then
          setTimeout(reload, 3000);
        }
      } catch (error) {
        notify(error.message, 'error');
      } finally {
        submit.disabled = false;
        status.textContent = '';
      }
      reload();
    }
  }, file, title, description, submit);
  return h('div', { class: 'library-upload-box' }, form, status);
}

export default {
  render(view) {
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    const hint = h('p', { class: 'muted' });
    const words = h('input', { id: 'library-q', type: 'search', placeholder: t('library.search'), 'aria-label': t('library.search') });
    const reload = async () => {
      const query = words.value.trim() ? `?q=${encodeURIComponent(words.value.trim())}` : '';
      try {
        const answer = await get(`/api/admin/library${query}`);
        // the folder is a path: kept left to right inside the Persian sentence
        const [before, after] = t('library.hint', '\u0000', number(answer.total), number(answer.maxUploadMb)).split('\u0000');
        fill(hint, before, h('bdi', { dir: 'ltr' }, answer.folder), after);
        show(list, answer, reload);
      } catch (error) {
        fill(list, failure(error));
      }
    };
    const search = h('form', { class: 'inline-form', onsubmit: (event) => { event.preventDefault(); reload(); } },
      words, h('button', { type: 'submit', class: 'secondary' }, t('library.find')));
    fill(view, pageHeader('nav.library', search), hint, uploadForm(reload), list);
    reload();
  }
};
