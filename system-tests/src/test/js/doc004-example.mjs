// Doc 004's "complete example" (doc004-example.js, copied unchanged from the document) run
// where its relative URLs and session cookie mean what they say: in a page of this server,
// in Debian's Chromium. Run by DocumentChatExampleIT; prints one JSON object: the three
// responses' statuses, the message response's body and the chat as GET /api/chats/{id}
// then shows it.
//
// Environment: BASE_URL (http://localhost:18080), CHROMIUM (/usr/bin/chromium).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:18080';
const example = readFileSync(new URL('./doc004-example.js', import.meta.url), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/admin/`);
  const outcome = await page.evaluate(`(async () => {
${example}
    return {
      login: loginResponse.status,
      chat: chatResponse.status,
      chatId,
      message: messageResponse.status,
      messageBody: await messageResponse.json(),
      chatAfter: await (await fetch('/api/chats/' + chatId)).json(),
    };
  })()`);
  console.log(JSON.stringify(outcome));
} finally {
  await browser.close();
}
