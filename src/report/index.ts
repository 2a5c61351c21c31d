// Reporters by name. Each turns linted files into the text of one output
// format; the CLI writes it to stdout or --output.
import type { VFile } from 'vfile';
import { reporter as stylishReporter } from 'vfile-reporter';
import { githubReport } from './github.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';

export interface ReportContext {
  /** ANSI colours (stylish only). */
  color: boolean;
  /** overclaim's version, for formats that name the tool. */
  version: string;
  /** Where the command ran: formats that need absolute paths resolve against it. */
  cwd: string;
}

export type Reporter = (files: readonly VFile[], context: ReportContext) => string | Promise<string>;

function stylish(files: readonly VFile[], context: ReportContext): string {
  // Quiet leaves out files with nothing to say, but vfile-reporter still
  // measures each one's name first: 50 ms over a 7,000-file site, most of a
  // warm --cache run's reporting. Handing it only the files with messages
  // prints the same text.
  const withMessages = files.filter((file) => file.messages.length > 0);
  const report = stylishReporter(withMessages, { color: context.color, quiet: true });
  return report === '' ? '' : `${report}\n`;
}

function json(files: readonly VFile[], context: ReportContext): string {
  return `${JSON.stringify(jsonReport(files, context.version), null, 2)}\n`;
}

/** SARIF describes every rule, so it loads them all: only when asked for. */
async function sarif(files: readonly VFile[], context: ReportContext): Promise<string> {
  const { sarifReport } = await import('./sarif.js');
  return `${JSON.stringify(sarifReport(files, context), null, 2)}\n`;
}

function github(files: readonly VFile[], context: ReportContext): string {
  return githubReport(files, context);
}

function html(files: readonly VFile[], context: ReportContext): string {
  return htmlReport(files, context);
}

export const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, github, html };

export const FORMAT_NAMES = Object.keys(REPORTERS);
