// `overclaim lsp`, spawned from the built binary and driven by a real
// JSON-RPC client: diagnostics, quick fixes, watched capabilities files,
// broken capabilities, and a clean exit.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol';
import { BIN, ROOT } from './helpers.js';

/** Every wait resolves on its event; this is only the ceiling. */
const WAIT_MS = 10_000;

const HOURS = 'support:\n  hours: Mon-Fri 09:00-17:00\n';
const COPY = 'Our team answers 24/7.\n';

interface Client {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  folder: string;
  stderr: () => string;
  initializeResult: InitializeResult;
  /** The next diagnostics published for `uri` (queued ones first). */
  nextDiagnostics: (uri: string) => Promise<PublishDiagnosticsParams>;
  /** Resolves with the registrations the server asked for. */
  registered: Promise<Registration[]>;
  /** The URIs of every diagnostics notification so far, in order. */
  seen: string[];
  exited: Promise<number | null>;
}

const running: Client[] = [];

function within<T>(promise: Promise<T>, what: string, client: Client | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}${client ? `; server stderr: ${client.stderr()}` : ''}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `capabilitiesYaml` null: the folder has no capabilities file. */
async function startClient(capabilitiesYaml: string | null = HOURS): Promise<Client> {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'overclaim-lsp-')));
  if (capabilitiesYaml !== null) writeFileSync(join(folder, 'capabilities.yml'), capabilitiesYaml);

  const child = spawn(process.execPath, [BIN, 'lsp'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const seen: string[] = [];
  const waiting: Array<{ uri: string; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    seen.push(params.uri);
    const index = waiting.findIndex((waiter) => waiter.uri === params.uri);
    if (index >= 0) waiting.splice(index, 1)[0].resolve(params);
    else published.push(params);
  });
  let onRegistered: (registrations: Registration[]) => void = () => undefined;
  const registered = new Promise<Registration[]>((resolve) => (onRegistered = resolve));
  connection.onRequest(RegistrationRequest.type, (params) => {
    onRegistered(params.registrations);
  });
  connection.listen();

  const partial = { connection, child, folder, stderr: () => stderr, registered, seen, exited };
  const nextDiagnostics = (uri: string) => {
    const index = published.findIndex((params) => params.uri === uri);
    if (index >= 0) return Promise.resolve(published.splice(index, 1)[0]);
    return within(
      new Promise<PublishDiagnosticsParams>((resolve) => waiting.push({ uri, resolve })),
      `diagnostics for ${uri}`,
      { ...partial, nextDiagnostics, initializeResult: {} as InitializeResult },
    );
  };

  const initializeResult = await within(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'site' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
        },
      },
    }),
    'initialize',
    undefined,
  );
  await connection.sendNotification(InitializedNotification.type, {});
  const client: Client = { ...partial, nextDiagnostics, initializeResult };
  running.push(client);
  return client;
}

async function open(client: Client, name: string, text: string, languageId = 'markdown'): Promise<string> {
  const uri = pathToFileURL(join(client.folder, name)).href;
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return uri;
}

async function change(client: Client, uri: string, version: number, text: string): Promise<void> {
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function capabilitiesChanged(client: Client, yaml: string): Promise<void> {
  const file = join(client.folder, 'capabilities.yml');
  const type = existsSync(file) ? FileChangeType.Changed : FileChangeType.Created;
  writeFileSync(file, yaml);
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type }] });
}

afterEach(() => {
  for (const client of running.splice(0)) {
    client.connection.dispose();
    if (client.child.exitCode === null && client.child.signalCode === null) client.child.kill();
    rmSync(client.folder, { recursive: true, force: true });
  }
});

