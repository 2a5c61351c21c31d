// `overclaim serve`: a local playground. A node:http server on the loopback
// interface only, serving one page and one JSON endpoint that lints with the
// same core as the CLI (lintText + parseCapabilities): no second
// implementation in the browser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { location } from 'vfile-location';
import { CapabilitiesError, parseCapabilities } from '../capabilities/load.js';
import type { Capabilities } from '../capabilities/types.js';
import { lintText } from '../lint.js';
import type { Format } from '../parse/formats.js';
import { toJsonMessage, type JsonMessage } from '../report/json.js';
import { playgroundPage } from './page.js';

/** Request bodies above this are refused with 413 before they are read. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The formats the page offers, and the file name each lints as. */
export const PLAYGROUND_FORMATS: Record<string, { format: Format; path: string }> = {
  text: { format: 'text', path: 'copy.txt' },
  markdown: { format: 'markdown', path: 'copy.md' },
  html: { format: 'html', path: 'copy.html' },
};

/** The name capabilities problems carry: "capabilities.yml:LINE:COL: …". */
const CAPABILITIES_NAME = 'capabilities.yml';

/** Hosts the server answers to; anything else is refused (guards against DNS rebinding). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  /** A loopback address; the default, and the only one the CLI uses, is 127.0.0.1. */
  host?: string;
}

export interface RunningServer {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  address: AddressInfo;
  /** Stop accepting connections, end open ones, and resolve when the server is closed. */
  close(): Promise<void>;
}

/** A message as the page gets it: the JSON report's shape plus offsets into the text. */
export interface PlaygroundMessage extends JsonMessage {
  start: number;
  end: number;
}

export type LintResponse = { messages: PlaygroundMessage[] } | { capabilitiesErrors: string[] };

export interface LintRequest {
  text: string;
  format: string;
  capabilities?: string;
}

/** The endpoint's work, without HTTP: exported for tests and other front ends. */
export function lintForPlayground(request: LintRequest): LintResponse {
  let capabilities: Capabilities | undefined;
  // An empty pane means nothing is declared yet: lint without capabilities.
  if (request.capabilities !== undefined && request.capabilities.trim() !== '') {
    try {
      capabilities = parseCapabilities(request.capabilities, CAPABILITIES_NAME);
    } catch (error) {
      if (error instanceof CapabilitiesError) return { capabilitiesErrors: error.problems };
      throw error;
    }
  }
  const { format, path } = PLAYGROUND_FORMATS[request.format];
  const file = lintText(request.text, { path, format, capabilities });
  const place = location(request.text);
  const messages = file.messages.map((message): PlaygroundMessage => {
    const json = toJsonMessage(message);
    const start = place.toOffset({ line: json.line, column: json.column }) ?? 0;
    const end = place.toOffset({ line: json.endLine, column: json.endColumn }) ?? start;
    return { ...json, start, end: Math.max(start, end) };
  });
  return { messages };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * Read a request body up to `limit` bytes. A declared Content-Length over
 * the limit is refused before anything is read; a body that grows past it
 * is refused as soon as it does, and the rest is never buffered.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, `request body too large (limit ${limit} bytes)`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Stop reading: nothing more of this body is taken in.
        request.pause();
        reject(new HttpError(413, `request body too large (limit ${limit} bytes)`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

function parseLintRequest(body: Buffer): LintRequest {
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new HttpError(400, 'expected a JSON object {text, format, capabilities}');
  const { text, format, capabilities } = data as Record<string, unknown>;
  if (typeof text !== 'string') throw new HttpError(400, '"text" must be a string');
  const chosen = format ?? 'text';
  if (typeof chosen !== 'string' || !Object.hasOwn(PLAYGROUND_FORMATS, chosen)) {
    throw new HttpError(400, `"format" must be one of ${Object.keys(PLAYGROUND_FORMATS).join(', ')}`);
  }
  if (capabilities !== undefined && capabilities !== null && typeof capabilities !== 'string') throw new HttpError(400, '"capabilities" must be a string');
  return { text, format: chosen, capabilities: capabilities ?? undefined };
}

/** The Host header without its port, lower-case. */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const bracketed = /^\[[^\]]*\]/.exec(header);
  return (bracketed ? bracketed[0] : header.replace(/:\d+$/, '')).toLowerCase();
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!LOOPBACK_HOSTS.has(hostName(request.headers.host))) throw new HttpError(403, 'this server only answers requests addressed to 127.0.0.1 or localhost');
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;

  if (path === '/' || path === '/index.html') {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'use GET', { Allow: 'GET, HEAD' });
    const page = playgroundPage();
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(page),
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    response.end(request.method === 'HEAD' ? undefined : page);
    return;
  }

  if (path === '/api/lint') {
    if (request.method !== 'POST') throw new HttpError(405, 'use POST', { Allow: 'POST' });
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw new HttpError(415, 'send the request as application/json');
    const body = await readBody(request, MAX_BODY_BYTES);
    sendJson(response, 200, lintForPlayground(parseLintRequest(body)));
    return;
  }

  throw new HttpError(404, 'not found');
}

function fail(request: IncomingMessage, response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof HttpError) {
    // Unread body left on the connection: close it after this answer rather than read the rest.
    const unread = !request.complete;
    sendJson(response, error.status, { error: error.message }, unread ? { ...error.headers, Connection: 'close' } : error.headers);
    return;
  }
  sendJson(response, 500, { error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
}

/** Start the playground server; resolves once it listens. */
export function startServer({ port, host = '127.0.0.1' }: ServeOptions): Promise<RunningServer> {
  if (!LOOPBACK_HOSTS.has(host.toLowerCase())) return Promise.reject(new Error(`the playground only listens on the loopback interface, not on ${host}`));
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => fail(request, response, error));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: host === 'localhost' ? '127.0.0.1' : host }, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}/`,
        address,
        close: () =>
          new Promise<void>((done, failed) => {
            server.close((error) => (error ? failed(error) : done()));
            // Browsers keep connections alive; end them so close() does not wait on them.
            server.closeAllConnections();
          }),
      });
    });
  });
}
