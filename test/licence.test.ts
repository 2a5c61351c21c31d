// A licence's full text is legal text, not copy: a file that opens as one is not checked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { opensAsALicence } from '../src/parse/licence.js';
import { runJson, tempDir } from './helpers.js';

/** Words of a licence's body that read as promises out of context ("guarantee", "free of charge"), in our own wording. */
const BODY =
  'Our licences are written to guarantee your freedom to share and change the work. If others change it, any problems they add should not be blamed on the first authors. BECAUSE THE WORK IS LICENSED FREE OF CHARGE, THERE IS NO WARRANTY FOR IT.';
const GNU_OPENING = 'GNU GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007\n\nEveryone is permitted to copy and distribute verbatim copies of this license document.\n\n';

const ruleIds = (text: string, path: string) => lintText(text, { path }).messages.map((message) => message.ruleId);

describe('a file that opens as a licence', () => {
  test('is not checked, as Markdown or as text', () => {
    expect(ruleIds(GNU_OPENING + BODY, 'LICENSE.md')).toEqual([]);
    expect(ruleIds(GNU_OPENING + BODY, 'COPYING.txt')).toEqual([]);
    // The same body under another opening is read as copy: the opening is what spares it.
    expect(ruleIds(`# Acme\n\n${BODY}`, 'LICENSE.md')).toEqual(['guarantee', 'unlimited']);
  });

  test.each([
    ['a GNU licence', GNU_OPENING],
    ['a title as a Markdown heading, with a BOM', '\uFEFF# GNU Free Documentation License\n\n_Version 1.3, 3 November 2008_\n\nEveryone is permitted to copy and distribute verbatim copies.\n'],
    ['a title underlined', 'The MIT License (MIT)\n=====================\n\nCopyright (c) 2024 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n'],
    ['a title with its version and date', 'Boost Software License - Version 1.0 - August 17th, 2003\n\nPermission is hereby granted, free of charge, to any person or organization.\n'],
    ['a title and terms', 'Apache License\nVersion 2.0, January 2004\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n'],
    ['a quoted title', 'The "Artistic License"\n\nPreamble\n\nThe intent of this document is to state the conditions under which a Package may be copied. It is provided without warranty.\n'],
    ['a copyright line and a grant', 'Copyright (c) 2005-2025, Example Developers.\nAll rights reserved.\n\nRedistribution and use in source and binary forms, with or without modification, are permitted.\n'],
    ['a dedication to the public domain', 'This is free and unencumbered software released into the public domain.\n'],
    ['Creative Commons legal code', 'Creative Commons Legal Code\n\nCC0 1.0 Universal\n\nTHE WORK IS PROVIDED WITHOUT WARRANTIES OF ANY KIND.\n'],
  ])('opens as a licence: %s', (_shape, opening) => {
    expect(opensAsALicence(opening + BODY)).toBe(true);
  });

  test.each([
    // A product named after a licence, and a page that mentions licensing later.
    ['a title with more words on its line', '# MIT License checker: the fastest way to audit your dependencies\n\nEvery package licensed under MIT, found in seconds.\n'],
    // tldr-pages documents a command called "license".
    ['a page about a command named license', '# license\n\n> Create license files for open-source projects.\n\n- Print a license to stdout:\n\n`license mit`\n'],
    // A page that opens on its footer line promises as any page does.
    ['a copyright line without a grant', '© 2024 Acme Plumbing. All rights reserved.\n\nWe answer every call within the hour, guaranteed.\n'],
    ['a licence title with no grant or terms after it', 'MIT License\n\nWe answer every call within the hour.\n'],
    ['a README that ends on its licence', `# Acme\n\nSupport 24/7.\n\n## License\n\nMIT License\n\nPermission is hereby granted, free of charge.\n`],
  ])('is copy: %s', (_shape, text) => {
    expect(opensAsALicence(text)).toBe(false);
  });

  test('is read past in a folder walk, while the copy beside it is linted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'LICENSE.md'), GNU_OPENING + BODY);
    writeFileSync(join(dir, 'index.md'), 'Support 24/7.\n');
    const { code, report } = runJson(['.'], { cwd: dir });
    expect(code).toBe(0);
    expect(report.files.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])).toEqual([
      ['LICENSE.md', []],
      ['index.md', ['1:9 availability']],
    ]);
  });
});