describe('overclaim lsp', () => {
  test('advertises incremental sync and quick fixes, and watches capabilities and config files', async () => {
    const client = await startClient();
    expect(client.initializeResult.capabilities.textDocumentSync).toBe(2);
    expect(client.initializeResult.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
    const registrations = await within(client.registered, 'client/registerCapability', client);
    expect(registrations).toHaveLength(1);
    expect(registrations[0].method).toBe('workspace/didChangeWatchedFiles');
    const globs = (registrations[0].registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((watcher) => watcher.globPattern);
    expect(globs).toEqual([
      '**/capabilities.{yml,yaml,json}',
      '**/{.overclaimrc,.overclaimrc.json,.overclaimrc.yaml,.overclaimrc.yml,overclaim.config.json,package.json}',
    ]);
  });

  test('a contradicted promise is an error diagnostic with a quick fix that clears it', async () => {
    const client = await startClient();
    const uri = await open(client, 'page.md', COPY);
    const published = await client.nextDiagnostics(uri);
    expect(published.version).toBe(1);
    expect(published.diagnostics).toHaveLength(1);
    const [diagnostic] = published.diagnostics;
    expect(diagnostic).toMatchObject({
      range: { start: { line: 0, character: 17 }, end: { line: 0, character: 21 } },
      severity: 1,
      code: 'availability',
      source: 'overclaim',
      message: `"24/7" is contradicted: support.hours is Mon-Fri 09:00-17:00 (${join(client.folder, 'capabilities.yml')}:2); say "Mon–Fri 09:00–17:00" instead`,
      data: { actual: '24/7', expected: ['Mon–Fri 09:00–17:00'] },
    });
    expect(diagnostic.codeDescription?.href).toMatch(/#availability$/);
    expect(COPY.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('24/7');

    const actions = (await within(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }),
      'code actions',
      client,
    )) as CodeAction[];
    expect(actions).toHaveLength(1);
    const [fix] = actions;
    expect(fix).toMatchObject({ title: 'Replace "24/7" with "Mon–Fri 09:00–17:00"', kind: 'quickfix', isPreferred: true });
    const edits = fix.edit?.changes?.[uri];
    expect(edits).toEqual([{ range: diagnostic.range, newText: 'Mon–Fri 09:00–17:00' }]);

    const fixed = COPY.slice(0, edits![0].range.start.character) + edits![0].newText + COPY.slice(edits![0].range.end.character);
    expect(fixed).toBe('Our team answers Mon–Fri 09:00–17:00.\n');
    await change(client, uri, 2, fixed);
    const after = await client.nextDiagnostics(uri);
    expect(after.version).toBe(2);
    expect(after.diagnostics.filter((item: Diagnostic) => item.code === 'availability')).toEqual([]);
  });

  test('editing the promise away clears the diagnostics', async () => {
    const client = await startClient();
    const uri = await open(client, 'page.md', COPY);
    expect((await client.nextDiagnostics(uri)).diagnostics).toHaveLength(1);
    await change(client, uri, 2, 'Our team answers your e-mail.\n');
    const after = await client.nextDiagnostics(uri);
    expect(after).toMatchObject({ version: 2, diagnostics: [] });
  });

  test('a changed capabilities file re-lints open documents', async () => {
    const client = await startClient();
    const uri = await open(client, 'page.md', COPY);
    expect((await client.nextDiagnostics(uri)).diagnostics).toHaveLength(1);

    await capabilitiesChanged(client, 'support:\n  hours: 24/7\n');
    expect((await client.nextDiagnostics(uri)).diagnostics).toEqual([]);
    await change(client, uri, 2, `${COPY}Call us: we answer 24/7.\n`);
    expect(await client.nextDiagnostics(uri)).toMatchObject({ version: 2, diagnostics: [] });
  });

  test('a capabilities file created after the document was opened is found', async () => {
    const client = await startClient(null);
    const uri = await open(client, 'page.md', COPY);
    expect((await client.nextDiagnostics(uri)).diagnostics.map((item: Diagnostic) => [item.code, item.severity])).toEqual([['availability', 2]]);
    // Discovery is cached per folder: only the watched-files notification makes the server look again.
    await capabilitiesChanged(client, HOURS);
    expect((await client.nextDiagnostics(uri)).diagnostics.map((item: Diagnostic) => [item.code, item.severity])).toEqual([['availability', 1]]);
  });

  test('a broken capabilities file is one error at the top, and the server carries on', async () => {
    const client = await startClient('support:\n  hours: 9 to 5\n');
    const uri = await open(client, 'page.md', COPY);
    const published = await client.nextDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    const [diagnostic] = published.diagnostics;
    const file = join(client.folder, 'capabilities.yml');
    expect(diagnostic).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: COPY.length - 1 } },
      severity: 1,
      source: 'overclaim',
    });
    expect(diagnostic.message).toContain('capabilities file is broken');
    expect(diagnostic.message).toContain(`${file}:2:10: support.hours: expected opening hours like 24/7 or Mon-Fri 09:00-17:00, got "9 to 5"`);
    expect(diagnostic.relatedInformation).toEqual([
      {
        location: { uri: pathToFileURL(file).href, range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } } },
        message: 'support.hours: expected opening hours like 24/7 or Mon-Fri 09:00-17:00, got "9 to 5"',
      },
    ]);

    // Still answering: no quick fix for it, and mending the file brings the findings back.
    const actions = await within(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }),
      'code actions',
      client,
    );
    expect(actions).toEqual([]);
    expect(client.child.exitCode).toBeNull();
    await capabilitiesChanged(client, HOURS);
    const mended = await client.nextDiagnostics(uri);
    expect(mended.diagnostics.map((item: Diagnostic) => item.code)).toEqual(['availability']);
  });

  test('documents that are not files are linted; other languages are left alone', async () => {
    const client = await startClient();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: 'untitled:Untitled-1', languageId: 'javascript', version: 1, text: 'const support = "24/7";\n' },
    });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: 'untitled:Untitled-2', languageId: 'markdown', version: 1, text: '# Help\n\nWe answer **24/7**.\n' },
    });
    // The server answers in order: had the JavaScript document been linted, its diagnostics would come first.
    const published = await client.nextDiagnostics('untitled:Untitled-2');
    expect(published.diagnostics.map((item: Diagnostic) => [item.code, item.range.start.line, item.range.start.character])).toEqual([['availability', 2, 12]]);
    expect(client.seen).toEqual(['untitled:Untitled-2']);
    const html = await open(client, 'page.html', '<p>Our team answers 24/7.</p>\n', 'html');
    expect((await client.nextDiagnostics(html)).diagnostics.map((item: Diagnostic) => item.range.start.character)).toEqual([20]);
  });

  test('shutdown and exit end the process with code 0', async () => {
    const client = await startClient();
    await within(client.connection.sendRequest(ShutdownRequest.type), 'shutdown', client);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await within(client.exited, 'the server to exit', client)).toBe(0);
    expect(client.stderr()).toBe('');
  });
});
