// A licence's full text is legal text, not copy: a file that opens with one is not checked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { mayHoldClaims } from '../src/check/prefilter.js';
import { opensAsALicence } from '../src/parse/licence.js';
import { runJson, tempDir } from './helpers.js';

/** Words of a licence's body that read as promises out of context ("guarantee", "free of charge"), in our own wording. */
const BODY =
  'Our licences are written to guarantee your freedom to share and change the work. If others change it, any problems they add should not be blamed on the first authors. BECAUSE THE WORK IS LICENSED FREE OF CHARGE, THERE IS NO WARRANTY FOR IT.';
const GNU_OPENING = 'GNU GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007\n\nEveryone is permitted to copy and distribute verbatim copies of this license document.\n\n';

/** The prefilter lintFile asks about the text before a licence's wording. */
const mayHoldCopy = (text: string) => mayHoldClaims(text, 'markdown', {});

const ruleIds = (text: string, path: string) => lintText(text, { path }).messages.map((message) => message.ruleId);

describe('a file that opens as a licence', () => {
  test('is not checked, as Markdown or as text', () => {
    expect(ruleIds(GNU_OPENING + BODY, 'LICENSE.md')).toEqual([]);
    expect(ruleIds(GNU_OPENING + BODY, 'COPYING.txt')).toEqual([]);
    // The same body under another opening is read as copy: the opening is what spares it.
    expect(ruleIds(`# Acme\n\n${BODY}`, 'LICENSE.md')).toEqual(['guarantee', 'unlimited']);
  });

  test.each([
    ['a GNU licence, whose heading names the Free Software Foundation', GNU_OPENING],
    ['a GNU licence under front matter', `---\ntitle: GNU General Public License v3.0\nspdx-id: GPL-3.0\n---\n\n${GNU_OPENING}`],
    ['a GNU licence under an HTML comment, a badge and a "License" heading', `<!-- markdownlint-disable MD041 -->\n[![GPLv3](https://img.shields.io/badge/License-GPLv3-blue.svg)](https://www.gnu.org/licenses/gpl-3.0)\n\n# License\n\n${GNU_OPENING}`],
    ['a GNU licence under a line saying where it came from', `Original text at https://www.gnu.org/licenses/gpl-3.0.txt\n\n${GNU_OPENING}`],
    ['a title with an abbreviation and a version', '# GNU Affero General Public License (AGPL) v3.0\n\nEveryone is permitted to copy and distribute verbatim copies of this license document.\n'],
    ['the MIT grant under its title and copyright line', '\uFEFFThe MIT License (MIT)\n=====================\n\nCopyright (c) 2024 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software.\n'],
    ['the BSD conditions under copyright lines', 'Copyright (c) 2005-2025, Example Developers.\nAll rights reserved.\n\nRedistribution and use in source and binary forms, with or without modification, are permitted.\n'],
    ["Apache's terms under its title", 'Apache License\nVersion 2.0, January 2004\n\nTERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n'],
    ['a dedication to the public domain', 'This is free and unencumbered software released into the public domain.\n'],
    ['Creative Commons legal code', 'Creative Commons Legal Code\n\nCC0 1.0 Universal\n\nCREATIVE COMMONS CORPORATION IS NOT A LAW FIRM AND DOES NOT PROVIDE LEGAL SERVICES.\n'],
  ])('is a licence: %s', (_shape, opening) => {
    expect(opensAsALicence(opening + BODY, mayHoldCopy)).toBe(true);
  });

  test.each([
    // The words of copy: a licence is known by its own wording, not by "licensed under", "free software" or a title.
    ['a copyright line over copy that says "licensed under"', '© 2024 Acme Plumbing. All rights reserved.\n\nWe answer every call within the hour, guaranteed. All our plumbers are licensed under the State Plumbing Board.\n'],
    ['a headline opening on "Copyright"', '# Copyright-free music for your videos\n\nEvery track is licensed under a royalty-free licence. Unlimited projects, guaranteed.\n'],
    ["a product page under a licence's title", '# MIT License\n\nAcme UI is licensed under the MIT License: free forever, for unlimited commercial projects, with support 24/7.\n'],
    ['a product that is free software', 'AcmeZip is free software for personal use, and we answer every e-mail within the hour.\n'],
    // tldr-pages documents a command called "license".
    ['a page about a command named license', '# license\n\n> Create license files for open-source projects.\n\n- Print a license to stdout:\n\n`license mit`\n'],
    // Copy before the licence's wording: the README is copy, its licence and all.
    ['a README that ends on its licence', '# Acme\n\nSupport 24/7.\n\n## License\n\nMIT License\n\nCopyright (c) 2024 Acme\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n'],
    ["a licence's wording past the file's first 2,000 characters", `# Notes\n\n${'Plain words about the project. '.repeat(70)}\n\n${GNU_OPENING}`],
  ])('is copy: %s', (_shape, text) => {
    expect(opensAsALicence(text, mayHoldCopy)).toBe(false);
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
