// The marketer's view, driven in a real headless Chromium (Debian's
// `chromium` package through playwright-core; no browser is downloaded):
// the HTML report of the seafood example, and the `overclaim serve`
// playground updating as someone types. Then the playground server over
// plain HTTP: loopback only, body limit, errors, clean shutdown.
// Screenshots go to test-output/.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_BODY_BYTES, startServer, type RunningServer } from '../src/serve/server.js';
import { BIN, ROOT, run, runJson } from './helpers.js';

const OUTPUT = join(ROOT, 'test-output');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1000, height: 800 };

mkdirSync(OUTPUT, { recursive: true });

/** A running `overclaim serve` and the URL it printed. */
interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServe(): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`overclaim serve printed no URL in 20 s; stderr: ${stderr}`)), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^overclaim playground: (http:\/\/\S+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], stderr: () => stderr, exited });
      }
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`overclaim serve exited with ${code} before listening; stderr: ${stderr}`));
    });
  });
}

async function stopServe(serve: ServeProcess | undefined): Promise<void> {
  if (!serve || serve.child.exitCode !== null) return;
  serve.child.kill('SIGTERM');
  await serve.exited;
}

/** Only file: and the playground itself may be loaded: the pages must fetch nothing else. */
function recordForeignRequests(page: Page, allowed: (url: string) => boolean): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!allowed(request.url())) foreign.push(request.url());
  });
  return foreign;
}

/**
 * Without Debian's Chromium a developer's `npm test` still runs everything
 * else and says so; CI (CI=true, where .ci/run installs Chromium first)
 * never skips.
 */
