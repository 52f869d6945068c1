// Doc 004's users: create, edit (limits, expiry, active), reset password, deactivate, delete;
// a doctor's professional profile (doc 003) from its row.
import { del, get, post, put } from '../api.js';
import { confirmDialog, formDialog, notify } from '../dialogs.js';
import { fill, h, table } from '../dom.js';
import { number, t, time } from '../i18n.js';
import { empty, failure, pageHeader, userText } from '../page.js';
import { editDoctor } from './doctor.js';

const ROLES = ['user', 'admin', 'doctor', 'patient'];

function fields(user, creating) {
  return [
    { name: 'username', label: t('users.username'), value: user.username, required: true, dir: 'auto', readonly: !creating },
    creating ? { name: 'password', label: t('users.password'), type: 'password', required: true, autocomplete: 'new-password' } : null,
    { name: 'firstName', label: t('users.firstName'), value: user.firstName, dir: 'auto' },
    { name: 'lastName', label: t('users.lastName'), value: user.lastName, dir: 'auto' },
    { name: 'mobile', label: t('users.mobile'), value: user.mobile, type: 'tel', dir: 'ltr' },
    { name: 'email', label: t('users.email'), value: user.email, type: 'email', dir: 'ltr' },
    { name: 'role', label: t('users.role'), type: 'select', value: user.role ?? 'user', options: ROLES.map((r) => [r, t(`role.${r}`)]) },
    { section: t('users.limits'), hint: t('users.limitsHint') },
    { name: 'maxChats', label: t('users.maxChats'), type: 'number', value: user.maxChats },
    { name: 'maxMessagesPerChat', label: t('users.maxMessagesPerChat'), type: 'number', value: user.maxMessagesPerChat },
    { name: 'expiryDate', label: t('users.expiryDate'), type: 'date', value: user.expiryDate },
    { name: 'isActive', label: t('users.active'), type: 'checkbox', value: user.isActive ?? true }
  ].filter(Boolean);
}

/** The form's values as doc 004's body: empty text is "not set", an empty date is no expiry. */
function body(values, creating) {
  const result = { ...values, expiryDate: values.expiryDate || null };
  if (!creating) {
    delete result.username;
  }
  return result;
}

function create(reload) {
  formDialog({
    title: t('users.createTitle'),
    id: 'user-form',
    fields: fields({}, true),
    submit: async (values) => {
      await post('/api/admin/users', body(values, true));
      notify(t('users.created', values.username));
      reload();
      if (values.role === 'doctor') {
        // a doctor is found by patients through the profile: fill it in at once
        setTimeout(() => editDoctor(values.username, reload));
      }
    }
  });
}

function edit(user, reload) {
  formDialog({
    title: t('users.editTitle', user.username),
    id: 'user-form',
    fields: fields(user, false),
    submit: async (values) => {
      await put(`/api/admin/users/${encodeURIComponent(user.username)}`, body(values, false));
      notify(t('users.saved', user.username));
      reload();
    }
  });
}

function resetPassword(user) {
  formDialog({
    title: t('users.resetTitle', user.username),
    id: 'password-form',
    fields: [{ name: 'password', label: t('users.newPassword'), type: 'password', required: true, autocomplete: 'new-password' }],
    submit: async (values) => {
      await put(`/api/admin/users/${encodeURIComponent(user.username)}`, { password: values.password });
      notify(t('users.passwordReset', user.username));
    }
  });
}

