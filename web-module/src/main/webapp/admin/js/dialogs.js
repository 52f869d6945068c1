// Modal dialogs (the browser's <dialog>, so focus and Escape work as users expect) and
// short notices. The native confirm() would show its buttons in the browser's language,
// not the console's.
import { h } from './dom.js';
import { t } from './i18n.js';

function open(title, body, actions, onClose) {
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' },
    h('h2', { id: 'dialog-title' }, title),
    body,
    h('div', { class: 'dialog-actions' }, actions));
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.(dialog.returnValue);
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** Resolves true when the user confirms. */
export function confirmDialog(message, confirmLabel = t('common.confirm')) {
  return new Promise((resolve) => {
    let dialog;
    dialog = open(t('common.confirm'), h('p', {}, message), [
      h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close('no') }, t('common.cancel')),
      h('button', { type: 'button', class: 'danger', 'data-test': 'confirm', onclick: () => dialog.close('yes') }, confirmLabel)
    ], (value) => resolve(value === 'yes'));
  });
}

/** Shows information (e.g. a key shown once) until closed. */
export function infoDialog(title, body) {
  let dialog;
  dialog = open(title, body, [h('button', { type: 'button', onclick: () => dialog.close() }, t('common.close'))]);
  return dialog;
}

/**
 * A form in a dialog. `fields` are {name, label, type, value, options, required, hint},
 * or {section, hint} for a heading across the form.
 * `submit(values)` returns a promise; an ApiError's field messages are shown beside the
 * fields and its message above the buttons, and the dialog stays open.
 */
export function formDialog({ title, fields, submitLabel = t('common.save'), submit, id = 'dialog-form' }) {
  const inputs = {};
  const errors = {};
  const general = h('p', { class: 'form-error', role: 'alert' });
  const rows = fields.map((field) => {
    if (field.section) {
      return h('div', { class: 'form-section' }, h('h3', {}, field.section), field.hint ? h('p', { class: 'hint' }, field.hint) : null);
    }
    const input = control(field);
    inputs[field.name] = input;
    errors[field.name] = h('span', { class: 'field-error' });
    return h('label', { class: field.type === 'checkbox' ? 'field check' : 'field' },
      h('span', { class: 'label' }, field.label),
      input,
      field.hint ? h('span', { class: 'hint' }, field.hint) : null,
      errors[field.name]);
  });
  const form = h('form', { class: 'form', id, method: 'dialog', novalidate: true }, rows, general);
  let dialog;
  const save = h('button', { type: 'submit', form: id }, submitLabel);
  dialog = open(title, form, [
    h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, t('common.cancel')),
    save
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    Object.values(errors).forEach((el) => { el.textContent = ''; });
    general.textContent = '';
    save.disabled = true;
    try {
      await submit(values(fields, inputs));
      dialog.close('saved');
    } catch (error) {
      general.textContent = error.message;
      for (const [name, message] of Object.entries(error.fields ?? {})) {
        if (errors[name]) {
          errors[name].textContent = message;
        }
      }
    } finally {
      save.disabled = false;
    }
  });
  return dialog;
}

function control(field) {
  const common = { name: field.name, id: `field-${field.name}`, required: field.required ?? false };
  if (field.type === 'select') {
    return h('select', common, field.options.map(([value, label]) =>
      h('option', { value, selected: value === field.value }, label)));
  }
  if (field.type === 'checkbox') {
    return h('input', { ...common, type: 'checkbox', checked: Boolean(field.value) });
  }
  return h('input', {
    ...common,
    type: field.type ?? 'text',
    value: field.type === 'file' ? null : field.value ?? '',
    accept: field.accept ?? null,
    min: field.type === 'number' ? '0' : null,
    autocomplete: field.autocomplete ?? 'off',
    readonly: field.readonly ?? false,
    dir: field.dir ?? null
  });
}

function values(fields, inputs) {
  const result = {};
  for (const field of fields.filter((f) => !f.section)) {
    const input = inputs[field.name];
    if (field.type === 'checkbox') {
      result[field.name] = input.checked;
    } else if (field.type === 'file') {
      result[field.name] = input.files[0] ?? null;
    } else if (field.type === 'number') {
      result[field.name] = input.value === '' ? null : Number(input.value);
    } else {
      result[field.name] = input.value;
    }
  }
  return result;
}

/** A notice at the top of the page that goes away by itself. */
export function notify(message, kind = 'ok') {
  const area = document.getElementById('notices');
  const notice = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', dir: 'auto' }, message);
  area.append(notice);
  setTimeout(() => notice.remove(), kind === 'error' ? 8000 : 4000);
}
