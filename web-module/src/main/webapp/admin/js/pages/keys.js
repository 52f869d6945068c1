// API keys for service accounts: issued (the key shown this once), listed, revoked.
import { del, get, post } from '../api.js';
import { confirmDialog, formDialog, infoDialog, notify } from '../dialogs.js';
import { fill, h, table } from '../dom.js';
import { number, t, time } from '../i18n.js';
import { empty, failure, pageHeader, userText } from '../page.js';

function copyButton(input) {
  return h('button', {
    type: 'button',
    class: 'secondary',
    onclick: async () => {
      input.select();
      // the clipboard API exists only on secure origins; an on-prem http:// host falls back
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(input.value);
      } else {
        document.execCommand('copy');
      }
      notify(t('keys.copied'));
    }
  }, t('keys.copy'));
}

function showIssued(issued) {
  const input = h('input', { class: 'secret', id: 'issued-key', readonly: true, value: issued.key, dir: 'ltr', onfocus: (e) => e.target.select() });
  infoDialog(t('keys.issuedTitle'), h('div', { class: 'issued' },
    h('p', { class: 'warning' }, t('keys.issuedOnce')),
    h('div', { class: 'secret-row' }, input, copyButton(input)),
    h('p', { class: 'muted' }, userText(issued.username), ' · ', userText(issued.name))));
}

async function issue(reload) {
  const users = await get('/api/admin/users');
  formDialog({
    title: t('keys.issue'),
    id: 'key-form',
    submitLabel: t('keys.issue'),
    fields: [
      { name: 'username', label: t('keys.owner'), type: 'select', options: users.map((u) => [u.username, u.username]) },
      { name: 'name', label: t('keys.name'), required: true, dir: 'auto' }
    ],
    submit: async (values) => {
      showIssued(await post('/api/admin/api-keys', values));
      reload();
    }
  });
}

async function revoke(key, reload) {
  if (!await confirmDialog(t('keys.revokeConfirm', key.name, key.username), t('keys.revoke'))) {
    return;
  }
  try {
    await del(`/api/admin/api-keys/${key.id}`);
    notify(t('keys.revokedDone'));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

function show(list, keys, reload) {
  if (keys.length === 0) {
    fill(list, empty());
    return;
  }
  fill(list, table([
    [t('jobs.id'), (k) => number(k.id)],
    [t('keys.name'), (k) => userText(k.name)],
    [t('keys.owner'), (k) => userText(k.username)],
    [t('keys.prefix'), (k) => h('code', { dir: 'ltr' }, `${k.prefix}…`)],
    [t('keys.created'), (k) => time(k.createdAt)],
    [t('keys.lastUsed'), (k) => time(k.lastUsedAt)],
    [t('keys.state'), (k) => (k.revokedAt
      ? h('span', { class: 'badge off' }, t('keys.revoked', time(k.revokedAt)))
      : h('span', { class: 'badge on' }, t('keys.active')))],
    [t('common.actions'), (k) => (k.revokedAt ? '' : h('button', { type: 'button', class: 'small danger', 'data-action': 'revoke', onclick: () => revoke(k, reload) }, t('keys.revoke')))]
  ], keys, (k) => ({ dataset: { keyId: k.id } })));
}

export default {
  render(view) {
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    const reload = async () => {
      try {
        show(list, await get('/api/admin/api-keys'), reload);
      } catch (error) {
        fill(list, failure(error));
      }
    };
    const issueButton = h('button', {
      type: 'button',
      id: 'issue-key',
      onclick: () => issue(reload).catch((error) => notify(error.message, 'error'))
    }, t('keys.issue'));
    fill(view, pageHeader('nav.keys', issueButton), list);
    reload();
  }
};
