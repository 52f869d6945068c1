// The admin console in a real browser (Debian's Chromium, headless, driven by
// playwright-core), run by ConsoleBrowserIT. Prints "ok - <step>" per step and exits 1
// with "not ok - <step>: <why>" at the first failure.
//
// Environment: BASE_URL (http://localhost:18080), ADMIN_PASSWORD, SCREENSHOTS (a folder),
// CHROMIUM (/usr/bin/chromium), SHORT_AUDIO and LONG_AUDIO (WAV files: a few seconds, and
// minutes for a job that is still running when the admin cancels it), LIBRARY_VIDEO (a 1-second MP4).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const adminPassword = process.env.ADMIN_PASSWORD;
const shots = process.env.SCREENSHOTS ?? 'screenshots';
const LIMIT_REACHED = 'تعداد چت‌ها به حد مجاز رسیده';
const INACTIVE = 'حساب کاربری غیرفعال است';
const PAGES = ['dashboard', 'users', 'keys', 'jobs', 'queues', 'voices', 'sms', 'library'];

mkdirSync(shots, { recursive: true });
let current = 'start';

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function step(name, body) {
  current = name;
  await body();
  console.log(`ok - ${name}`);
}

async function shot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Shows a page of the console and waits until its data has arrived (no "Loading…" left). */
async function visit(page, name) {
  await page.click(`#nav a[data-page="${name}"]`);
  await page.waitForFunction((wanted) => location.hash === `#/${wanted}`
    && document.querySelector('#view h1') !== null
    && !document.querySelector('#view .loading'), name);
  await page.waitForLoadState('networkidle');
}

/** Doc 000's upload, as its clients send it: multipart, with the session's X-CSRFToken. */
async function upload(context, path, fields, file) {
  const csrf = (await context.cookies(base)).find((c) => c.name === 'csrftoken').value;
  const answer = await json(await context.request.post(`${base}${path}`, {
    headers: { 'X-CSRFToken': csrf },
    multipart: { ...fields, audio_file: { name: basename(file), mimeType: 'audio/wav', buffer: readFileSync(file) } }
  }));
  check(answer.status === 200 && answer.body.file_id, `upload to ${path}: ${JSON.stringify(answer)}`);
  return answer.body.file_id;
}

/** Waits for a job's row to show `state`: the page reloads the list by itself. */
async function rowState(page, id, state, timeout = 120_000) {
  await page.waitForSelector(`tr[data-job-id="${id}"][data-state="${state}"]`, { timeout });
}

async function json(response) {
  return { status: response.status(), body: await response.json().catch(() => null) };
}

const suffix = Math.random().toString(36).slice(2, 8);
const username = `console_${suffix}`;
const password = 'console-user-pw';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox']
});