async function setActive(user, active, reload) {
  try {
    await put(`/api/admin/users/${encodeURIComponent(user.username)}`, { isActive: active });
    notify(t(active ? 'users.activated' : 'users.deactivated', user.username));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

async function remove(user, reload) {
  if (!await confirmDialog(t('users.deleteConfirm', user.username), t('common.delete'))) {
    return;
  }
  try {
    await del(`/api/admin/users/${encodeURIComponent(user.username)}`);
    notify(t('users.deleted', user.username));
  } catch (error) {
    notify(error.message, 'error');
  }
  reload();
}

function limits(user) {
  const limit = (value) => (value === null ? t('common.unlimited') : number(value));
  return h('span', { class: 'limits' },
    h('span', { title: t('users.maxChats') }, `${t('users.maxChats')}: `, limit(user.maxChats)),
    h('span', { title: t('users.maxMessagesPerChat') }, `${t('users.maxMessagesPerChat')}: `, limit(user.maxMessagesPerChat)),
    user.expiryDate ? h('span', {}, `${t('users.expiryDate')}: `, h('bdi', {}, user.expiryDate)) : null);
}

function actions(user, me, reload) {
  // deactivating or deleting oneself would lock the console's own user out
  const self = user.username.toLowerCase() === me.toLowerCase();
  return h('div', { class: 'row-actions' },
    h('button', { type: 'button', class: 'small', 'data-action': 'edit', onclick: () => edit(user, reload) }, t('users.edit')),
    user.role === 'doctor'
      ? h('button', { type: 'button', class: 'small', 'data-action': 'doctor-profile', onclick: () => editDoctor(user.username, reload) }, t('doctor.profile'))
      : null,
    h('button', { type: 'button', class: 'small secondary', 'data-action': 'reset-password', onclick: () => resetPassword(user) }, t('users.resetPassword')),
    self ? null : user.isActive
      ? h('button', { type: 'button', class: 'small secondary', 'data-action': 'deactivate', onclick: () => setActive(user, false, reload) }, t('users.deactivate'))
      : h('button', { type: 'button', class: 'small secondary', 'data-action': 'activate', onclick: () => setActive(user, true, reload) }, t('users.activate')),
    self ? null : h('button', { type: 'button', class: 'small danger', 'data-action': 'delete', onclick: () => remove(user, reload) }, t('common.delete')));
}

function show(list, users, me, reload) {
  if (users.length === 0) {
    fill(list, empty());
    return;
  }
  const name = (u) => [u.firstName, u.lastName].filter(Boolean).join(' ');
  fill(list, table([
    [t('users.username'), (u) => h('div', {}, h('strong', {}, userText(u.username)), name(u) ? h('div', { class: 'muted' }, userText(name(u))) : null)],
    [t('users.role'), (u) => t(`role.${u.role}`)],
    [t('users.status'), (u) => h('span', { class: `badge ${u.isActive ? 'on' : 'off'}` }, t(u.isActive ? 'users.statusActive' : 'users.statusInactive'))],
    [t('users.limits'), limits],
    [t('users.stats'), (u) => `${number(u.stats.totalChats)} / ${number(u.stats.totalMessages)}`],
    [t('users.lastLogin'), (u) => time(u.stats.lastLoginAt)],
    [t('common.actions'), (u) => actions(u, me, reload)]
  ], users, (u) => ({ dataset: { username: u.username } })));
}

/** The users whose username, name, mobile or e-mail holds every word of the search. */
function matching(users, search) {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = (u) => [u.username, u.firstName, u.lastName, u.mobile, u.email].filter(Boolean).join(' ').toLowerCase();
  return users.filter((u) => words.every((w) => text(u).includes(w)));
}

export default {
  render(view, { me }) {
    const list = h('div', {}, h('p', { class: 'muted loading' }, t('common.loading')));
    let users = [];
    const search = h('input', { type: 'search', id: 'user-search', dir: 'auto', placeholder: t('users.search'), 'aria-label': t('users.search') });
    const reload = async () => {
      try {
        users = await get('/api/admin/users');
        show(list, matching(users, search.value), me.username, reload);
      } catch (error) {
        fill(list, failure(error));
      }
    };
    search.addEventListener('input', () => show(list, matching(users, search.value), me.username, reload));
    fill(view, pageHeader('nav.users', search, h('button', { type: 'button', id: 'new-user', onclick: () => create(reload) }, t('users.new'))), list);
    reload();
  }
};
