// GitHub Actions workflow commands: one `::error …::message` line per
// finding, which the Actions runner turns into an annotation on the file
// and line in the run's summary and in a pull request's diff.
import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import type { ReportContext } from './index.js';
import { toJsonMessage, type JsonMessage } from './json.js';

const COMMANDS: Record<JsonMessage['severity'], 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message (after `::`): %, CR and LF would end or garble it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file=, title=): also "," and ":", which separate properties and end the list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Relative to cwd (the workspace in a job) with forward slashes, as annotations expect. */
export function annotationPath(path: string, cwd: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

export function githubCommand(message: JsonMessage, path: string): string {
  const properties: Array<[string, string | number]> = [['file', path]];
  if (message.ruleId === null) {
    // A file that could not be read: no position, the annotation goes on the file.
    properties.push(['title', 'overclaim: file not linted']);
  } else {
    properties.push(
      ['line', message.line],
      ['col', message.column],
      ['endLine', message.endLine],
      ['endColumn', message.endColumn],
      ['title', message.verdict ? `overclaim ${message.ruleId} (${message.verdict})` : `overclaim ${message.ruleId}`],
    );
  }
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[message.severity]} ${list}::${escapeData(message.message)}`;
}

export function githubReport(files: readonly VFile[], context: Pick<ReportContext, 'cwd'>): string {
  const lines = files.flatMap((file) => {
    const path = annotationPath(file.path, context.cwd);
    return file.messages.map((message) => githubCommand(toJsonMessage(message), path));
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