const browserMissing = !existsSync(CHROMIUM) && !process.env.CI;
if (browserMissing) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it and runs them`);

describe.skipIf(browserMissing)('in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  }, 40_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the HTML report highlights the seafood example with the declared facts and rewrites', async () => {
    const reportPath = join(OUTPUT, 'report.html');
    const generated = run(['examples/seafood/landing.md', '--format', 'html', '--output', reportPath]);
    expect(generated.stderr).toBe('');
    expect(generated.stdout).toBe('');
    expect(generated.code).toBe(1);
    const { report } = runJson(['examples/seafood/landing.md']);
    const messages = report.files[0].messages;

    const page = await browser.newPage({ viewport: VIEWPORT });
    const foreign = recordForeignRequests(page, (url) => url.startsWith('file:'));
    await page.goto(pathToFileURL(reportPath).href);

    // Real structure: one h1, landmarks, a file list.
    expect(await page.locator('h1').allInnerTexts()).toEqual(['overclaim report']);
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('nav').innerText()).toContain('examples/seafood/landing.md');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Summary', 'examples/seafood/landing.md']);

    // The contradicted "24/7": highlighted, labelled in more than colour, explained below its line.
    const mark = page.locator('mark.claim.v-contradicted', { hasText: '24/7' });
    expect(await mark.count()).toBe(1);
    expect(await mark.innerText()).toBe('24/7');
    const noteId = await mark.getAttribute('aria-describedby');
    expect(noteId).toMatch(/^file-1-finding-\d+$/);
    const number = noteId!.replace(/.*-/, '');
    const tag = page.locator(`a.tag[href="#${noteId}"]`);
    expect(await tag.textContent()).toBe(`✖ contradicted, finding ${number}`);
    expect(await tag.evaluate((node) => node.previousElementSibling?.textContent)).toBe('24/7');
    const note = page.locator(`#${noteId}`);
    const noteText = await note.innerText();
    expect(noteText).toContain('contradicted');
    expect(noteText).toContain('availability');
    expect(noteText).toContain('support.hours is Tue-Sun 11:00-22:00');
    expect(noteText).toContain('capabilities.yml:4');
    expect(await note.locator('ins.rewrite').innerText()).toBe('Tue–Sun 11:00–22:00');
    // The line numbers run beside the copy.
    expect(await page.locator('.row', { has: mark }).locator('.ln').innerText()).toBe('9');

    // Every finding has its tag and its note.
    expect(await page.locator('a.tag').count()).toBe(messages.length);
    expect(await page.locator('li.note').count()).toBe(messages.length);
    for (const verdict of ['contradicted', 'unsubstantiated', 'puffery'] as const) {
      expect(await page.locator(`li.note.v-${verdict}`).count(), verdict).toBe(messages.filter((message) => message.verdict === verdict).length);
    }

    // The summary's numbers are the JSON report's.
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    expect(await page.locator('[data-testid="totals"]').innerText()).toBe(
      `1 file, ${plural(messages.length, 'finding')}: ${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${report.infoCount} info`,
    );
    const countOf = (key: (message: (typeof messages)[number]) => string | null, value: string) => messages.filter((message) => key(message) === value).length;
    const verdictChart = await page.locator('#chart-verdicts-desc').textContent();
    expect(verdictChart).toBe(
      `✖ contradicted: ${countOf((m) => m.verdict, 'contradicted')}, ⚠ unsubstantiated: ${countOf((m) => m.verdict, 'unsubstantiated')}, ≈ puffery: ${countOf((m) => m.verdict, 'puffery')}`,
    );
    const classChart = await page.locator('#chart-classes-desc').textContent();
    for (const ruleId of ['completeness', 'availability', 'speed', 'guarantee', 'offering']) {
      expect(classChart).toContain(`${ruleId}: ${countOf((m) => m.ruleId, ruleId)}`);
    }
    expect(countOf((m) => m.verdict, 'contradicted')).toBeGreaterThanOrEqual(5);
    // The chart's labels are text in the page, not only shapes.
    expect(await page.locator('#chart-verdicts-title + svg text', { hasText: 'contradicted' }).count()).toBe(1);

    // A print stylesheet, and nothing fetched from anywhere.
    const printRules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print').length,
    );
    expect(printRules).toBeGreaterThan(0);
    expect(foreign).toEqual([]);

    await page.screenshot({ path: join(OUTPUT, 'report.png'), clip: { x: 0, y: 0, width: VIEWPORT.width, height: 1400 }, fullPage: true });
    await page.close();
  }, 60_000);

  describe('the playground', () => {
    let serve: ServeProcess;

    beforeAll(async () => {
      serve = await startServe();
    }, 30_000);

    afterAll(async () => {
      await stopServe(serve);
    });

    test('shows a contradicted claim within a second of typing, and capabilities errors with their line', async () => {
      expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const context = await browser.newContext({ viewport: { width: VIEWPORT.width, height: 900 } });
      const page = await context.newPage();
      const origin = new URL(serve.url).origin;
      const foreign = recordForeignRequests(page, (url) => url.startsWith(origin));
      await page.goto(serve.url);
      expect(await page.locator('h1').innerText()).toBe('overclaim playground');
      // The page lints its sample as it loads.
      await page.waitForSelector('#messages li', { timeout: 10_000 });

      await page.fill('#capabilities', 'support:\n  hours: Mon-Fri 09:00-17:00\n');
      await page.fill('#copy', '');
      await page.waitForFunction(() => document.querySelectorAll('#messages li').length === 0 && document.getElementById('status')?.textContent !== 'Checking…', undefined, {
        timeout: 10_000,
      });

      await page.locator('#copy').pressSequentially('We answer 24/7');
      const typed = Date.now();
      // The one tight bound: the findings follow the typing within a second.
      await page.waitForFunction(
        () => {
          const preview = document.getElementById('preview')?.textContent ?? '';
          return preview.startsWith('We answer 24/7') && document.querySelector('#messages li.v-contradicted[data-rule="availability"]') !== null;
        },
        undefined,
        { timeout: 1000 },
      );
      expect(Date.now() - typed).toBeLessThan(1000);
      const message = page.locator('#messages li.v-contradicted[data-rule="availability"]');
      expect(await message.count()).toBe(1);
      const messageText = await message.innerText();
      expect(messageText).toContain('contradicted');
      expect(messageText).toContain('support.hours is Mon-Fri 09:00-17:00 (capabilities.yml:2)');
      expect(await page.locator('#preview mark.claim.v-contradicted').innerText()).toBe('24/7');
      expect(await page.locator('#preview .tag.v-contradicted').textContent()).toBe('✖ contradicted, finding 1');

      // The rewrite: every suggestion applied, shown and put on the clipboard (or selected for copying).
      await page.click('#copy-rewritten');
      await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '', undefined, { timeout: 10_000 });
      expect(await page.inputValue('#rewritten')).toBe('We answer Mon–Fri 09:00–17:00');
      expect(await page.locator('#rewritten').isVisible()).toBe(true);

      // More copy for the screenshot.
      await page.locator('#copy').pressSequentially(' and reply within the hour. Everything you need, the best in town.');
      await page.waitForFunction(
        () => (document.getElementById('preview')?.textContent ?? '').endsWith('in town.') && document.querySelectorAll('#messages li').length >= 3,
        undefined,
        { timeout: 10_000 },
      );
      expect(await page.locator('#rewritten').isVisible()).toBe(false);
      await page.click('#copy-rewritten');
      await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '', undefined, { timeout: 10_000 });
      expect(await page.inputValue('#rewritten')).toMatch(/^We answer Mon–Fri 09:00–17:00 and reply /);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(OUTPUT, 'playground.png') });

      // A broken capabilities file: its problem shows with the line, nothing crashes.
      await page.fill('#capabilities', 'support: [');
      const problem = page.locator('#capabilities-errors li');
      await problem.first().waitFor({ timeout: 10_000 });
      expect(await page.locator('#capabilities-errors').isVisible()).toBe(true);
      const problemText = await problem.first().innerText();
      expect(problemText).toMatch(/^Line 1, column \d+: YAML syntax error/);
      expect(problemText).toMatch(/\(capabilities\.yml:1:\d+\)$/);
      expect(await page.locator('#messages li').count()).toBe(0);
      await page.screenshot({ path: join(OUTPUT, 'playground-capabilities-error.png') });

      // Fixed again, the findings come back.
      await page.fill('#capabilities', 'support:\n  hours: 24/7\n');
      await page.waitForFunction(() => document.getElementById('capabilities-errors')?.hidden === true, undefined, { timeout: 10_000 });
      expect(await page.locator('#messages li.v-contradicted[data-rule="availability"]').count()).toBe(0);

      expect(foreign).toEqual([]);
      expect(serve.child.exitCode).toBeNull();
      await context.close();
    }, 60_000);
  });
});