try {
  const adminContext = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
  const page = await adminContext.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401') && !message.text().includes('403')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) {
      problems.push(`request outside the server: ${request.url()}`);
    }
  });

  await step('the console at /admin/ shows the login form', async () => {
    await page.goto(`${base}/admin/`);
    await page.waitForSelector('#login-form', { state: 'visible' });
    check(await page.evaluate(() => document.documentElement.dir) === 'ltr', 'English is left to right');
    await shot(page, 'login-en');
  });

  await step('the admin logs in through the form', async () => {
    await page.fill('#login-username', 'admin');
    await page.fill('#login-password', adminPassword);
    await page.click('#login-submit');
    await page.waitForSelector('#app:not([hidden]) [data-test="job-states"]');
    check((await page.textContent('#whoami')).includes('admin'), 'the top bar names the admin');
    await shot(page, 'dashboard-en');
  });

  await step('the admin creates a user with maxChats 1 through the users page', async () => {
    await visit(page, 'users');
    await page.click('#new-user');
    await page.fill('#field-username', username);
    await page.fill('#field-password', password);
    await page.fill('#field-firstName', 'Sara');
    await page.fill('#field-lastName', 'Karimi');
    await page.fill('#field-maxChats', '1');
    await page.fill('#field-maxMessagesPerChat', '20');
    await shot(page, 'users-create-en');
    await page.click('button[form="user-form"]');
    await page.waitForSelector(`tr[data-username="${username}"]`);
    const listed = (await json(await page.request.get(`${base}/api/admin/users`))).body.find((u) => u.username === username);
    check(listed && listed.maxChats === 1 && listed.maxMessagesPerChat === 20 && listed.isActive === true,
      `stored as entered: ${JSON.stringify(listed)}`);
    await shot(page, 'users-en');
  });

  await step('the users page finds a user by name among many', async () => {
    await page.fill('#user-search', 'sara ' + username.slice(-4));
    await page.waitForFunction(() => document.querySelectorAll('tr[data-username]').length === 1);
    const shown = await page.$$eval('tr[data-username]', (rows) => rows.map((r) => r.dataset.username));
    check(shown.length === 1 && shown[0] === username, `search shows ${JSON.stringify(shown)}`);
    await page.fill('#user-search', '');
    await page.waitForFunction(() => document.querySelectorAll('tr[data-username]').length > 1);
  });

  await step('the admin creates a doctor with a profile and photo through the users page', async () => {
    const doctor = `doctor_${suffix}`;
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await page.click('#new-user');
    await page.fill('#field-username', doctor);
    await page.fill('#field-password', password);
    await page.fill('#field-firstName', 'مریم');
    await page.fill('#field-lastName', 'رضایی');
    await page.selectOption('#field-role', 'doctor');
    await page.click('button[form="user-form"]');
    // the profile's dialog follows the doctor's creation
    await page.waitForSelector('#doctor-form');
    await page.fill('[id="field-specialty.id"]', 'cardiology');
    await page.fill('[id="field-specialty.title"]', 'متخصص قلب و عروق');
    await page.fill('#field-medical_council_number', '12345');
    await page.fill('#field-experience_years', '15');
    await page.selectOption('#field-gender', 'female');
    await page.fill('[id="field-location.city"]', 'تهران');
    await page.fill('#field-languages', 'فارسی، انگلیسی');
    await page.fill('#field-accepted_insurances', 'تامین اجتماعی, ایران');
    await page.fill('#field-consultation_fee', '800000');
    await page.setInputFiles('#field-photo', { name: 'doctor.png', mimeType: 'image/png', buffer: png });
    await shot(page, 'users-doctor-en');
    await page.click('button[form="doctor-form"]');
    await page.waitForSelector('#doctor-form', { state: 'detached' });
    const profile = await json(await page.request.get(`${base}/api/admin/doctors/${doctor}/profile`));
    const p = profile.body;
    check(profile.status === 200 && p.specialty.id === 'cardiology' && p.specialty.title === 'متخصص قلب و عروق'
      && p.medical_council_number === '12345' && p.experience_years === 15 && p.gender === 'female' && p.location.city === 'تهران'
      && p.languages.join('|') === 'فارسی|انگلیسی' && p.accepted_insurances.join('|') === 'تامین اجتماعی|ایران'
      && p.consultation_fee === 800000 && p.profile_image !== null, `the profile as entered: ${JSON.stringify(profile)}`);
    const image = await page.request.get(p.profile_image);
    check(image.status() === 200 && Buffer.compare(await image.body(), png) === 0, `the photo is served: ${image.status()}`);
    await page.waitForSelector(`tr[data-username="${doctor}"] button[data-action="doctor-profile"]`);
  });

  // the user, in a browser of their own, uses doc 004's API as its JavaScript example does
  const userContext = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'fa' } });
  const user = userContext.request;

  await step('the new user logs in with doc 004\'s JSON login', async () => {
    const login = await json(await user.post(`${base}/api/auth/login`, { data: { username, password } }));
    check(login.status === 200 && login.body.success === true, `login: ${JSON.stringify(login)}`);
    const me = await json(await user.get(`${base}/api/auth/me`));
    check(me.status === 200 && me.body.username === username, `me: ${JSON.stringify(me)}`);
  });

  let shortJob;
  let longJob;
  const voices = `پزشکان ${suffix}`;
  await step('the user starts two jobs, a short boost and a long denoise, and makes a voice database', async () => {
    shortJob = await upload(userContext, '/api/boost/upload/', { boost_level: '2x' }, process.env.SHORT_AUDIO);
    longJob = await upload(userContext, '/api/denoise/upload/', {}, process.env.LONG_AUDIO);
    const csrf = (await userContext.cookies(base)).find((c) => c.name === 'csrftoken').value;
    const database = await json(await user.post(`${base}/api/diarization/voice-databases/`,
      { headers: { 'X-CSRFToken': csrf }, data: { name: voices } }));
    check(database.status === 201, `voice database: ${JSON.stringify(database)}`);
  });

  await step('the user creates one chat and is refused the second with the documented message', async () => {
    const first = await json(await user.post(`${base}/api/chats`, { data: { subject: 'اولین گفتگو' } }));
    check(first.status === 201 && typeof first.body.id === 'string', `first chat: ${JSON.stringify(first)}`);
    const second = await json(await user.post(`${base}/api/chats`, { data: { subject: 'دومین گفتگو' } }));
    check(second.status === 403 && second.body.error === LIMIT_REACHED, `second chat: ${JSON.stringify(second)}`);
  });

  await step('the admin deactivates the user in the console', async () => {
    await page.click(`tr[data-username="${username}"] button[data-action="deactivate"]`);
    await page.waitForSelector(`tr[data-username="${username}"] button[data-action="activate"]`);
    await page.waitForSelector(`tr[data-username="${username}"] .badge.off`);
    await shot(page, 'users-deactivated-en');
  });

  await step('the deactivated user\'s next requests are refused with the reason', async () => {
    const me = await json(await user.get(`${base}/api/auth/me`));
    check(me.status === 403 && me.body.error === INACTIVE, `me after deactivation: ${JSON.stringify(me)}`);
    const chat = await json(await user.post(`${base}/api/chats`, { data: { subject: 'بعد از غیرفعال‌سازی' } }));
    check(chat.status === 403 && chat.body.error === INACTIVE, `chat after deactivation: ${JSON.stringify(chat)}`);
    const again = await json(await user.post(`${base}/api/auth/login`, { data: { username, password } }));
    check(again.status === 403 && again.body.error === INACTIVE, `login after deactivation: ${JSON.stringify(again)}`);
  });

  await step('an API key is issued, shown once, and revoked', async () => {
    await visit(page, 'keys');
    await page.click('#issue-key');
    await page.waitForSelector('#key-form');
    await page.selectOption('#field-username', username);
    await page.fill('#field-name', 'CRM connector');
    await page.click('button[form="key-form"]');
    const key = await page.inputValue('#issued-key');
    check(/^[0-9a-f]{40}$/.test(key), `a 40-hex key: ${key}`);
    await shot(page, 'keys-issued-en');
    await page.click('dialog[open] .dialog-actions button');
    const row = page.locator('tr[data-key-id]', { hasText: 'CRM connector' }).first();
    await row.locator('button[data-action="revoke"]').click();
    await page.click('dialog[open] button[data-test="confirm"]');
    await row.locator('.badge.off').waitFor();
    check(!(await page.content()).includes(key), 'the key is not on the page any more');
    await shot(page, 'keys-en');
  });

  await step('the jobs page follows the user\'s jobs live, filtered by owner', async () => {
    await visit(page, 'jobs');
    await page.fill('#filter-owner', username);
    await page.click('#job-filters button[type="submit"]');
    await rowState(page, shortJob, 'completed');
    await page.waitForFunction((id) => {
      const row = document.querySelector(`tr[data-job-id="${id}"][data-state="processing"]`);
      return row && Number(row.querySelector('progress').value) >= 1;
    }, longJob, { timeout: 120_000 });
    // every refresh from now on is filtered; an old one may not show the other users' jobs again
    await page.waitForTimeout(3500);
    const owners = await page.$$eval('tr[data-job-id] td:nth-child(3)', (cells) => [...new Set(cells.map((c) => c.textContent))]);
    check(owners.length === 1 && owners[0] === username, `only ${username}'s jobs: ${owners}`);
    // the kinds are the server's (GET /api/admin/job-kinds), named in the console's language
    const kinds = await page.$$eval('#filter-kind option', (options) => options.map((o) => `${o.value}=${o.textContent}`));
    check(kinds.join('|') === '=Any|DENOISE=Denoise|BOOST=Boost|SEPARATE=Vocal separation|EXTRACT=Speaker extraction|DIARIZE=Diarization'
      + '|CONTENT_DOWNLOAD=Video download',
      `the kind filter: ${kinds}`);
    const kindCell = await page.textContent(`tr[data-job-id="${shortJob}"] td:nth-child(2)`);
    check(kindCell === 'Boost', `the short job's kind: ${kindCell}`);
    await shot(page, 'jobs-en');
  });

  await step('the admin cancels the running job, which ends failed with the reason', async () => {
    await page.click(`tr[data-job-id="${longJob}"] button[data-action="cancel"]`);
    await page.click('dialog[open] button[data-test="confirm"]');
    await rowState(page, longJob, 'failed', 10_000);
    const code = await page.textContent(`tr[data-job-id="${longJob}"] .error-code`);
    const error = await page.textContent(`tr[data-job-id="${longJob}"] .error-text`);
    check(code === 'CANCELLED_BY_ADMIN', `the code is shown: ${code}`);
    check(error === 'An administrator cancelled this job.', `the reason is shown: ${error}`);
    await page.click(`tr[data-job-id="${longJob}"] button[data-action="details"]`);
    await page.waitForSelector('dialog[open] dl.details');
    await shot(page, 'jobs-detail-en');
    await page.click('dialog[open] .dialog-actions button');
  });

  await step('the admin retries the cancelled job and it runs again', async () => {
    // the stopped execution finishes its chunk first; until then a retry is refused (409)
    const execution = async () => (await json(await page.request.get(`${base}/api/admin/jobs/${longJob}`))).body.execution;
    for (let waited = 0; (await execution())?.batchStatus !== 'STOPPED'; waited += 500) {
      check(waited < 60_000, `the execution did not stop in 60 s: ${JSON.stringify(await execution())}`);
      await page.waitForTimeout(500);
    }
    await page.click(`tr[data-job-id="${longJob}"] button[data-action="retry"]`);
    await page.waitForSelector(`tr[data-job-id="${longJob}"]:is([data-state="pending"], [data-state="processing"])`);
    await shot(page, 'jobs-retried-en');
    // not needed any more: cancelled again, so it does not hold the server's CPU
    const again = await page.request.post(`${base}/api/admin/jobs/${longJob}/cancel`);
    check(again.status() === 200, `cancelled again: ${again.status()}`);
  });

  await step('the queues and voice databases pages show the server\'s data', async () => {
    await visit(page, 'queues');
    await page.waitForSelector('tr[data-queue="NavaaJobRequests"] .depth');
    await shot(page, 'queues-en');
    await visit(page, 'voices');
    await page.locator('tr[data-database-id]', { hasText: voices }).waitFor();
    await shot(page, 'voices-en');
  });

  await step('the SMS outbox page shows the sign-in code sent to a new number', async () => {
    const local = `0912${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const caller = await browser.newContext();
    const sent = await json(await caller.request.post(`${base}/api/v1/auth/login/otp/`,
      { data: { phone_number: local, channel: 'sms' } }));
    await caller.close();
    check(sent.status === 200, `OTP requested: ${JSON.stringify(sent)}`);
    await visit(page, 'sms');
    await page.fill('#sms-phone', local);
    await page.click('#view form button[type="submit"]');
    const row = page.locator('#view tr', { hasText: `+98${local.slice(1)}` });
    await row.waitFor();
    const text = await row.textContent();
    check(/\d{6}/.test(text), `the code is in the row: ${text}`);
    await shot(page, 'sms-en');
  });

  await step('the library page uploads a video and lists it', async () => {
    await visit(page, 'library');
    const title = `ویدیوی آموزشی کنسول ${Date.now()}`;
    await page.setInputFiles('#library-file', process.env.LIBRARY_VIDEO);
    await page.fill('#library-title', title);
    await page.click('#library-upload');
    const row = page.locator('#view tr[data-video-id]', { hasText: title });
    await row.waitFor({ timeout: 30_000 });
    const length = (await row.locator('.duration').textContent()).trim();
    check(length === '0:01', `the 1-second video's duration: ${length}`);
    const captions = (await row.locator('.captions').textContent()).trim();
    check(captions === 'No', `no captions beside it: ${captions}`);
    // the library's own search finds it by its Persian title
    await page.fill('#library-q', 'ویدیوی آموزشی کنسول');
    await page.click('#view .page-header form button[type="submit"]');
    await page.waitForLoadState('networkidle');
    await row.waitFor();
    await shot(page, 'library-en');
    await page.fill('#library-q', '');
  });

  await step('the console switches to Persian and lays out right to left', async () => {
    await visit(page, 'dashboard');
    await page.click('.topbar .lang-switch');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const layout = await page.evaluate(() => {
      const nav = document.getElementById('nav').getBoundingClientRect();
      const view = document.getElementById('view').getBoundingClientRect();
      return {
        lang: document.documentElement.lang,
        navLeft: nav.left,
        navRight: nav.right,
        viewRight: view.right,
        width: document.documentElement.clientWidth,
        link: document.querySelector('#nav a[data-page="dashboard"]').textContent,
        heading: document.querySelector('#view h1').textContent,
        align: getComputedStyle(document.querySelector('th') ?? document.body).textAlign
      };
    });
    check(layout.lang === 'fa', `lang: ${layout.lang}`);
    check(layout.navLeft > layout.width / 2 && Math.abs(layout.navRight - layout.width) < 2,
      `the navigation is at the right edge: ${JSON.stringify(layout)}`);
    check(layout.viewRight <= layout.navLeft + 1, `the page is left of the navigation: ${JSON.stringify(layout)}`);
    check(layout.link === 'پیشخوان' && layout.heading === 'پیشخوان', `Persian labels: ${JSON.stringify(layout)}`);
    // the cancelled job among the recent errors: its code as it is, its reason in Persian
    const failure = page.locator(`tr[data-job-id="${longJob}"] .job-error`);
    await failure.locator('.error-text', { hasText: 'مدیر سیستم این پردازش را لغو کرد.' }).waitFor();
    const code = await failure.locator('.error-code').textContent();
    check(code === 'CANCELLED_BY_ADMIN', `the code on the Persian dashboard: ${code}`);
    const kind = await page.textContent(`tr[data-job-id="${longJob}"] td:nth-child(2)`);
    check(kind === 'حذف نویز', `the kind's Persian name from the server: ${kind}`);
    for (const name of PAGES) {
      await visit(page, name);
      await shot(page, `${name}-fa`);
      const untranslated = await page.evaluate(() => [...document.querySelectorAll('#nav a, th, #view h1, #view h2, #view button, .topbar button')]
        .map((el) => el.textContent.trim()).filter((text) => /^[A-Za-z][a-z ]+$/.test(text) && text !== 'English'));
      check(untranslated.length === 0, `labels left in English on ${name}: ${untranslated}`);
    }
  });

  await step('the Persian user form is right to left too', async () => {
    await visit(page, 'users');
    await page.click(`tr[data-username="${username}"] button[data-action="edit"]`);
    await page.waitForSelector('#user-form');
    const label = await page.evaluate(() => {
      const field = document.querySelector('#user-form .field');
      const text = document.createRange();
      text.selectNodeContents(field.querySelector('.label'));
      return { field: field.getBoundingClientRect().toJSON(), text: text.getBoundingClientRect().toJSON() };
    });
    check(Math.abs(label.field.right - label.text.right) < 2 && label.text.left > label.field.left + 20,
      `a label's text starts at the right: ${JSON.stringify(label)}`);
    await shot(page, 'users-edit-fa');
    await page.click('dialog[open] .dialog-actions button.secondary');
  });

  await step('the language choice is remembered', async () => {
    await page.reload();
    await page.waitForSelector('#app:not([hidden]) #view h1');
    check(await page.evaluate(() => document.documentElement.dir) === 'rtl', 'still right to left after a reload');
    await page.click('.topbar .lang-switch');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });

  await step('the admin deletes the user\'s voice database', async () => {
    await visit(page, 'voices');
    const row = page.locator('tr[data-database-id]', { hasText: voices });
    await row.locator('button[data-action="delete"]').click();
    await page.click('dialog[open] button[data-test="confirm"]');
    await row.waitFor({ state: 'detached' });
    const listed = (await json(await page.request.get(`${base}/api/admin/voice-databases`))).body;
    check(!listed.some((d) => d.name === voices), `gone from the server: ${JSON.stringify(listed)}`);
  });

  await step('a user who is not an admin is refused at the console\'s login', async () => {
    const plain = `plain_${suffix}`;
    const created = await page.request.post(`${base}/api/admin/users`, { data: { username: plain, password } });
    check(created.status() === 201, `created ${plain}: ${created.status()}`);
    const other = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const login = await other.newPage();
    await login.goto(`${base}/admin/`);
    await login.fill('#login-username', plain);
    await login.fill('#login-password', password);
    await login.click('#login-submit');
    await login.waitForFunction(() => document.getElementById('login-error').textContent.length > 0);
    const message = await login.textContent('#login-error');
    check(message.includes('not an administrator'), `refusal: ${message}`);
    check(await login.isHidden('#app'), 'the console stays closed');
    const me = await json(await other.request.get(`${base}/api/auth/me`));
    check(me.status === 401, `no session is left behind: ${JSON.stringify(me)}`);
    await shot(login, 'login-refused-en');
    await other.close();
  });

  await step('the page loaded nothing from elsewhere and raised no script error', async () => {
    check(problems.length === 0, problems.join('; '));
  });
  console.log('all steps passed');
} catch (error) {
  console.log(`not ok - ${current}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
