// `overclaim lsp`: a language server over stdio. Open Markdown, MDX, HTML
// and plain-text documents are linted as the files they are (their folder's
// config and capabilities apply), findings become diagnostics, and the
// rewrite built from a declared fact becomes a quick fix. A change to a
// capabilities or config file on disk re-lints every open document.
import { basename, isAbsolute, join } from 'node:path';
import { format as formatArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Point, Position as UnistPosition } from 'unist';
import type { VFileMessage } from 'vfile-message';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CapabilitiesError } from '../capabilities/load.js';
import { ConfigError } from '../config/load.js';
import { clearCaches } from '../engine.js';
import { lintAt } from '../lint-at.js';
import { formatFromPath, type Format } from '../parse/index.js';
import { FileProblemsError } from '../util/problems.js';

/** Language ids linted, and the format each is read as. Others are left alone. */
const LANGUAGE_FORMATS: Readonly<Record<string, Format>> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  plaintext: 'text',
  // Neovim's (and Vim's) filetype for plain text.
  text: 'text',
};

const FORMAT_EXTENSIONS: Readonly<Record<Format, string>> = { markdown: '.md', mdx: '.mdx', html: '.html', text: '.txt' };

/** Files whose change can change what a document's findings are. */
export const WATCHED_GLOBS = [
  '**/capabilities.{yml,yaml,json}',
  '**/{.overclaimrc,.overclaimrc.json,.overclaimrc.yaml,.overclaimrc.yml,overclaim.config.json,package.json}',
];

/** Quiet time after the last keystroke before a document is linted again. */
const DEBOUNCE_MS = 200;

const SOURCE = 'overclaim';

/** What a diagnostic carries for its code action. */
export interface DiagnosticData {
  actual?: string;
  expected?: string[];
  /** false when the rewrite would not read right in place; it is then offered but not preferred. */
  fixable?: boolean;
}

/**
 * Start the server on `connection` (default: a new one over stdin/stdout)
 * and listen. The process lives until the client sends `exit` or closes
 * stdin; the library then ends it (code 0 after `shutdown`, 1 without).
 */
