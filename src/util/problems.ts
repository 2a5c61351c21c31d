// A settings file (capabilities, config) that cannot be used: every problem
// on its own line, "FILE:LINE:COL: key.path: what was expected, got what".
export class FileProblemsError extends Error {
  problems: string[];

  /** Takes the problem lines, or a message whose lines are the problems. */
  constructor(problems: string[] | string) {
    const lines = typeof problems === 'string' ? problems.split('\n') : problems;
    super(lines.join('\n'));
    this.name = 'FileProblemsError';
    this.problems = lines;
  }
}
