// The console's only way to the server: same-origin JSON calls with the session cookie.
// Doc 004's family wants JSON bodies from the same origin, which fetch sends here.
import { currentLanguage } from './i18n.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? null;
    this.fields = body?.fields ?? {};
  }
}

/** Told when a call answers 401: the session has ended, so the console shows the login again. */
export const sessionEvents = new EventTarget();

export async function api(method, path, body) {
  return send(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { 'Content-Type': 'application/json' });
}

/** A multipart form (FormData): the browser writes its Content-Type with the boundary. */
export async function upload(method, path, form) {
  return send(method, path, form, {});
}

async function send(method, path, body, extraHeaders) {
  const headers = { Accept: 'application/json', 'Accept-Language': currentLanguage(), ...extraHeaders };
  const response = await fetch(path, { method, headers, credentials: 'same-origin', body });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { error: text.slice(0, 200) };
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/login')) {
      sessionEvents.dispatchEvent(new Event('ended'));
    }
    throw new ApiError(response.status, json);
  }
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);