/** Send a request by hand, so a body can be cut short or streamed. */
function send(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string | number>; body?: string; stream?: boolean } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; sentBytes: number }> {
  const target = new URL(options.path ?? '/', url);
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const outgoing = request(target, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      answered = true;
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, sentBytes });
        outgoing.destroy();
      });
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.body !== undefined) {
      outgoing.write(options.body);
      sentBytes += Buffer.byteLength(options.body);
    }
    if (!options.stream) {
      if (options.headers?.['Content-Length'] === undefined || options.body === undefined) outgoing.end();
      return;
    }
    // Stream 64 KB chunks until the server answers (at most 64 MB).
    const chunk = 'x'.repeat(64 * 1024);
    const pump = () => {
      while (!answered && sentBytes < 64 * 1024 * 1024) {
        sentBytes += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

describe('the playground server over HTTP', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });

  afterAll(async () => {
    await server?.close();
  });

  test('listens on 127.0.0.1 only', async () => {
    expect(server.address.address).toBe('127.0.0.1');
    expect(server.address.family).toBe('IPv4');
    expect(server.url).toBe(`http://127.0.0.1:${server.address.port}/`);
    // Not reachable on any other interface of this machine.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry && !entry.internal && entry.family === 'IPv4');
    for (const entry of others) {
      await expect(send(`http://${entry!.address}:${server.address.port}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
    await expect(startServer({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  test('serves the page and lints as the CLI does', async () => {
    const page = await send(server.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<textarea id="copy"');

    const body = JSON.stringify({ text: 'We answer 24/7.', format: 'text', capabilities: 'support:\n  hours: Mon-Fri 09:00-17:00\n' });
    const linted = await send(server.url, { method: 'POST', path: '/api/lint', headers: { 'Content-Type': 'application/json' }, body });
    expect(linted.status).toBe(200);
    const { messages } = JSON.parse(linted.body);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      ruleId: 'availability',
      verdict: 'contradicted',
      actual: '24/7',
      expected: ['Mon–Fri 09:00–17:00'],
      declaredAt: 'capabilities.yml:2',
      line: 1,
      column: 11,
      start: 10,
      end: 14,
    });
    const cli = run(['--text', 'We answer 24/7.', '--capabilities', 'examples/seafood/capabilities.yml', '--format', 'json']);
    expect(JSON.parse(cli.stdout).files[0].messages[0]).toMatchObject({ ruleId: 'availability', verdict: 'contradicted', line: 1, column: 11 });

    const broken = await send(server.url, { method: 'POST', path: '/api/lint', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x', format: 'markdown', capabilities: 'suport: 1' }) });
    expect(broken.status).toBe(200);
    expect(JSON.parse(broken.body)).toEqual({ capabilitiesErrors: ['capabilities.yml:1:1: suport: unknown key; did you mean "support"?'] });
  });

  test('refuses a body over the limit with 413 before reading it', async () => {
    // Declared too large: answered without the body ever being sent.
    const declared = await send(server.url, {
      method: 'POST',
      path: '/api/lint',
      headers: { 'Content-Type': 'application/json', 'Content-Length': MAX_BODY_BYTES + 1 },
      body: '{"text": "',
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ error: `request body too large (limit ${MAX_BODY_BYTES} bytes)` });
    expect(declared.headers.connection).toBe('close');

    // Streamed without a length: answered once it passes the limit, not at the end of the stream.
    const streamed = await send(server.url, { method: 'POST', path: '/api/lint', headers: { 'Content-Type': 'application/json' }, body: '{"text": "', stream: true });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error).toMatch(/too large/);
    expect(streamed.sentBytes).toBeLessThan(64 * 1024 * 1024);

    // Just under the limit is read and linted (padded with JSON whitespace, which costs the linter nothing).
    const request = JSON.stringify({ text: 'We answer 24/7.', format: 'text' });
    const under = await send(server.url, { method: 'POST', path: '/api/lint', headers: { 'Content-Type': 'application/json' }, body: request + ' '.repeat(MAX_BODY_BYTES - request.length) });
    expect(under.status).toBe(200);
    expect(JSON.parse(under.body).messages[0]).toMatchObject({ ruleId: 'availability', verdict: 'unsubstantiated' });
  });

  test('answers bad requests with 400, 403, 404, 405 and 415', async () => {
    const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) => send(server.url, { method: 'POST', path: '/api/lint', headers, body });
    const malformed = await post('{"text": ');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ error: 'the request body is not valid JSON' });
    expect((await post('[]')).status).toBe(400);
    expect((await post(JSON.stringify({ text: 1 }))).status).toBe(400);
    expect(JSON.parse((await post(JSON.stringify({ text: 'x', format: 'pdf' }))).body).error).toMatch(/"format" must be one of text, markdown, html/);
    expect((await post(JSON.stringify({ text: 'x' }), { 'Content-Type': 'text/plain' })).status).toBe(415);

    const wrongMethod = await send(server.url, { path: '/api/lint' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    const postPage = await send(server.url, { method: 'POST', path: '/', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(postPage.status).toBe(405);
    expect((await send(server.url, { path: '/nothing-here' })).status).toBe(404);
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
    expect((await send(server.url, { headers: { Host: 'attacker.example' } })).status).toBe(403);
  });
});

describe('overclaim serve', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)('exits 0 promptly on %s, with a browser connection still open', async (signal) => {
    const serve = await startServe();
    try {
      expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      // A kept-alive connection must not hold the shutdown up.
      const response = await fetch(serve.url, { headers: { Connection: 'keep-alive' } });
      expect(response.status).toBe(200);
      await response.text();
      const sent = Date.now();
      serve.child.kill(signal);
      const { code, signal: killedBy } = await serve.exited;
      expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
      expect(Date.now() - sent).toBeLessThan(5000);
      expect(serve.stderr()).toContain(`overclaim playground stopped (${signal}).`);
      await expect(fetch(serve.url)).rejects.toThrow();
    } finally {
      await stopServe(serve);
    }
  }, 30_000);

  test('refuses a port that is taken, and a port that is not a number', async () => {
    const taken = await startServer({ port: 0 });
    try {
      // With a time limit: were the port not refused, the server would run until stopped.
      const result = spawnSync(process.execPath, [BIN, 'serve', '--port', String(taken.address.port)], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`overclaim: port ${taken.address.port} is already in use; pick another with --port, or --port 0 for any free one\n`);
    } finally {
      await taken.close();
    }
    const bad = run(['serve', '--port', 'http']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port expects a port number from 0 to 65535, got "http"');
  });
});
