// The console's start: who is signed in, the login form, the language switch, and the
// hash routes (#/users, #/jobs, …) that pick the page.
import { applyLanguage, currentLanguage, setLanguage, t } from './i18n.js';
import { get, post, sessionEvents } from './api.js';
import { fill } from './dom.js';
import dashboard from './pages/dashboard.js';
import users from './pages/users.js';
import keys from './pages/keys.js';
import jobs from './pages/jobs.js';
import queues from './pages/queues.js';
import voices from './pages/voices.js';
import sms from './pages/sms.js';
import library from './pages/library.js';

const PAGES = { dashboard, users, keys, jobs, queues, voices, sms, library };
const loginView = document.getElementById('login');
const appView = document.getElementById('app');
const view = document.getElementById('view');
let leavePage = null;
let signedIn = null;

function showLogin(message = '') {
  leavePage?.();
  leavePage = null;
  signedIn = null;
  appView.hidden = true;
  loginView.hidden = false;
  document.getElementById('login-error').textContent = message;
  document.getElementById('login-username').focus();
}

function showApp(profile) {
  signedIn = profile;
  loginView.hidden = true;
  appView.hidden = false;
  showWho();
  route();
}

function showWho() {
  document.getElementById('whoami').textContent = signedIn ? t('signedInAs', signedIn.username) : '';
}

function route() {
  if (!signedIn) {
    return;
  }
  const name = location.hash.replace(/^#\//, '').split('?')[0];
  const page = PAGES[name] ? name : 'dashboard';
  document.querySelectorAll('#nav a').forEach((link) => {
    if (link.dataset.page === page) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  leavePage?.();
  fill(view);
  leavePage = PAGES[page].render(view, { me: signedIn }) ?? null;
}

async function login(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('login-error');
  const submit = document.getElementById('login-submit');
  error.textContent = '';
  submit.disabled = true;
  try {
    const answer = await post('/api/auth/login', { username: form.username.value, password: form.password.value });
    if (answer.role !== 'admin') {
      // the session just opened is of no use here; leave none behind
      await post('/api/auth/logout');
      error.textContent = t('login.notAdmin');
      return;
    }
    form.password.value = '';
    showApp(await get('/api/auth/me'));
  } catch (failure) {
    error.textContent = failure.message;
  } finally {
    submit.disabled = false;
  }
}

async function logout() {
  try {
    await post('/api/auth/logout');
  } finally {
    showLogin();
  }
}

function switchLanguage() {
  setLanguage(currentLanguage() === 'fa' ? 'en' : 'fa');
  // notices still up are in the language just left
  document.getElementById('notices').replaceChildren();
  showWho();
  route();
}

async function start() {
  applyLanguage(document);
  document.querySelectorAll('.lang-switch').forEach((button) => button.addEventListener('click', switchLanguage));
  document.getElementById('login-form').addEventListener('submit', login);
  document.getElementById('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  sessionEvents.addEventListener('ended', () => showLogin());
  try {
    const profile = await get('/api/auth/me');
    // a non-admin's session (e.g. of the chat front end on this server) is left alone
    if (profile.role === 'admin') {
      showApp(profile);
      return;
    }
  } catch {
    // no session, or not allowed: the login form says the rest
  }
  showLogin();
}

start();