export function startServer(connection: Connection = stdioConnection()): Connection {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  let baseFolder = process.cwd();
  let relatedInformation = false;
  let watchFiles = false;
  let loggedProblems = '';

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) {
      try {
        baseFolder = fileURLToPath(root);
      } catch {
        // A file URI this platform cannot map (a UNC host on POSIX): keep the working folder.
      }
    }
    relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'overclaim' },
    };
  });

  connection.onInitialized(() => {
    // Without dynamic registration a client may still send the notification (from its own settings); it is handled alike.
    if (!watchFiles) return;
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
      .catch((error: unknown) => connection.console.warn(`overclaim: could not watch capabilities and config files: ${String(error)}`));
  });

  function lintNow(uri: string): void {
    cancel(uri);
    const document = documents.get(uri);
    if (!document || !(document.languageId in LANGUAGE_FORMATS)) return;
    connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnose(document) }).catch(() => {
      // The client has gone; the library ends the process.
    });
  }

  function diagnose(document: TextDocument): Diagnostic[] {
    const path = pathFor(document.uri, LANGUAGE_FORMATS[document.languageId], baseFolder);
    try {
      const diagnostics = lintAt(document.getText(), path, {}).messages.map(toDiagnostic);
      loggedProblems = '';
      return diagnostics;
    } catch (error) {
      if (error instanceof FileProblemsError) return [brokenSettings(error, document)];
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      connection.console.error(`overclaim: internal error while linting ${document.uri}: ${detail}`);
      return [];
    }
  }

  /** One error at the top: nothing is linted against a half-read file. Every problem goes to the log, once. */
  function brokenSettings(error: FileProblemsError, document: TextDocument): Diagnostic {
    const what = error instanceof ConfigError ? 'config file' : error instanceof CapabilitiesError ? 'capabilities file' : 'settings file';
    const [first, ...rest] = error.problems;
    const logged = error.problems.join('\n');
    if (logged !== loggedProblems) {
      loggedProblems = logged;
      for (const problem of error.problems) connection.console.error(`overclaim: ${problem}`);
    }
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'}; see the overclaim log)` : '';
    const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: `the ${what} is broken, so nothing was checked: ${first}${more}`,
    };
    if (relatedInformation) {
      const related = error.problems.map(problemLocation).filter((item): item is DiagnosticRelatedInformation => item !== undefined);
      if (related.length > 0) diagnostic.relatedInformation = related;
    }
    return diagnostic;
  }

  function cancel(uri: string): void {
    const timer = timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(uri);
  }

  function schedule(uri: string): void {
    cancel(uri);
    timers.set(
      uri,
      setTimeout(() => lintNow(uri), DEBOUNCE_MS),
    );
  }

  /** Versions linted on open, so the change event that follows every open does not lint twice. */
  const openedAt = new Map<string, number>();

  documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    lintNow(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    if (openedAt.get(document.uri) === document.version) {
      openedAt.delete(document.uri);
      return;
    }
    openedAt.delete(document.uri);
    if (document.languageId in LANGUAGE_FORMATS) schedule(document.uri);
  });

  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    openedAt.delete(document.uri);
    if (document.languageId in LANGUAGE_FORMATS) {
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(() => undefined);
    }
  });

  connection.onDidChangeWatchedFiles(() => {
    clearCaches();
    for (const document of documents.all()) lintNow(document.uri);
  });

  connection.onCodeAction(({ textDocument, context }): CodeAction[] => {
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      const suggestions = (data?.expected ?? []).filter((text): text is string => typeof text === 'string');
      suggestions.forEach((suggestion, index) => {
        const actual = data?.actual ?? documents.get(textDocument.uri)?.getText(diagnostic.range) ?? '';
        actions.push({
          title: `Replace "${actual}" with "${suggestion}"`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0 && data?.fixable !== false,
          edit: { changes: { [textDocument.uri]: [{ range: diagnostic.range, newText: suggestion }] } },
        });
      });
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const uri of [...timers.keys()]) cancel(uri);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** A connection over this process's stdin and stdout; anything printed with console goes to the client's log instead. */
function stdioConnection(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // stdout carries the protocol: a stray console.log from anywhere would corrupt it.
  const log = (...args: unknown[]) => connection.console.log(formatArgs(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(formatArgs(...args));
  console.error = (...args: unknown[]) => connection.console.error(formatArgs(...args));
  return connection;
}

/**
 * The path a document is linted as: a file's own path; for other schemes
 * (untitled:, git:, …) the URI's path when absolute, else its name in the
 * workspace folder. The extension is fixed up to match the language, so a
 * Markdown file named README is read as Markdown. Only the folder is used
 * for discovery; nothing is read from the path.
 */
export function pathFor(uri: string, format: Format, baseFolder: string): string {
  let path: string;
  try {
    const url = new URL(uri);
    if (url.protocol === 'file:') {
      path = fileURLToPath(url);
    } else {
      const uriPath = decodeURIComponent(url.pathname);
      path = isAbsolute(uriPath) ? uriPath : join(baseFolder, basename(uriPath) || 'untitled');
    }
  } catch {
    path = join(baseFolder, 'untitled');
  }
  return formatFromPath(path) === format ? path : path + FORMAT_EXTENSIONS[format];
}

function isPosition(place: Point | UnistPosition): place is UnistPosition {
  return 'start' in place;
}

/** vfile points are 1-based lines and columns (in UTF-16 code units, as LSP's characters); LSP is 0-based. */
function toPosition(point: Point | undefined): Position {
  return { line: Math.max(0, (point?.line ?? 1) - 1), character: Math.max(0, (point?.column ?? 1) - 1) };
}

function toRange(place: Point | UnistPosition | null | undefined): Range {
  if (!place) return { start: toPosition(undefined), end: toPosition(undefined) };
  if (isPosition(place)) return { start: toPosition(place.start), end: toPosition(place.end) };
  return { start: toPosition(place), end: toPosition(place) };
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  const fixable = (message as VFileMessage & { fixable?: unknown }).fixable;
  const data: DiagnosticData = { actual: message.actual, expected: message.expected };
  if (typeof fixable === 'boolean') data.fixable = fixable;
  const diagnostic: Diagnostic = {
    range: toRange(message.place),
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: SOURCE,
    message: message.reason,
    data,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = { href: message.url };
  return diagnostic;
}

/** "FILE:LINE:COL: text" as a location in that file, when FILE is an absolute path. */
function problemLocation(problem: string): DiagnosticRelatedInformation | undefined {
  const match = /^(.+?):(\d+):(\d+): (.*)$/.exec(problem);
  if (!match || !isAbsolute(match[1])) return undefined;
  const position = { line: Math.max(0, Number(match[2]) - 1), character: Math.max(0, Number(match[3]) - 1) };
  return { location: { uri: pathToFileURL(match[1]).href, range: { start: position, end: position } }, message: match[4] };
}
