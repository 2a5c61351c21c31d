// `overclaim serve`: start the playground and keep it up until SIGINT or
// SIGTERM, then close it and report success.
import { UsageError } from '../cli/files.js';

export const DEFAULT_PORT = 4800;

/** Commander parser for --port: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`--port expects a port number from 0 to 65535, got "${value}"`);
  return Number(value);
}

export async function serveCommand(port: number, io: { stdout: (text: string) => void; stderr: (text: string) => void }): Promise<number> {
  // Loaded here: the playground brings the linter and its page, which no other command needs at start-up.
  const { startServer } = await import('./server.js');
  let server;
  try {
    server = await startServer({ port, host: '127.0.0.1' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use; pick another with --port, or --port 0 for any free one`);
    if (code === 'EACCES') throw new UsageError(`no permission to listen on port ${port}; pick one above 1023 with --port`);
    throw error;
  }
  io.stdout(`overclaim playground: ${server.url}\n`);
  io.stderr('Press Ctrl+C to stop.\n');
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.stderr(`overclaim playground stopped (${signal}).\n`);
  return 0;
}
