// What counts as copy in each format, and positions true to the source.
import { describe, expect, test } from 'vitest';
import { lintText } from '../src/lint.js';
import { toJsonMessage } from '../src/report/json.js';

const found = (text: string, path: string) => lintText(text, { path }).messages.map(toJsonMessage).map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.actual}`);

describe('Markdown', () => {
  test('table cells are copy, each on its own', () => {
    const table = '| Plan | Storage |\n| --- | --- |\n| Pro | Unlimited storage |\n| Unlimited storage | Pro |\n';
    expect(found(table, 'p.md')).toEqual(['3:9-3:26 unlimited Unlimited storage', '4:3-4:20 unlimited Unlimited storage']);
  });

  test('front-matter prose values are copy, keys and single words are not', () => {
    const markdown = '---\nguaranteed: true\ndescription: "Support 24/7 for every plan"\nlayout: instant\n---\n\nBody.\n';
    expect(found(markdown, 'p.md')).toEqual(['3:23-3:27 availability 24/7']);
  });

  test('code, inline code, HTML comments and link URLs are not copy; link text is', () => {
    const markdown = 'Use `24/7` here.\n\n<!-- always available -->\n\n[Guaranteed](https://example.com/unlimited) and https://example.com/24-7.\n\n    indented code: instant\n';
    expect(found(markdown, 'p.md')).toEqual(['5:2-5:12 guarantee Guaranteed']);
  });

  test('a line ending in ":" right before code is its caption, not copy', () => {
    // tldr-pages writes each command so: a list item, then a paragraph of inline code.
    const reference = '- Build all models:\n\n`dbt build`\n\n- Start the unit immediately:\n\n```sh\nsystemctl start unit\n```\n';
    expect(found(reference, 'p.md')).toEqual([]);
    // Indented code is code too, and so is a fenced block inside the same list item.
    expect(found('Restart every time it fails:\n\n    run --forever\n\n1. Get all projects:\n   ```\n   list\n   ```\n', 'p.md')).toEqual([]);
    // Without code after it, or with prose between, the same line is copy; and a caption is only the block before the code.
    expect(found('- Build all models:\n\nWe answer 24/7.\n\n`run`\n', 'p.md')).toEqual(['1:9-1:19 completeness all models', '3:11-3:15 availability 24/7']);
    expect(found('We answer 24/7.\n\nSupport 24/7 included:\n\n`run` and more.\n', 'p.md')).toEqual(['1:11-1:15 availability 24/7', '3:9-3:13 availability 24/7']);
    // A heading over code does not end in ":" and stays copy.
    expect(found('## Support 24/7\n\n```\nrun\n```\n', 'p.md')).toEqual(['1:12-1:16 availability 24/7']);
    // A caption is one sentence: a paragraph of copy that ends on one keeps its copy, and a rule or raw HTML between is not code.
    expect(found('We answer 24/7. Unlimited storage for every team. Install it in seconds:\n\n```\nnpm i\n```\n', 'p.md')).toEqual(['1:11-1:15 availability 24/7', '1:17-1:34 unlimited Unlimited storage']);
    expect(found('Support 24/7, guaranteed:\n\n---\n\n```\nx\n```\n', 'p.md')).toEqual(['1:9-1:13 availability 24/7', '1:15-1:25 guarantee guaranteed']);
  });

  test('a line repeated inside a blockquote is placed on its own line each time', () => {
    // Each quoted line loses its "> " in the text the sentence splitter sees; words used to be looked for from the paragraph's start.
    expect(found('> > Support 24/7.\n> > Support 24/7.\n> > Support 24/7.\n', 'p.md')).toEqual(['1:13-1:17 availability 24/7', '2:13-2:17 availability 24/7', '3:13-3:17 availability 24/7']);
    // Each line is a paragraph of its own to the sentence splitter, and its drifted start can hold an earlier copy of its words.
    const lines = (count: number, first: number, column: number) => Array.from({ length: count }, (_, index) => `${first + index}:${column}-${first + index}:${column + 4} availability 24/7`);
    expect(found('> Support 24/7.\n'.repeat(12), 'p.md')).toEqual(lines(12, 1, 11));
    expect(found(`- Intro line.\n${'  Support 24/7.\n'.repeat(12)}`, 'p.md')).toEqual(lines(12, 2, 11));
  });

  test('words of an attribute, a paragraph of their own inside the one around them, are placed after a character reference', () => {
    const html = '<p>Intro words here and more words. <img alt="&ldquo;Guaranteed&rdquo; results"> Tail words follow.</p>';
    expect(found(html, 'p.html')).toEqual(['1:54-1:64 guarantee Guaranteed']);
  });

  test('positions survive a character reference in a blockquote and the indentation of list continuation lines', () => {
    expect(found('> We&amp;you: Support 24/7.\n> Guaranteed delivery.\n', 'p.md')).toEqual(['1:23-1:27 availability 24/7', '2:3-2:13 guarantee Guaranteed']);
    expect(found('- Intro line.\n  Support 24/7.\n  Support 24/7.\n', 'p.md')).toEqual(['2:11-2:15 availability 24/7', '3:11-3:15 availability 24/7']);
  });

  test('a character reference that decodes to markup sends no word to a tag or a blockquote marker after it', () => {
    for (const text of ['Tom &lt;b> replies in seconds and <b>in</b> time: the #1 pick.\n', '> a &gt; b reply in seconds.\n> More &gt; text: #1 choice.\n']) {
      const lines = text.split('\n');
      const at = (words: string) => {
        const line = lines.findIndex((content) => content.includes(words));
        return `${line + 1}:${lines[line].indexOf(words) + 1}`;
      };
      expect(lintText(text, { path: 'p.md', noPrefilter: true }).messages.map((message) => `${message.line}:${message.column}`), text).toEqual([at('in seconds'), at('#1')]);
    }
  });

  test('a word is not found inside a character reference before it', () => {
    // Found by the property test at more runs: after a first reference the words drift, and the "#1" after "&#x1F600;" was placed on that reference's "#x1".
    expect(found('&amp;&#x1F600;#1 pick.', 'p.md')).toEqual(['1:15-1:17 superlative #1']);
    // Also when the counted place itself falls on the reference's "#" (seed 67).
    expect(found('&amp;&#x1F600;&amp;&#x1F600;#1 pick.', 'p.md')).toEqual(['1:29-1:31 superlative #1']);
    // Plain text has no references: there "&#x1F600;#1" is what it says, and its "#1" is where it is (npm run fuzz, seed 68).
    expect(found('&#x1F600;#1 . # </Hero>. \n\n', 'p.txt')).toEqual(['1:10-1:12 superlative #1']);
  });

  test('in plain text a tag is text: it joins no two claims (npm run fuzz, seed 1120518764)', () => {
    // Two promises with only a tag between are one in markup, where the tag is not read; in plain text "</p>" is
    // read as written, so each promise is quoted as it stands, not as "#1#1".
    expect(found('#1</p>#1 pick.', 'p.txt')).toEqual(['1:1-1:3 superlative #1', '1:7-1:9 superlative #1']);
    expect(found('Guaranteed</b>, guaranteed.', 'p.html')).toEqual(['1:1-1:27 guarantee Guaranteed, guaranteed']);
  });

  test('a long paragraph of short lines is cut for the sentence splitter between sentences, so no claim is lost', () => {
    // 1,000 lines end in ".\n", never ". ": the cut used to fall mid-sentence about every 600 lines.
    const messages = lintText('We reply within 5 minutes.\n'.repeat(1000), { path: 'p.md' }).messages;
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(Array.from({ length: 1000 }, (_, index) => `${index + 1}:10 speed`));
  });

  test('bare domains with a path are not read as words', () => {
    expect(found('See example.com/24-7-support for 24/7 help.', 'p.txt')).toEqual(['1:34-1:38 availability 24/7']);
  });
});

describe('HTML', () => {
  test('emphasis written by hand in text reads as its words, in place', () => {
    expect(found('<p>We offer **24/7** support.</p>\n', 'p.html')).toEqual(['1:15-1:19 availability 24/7']);
  });

  test('words after an end tag the source never opens are found where they are written', () => {
    // Found by the property test at more runs: parse5 drops "</Hero>" and joins the text on both sides, so the words after it drifted back before it.
    const shown = (text: string) => lintText(text, { path: 'p.html' }).messages.map((message) => [message.ruleId, message.line, message.column, message.actual]);
    expect(shown(', </Hero>the best. ')).toEqual([['superlative', 1, 10, 'the best']]);
    expect(shown('<br/>\r</Hero>free forever')).toEqual([['unlimited', 2, 8, 'free forever']]);
    // Also when the source opens that element only later, after a CRLF (found by the property test at more runs).
    expect(shown('ab\r\n</Hero>instant#1. x<Hero>almost')).toEqual([['speed', 2, 8, 'instant']]);
    // The words on both sides of it are one word, as a browser shows them, which spans the tag.
    const glued = '| a | b |\nunlimited storage</Hero>no questions asked&amp;';
    const spans = lintText(glued, { path: 'p.html' }).messages.map((message) => {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      return [message.actual, glued.slice(place.start.offset, place.end.offset)];
    });
    expect(spans).toEqual([['unlimited storageno', 'unlimited storage</Hero>no']]);
    // A claim that is only part of such a word ends where its own characters end.
    const part = ', 24/7</Hero>שלום</p>no questions asked';
    const place = lintText(part, { path: 'p.html' }).messages[0].place as { start: { offset: number }; end: { offset: number } };
    expect(part.slice(place.start.offset, place.end.offset)).toBe('24/7');
    // An end tag of an element the source does open still ends the search: a word written as a reference is not the same word in the next paragraph.
    expect(shown('<p>&#120;yz</p><p>fastest xyz fastest</p>')).toEqual([['superlative', 1, 19, 'fastest'], ['superlative', 1, 31, 'fastest']]);
  });

  test('each character of a page\'s text is placed where the parser read it: dropped tags, references, line endings', () => {
    // Each of these was placed by searching the source for the word, which could not know which tags the parser dropped.
    const spans = (text: string) =>
      lintText(text, { path: 'p.html' }).messages.map((message) => {
        const place = message.place as { start: { offset: number }; end: { offset: number } };
        return [message.ruleId, message.line, message.column, text.slice(place.start.offset, place.end.offset)];
      });
    // An end tag of an element opened and closed before it is dropped too, and the word spans it.
    expect(spans('<span>a</span><p>We reply insta</span>ntly.</p>')).toEqual([['speed', 1, 27, 'insta</span>ntly']]);
    // A later copy of the word's first letters is not where the glued word is (this span once ended before it started).
    expect(spans('<p>We reply i</Hero>n 30 minutes.</p>')).toEqual([['speed', 1, 13, 'i</Hero>n 30 minutes']]);
    // A glued word that also holds a reference.
    expect(spans('<p>We reply in&#115;ta</Hero>ntly.</p>')).toEqual([['speed', 1, 13, 'in&#115;ta</Hero>ntly']]);
    // Text after a doctype or a comment that opens on a space and a reference (parse5 starts it on the reference's ";").
    expect(spans('<!doctype html> &amp; Support 24/7.')).toEqual([['availability', 1, 31, '24/7']]);
    expect(spans('<!-- c --> &eacute; Support 24/7.')).toEqual([['availability', 1, 29, '24/7']]);
    // parse5 puts text moved out of a table, and whitespace after </html>, into the text before: each piece keeps its own place (helper-41's review).
    expect(spans('<body>\nWe reply </span>instantly.\n</body></html>\n<!-- cache > 1 -->\n')).toEqual([['speed', 2, 17, 'instantly']]);
    expect(spans('<p>We </x>never fail.<table> </x>d')).toEqual([['perfection', 1, 11, 'never fail']]);
    expect(spans('<div>x <table><tr><td>instant</td></tr>instant</table></div>')).toEqual([['speed', 1, 23, 'instant'], ['speed', 1, 40, 'instant']]);
    expect(spans('<div>We <table><tr><td>x</td></tr>reply instantly</table></div>')).toEqual([['speed', 1, 41, 'instantly']]);
    // A reference that ends a run of spaces and starts a word: parse5 gives its source to the spaces.
    expect(spans('<p>&eacute;free forever\r&notit;}same-day</p>')).toEqual([['unlimited', 1, 12, 'free forever'], ['speed', 2, 9, 'same-day']]);
    // After a "&" right before a line break, where parse5 counts the line twice (this span came out reversed).
    expect(spans('Tom&\nJerry give unlimited <br>storage.')).toEqual([['unlimited', 2, 12, 'unlimited <br>storage']]);
    // A claim right after a reference starts after it, and a CR LF inside a claim is two characters of it.
    expect(spans('<p>x &eacute;instant delivery. Ships within\r\n2 hours.</p>')).toEqual([
      ['speed', 1, 14, 'instant'],
      ['speed', 1, 38, 'within\r\n2 hours'],
    ]);
  });

  test('text before any tag that opens on a space and a character reference is found where it is written, not a crash', () => {
    // Found by the property test at more runs. parse5 leaves the space out
    // of the text and starts its place inside the reference, so the words
    // drifted a character late, the last past the end of the file, where no
    // point can be made.
    const shown = (text: string) => lintText(text, { path: 'p.html' }).messages.map((message) => [message.ruleId, message.line, message.column, message.actual]);
    expect(shown(' &#x1F600;\r\u{f345c}\u{b01dd}\u{45457}same-day. ')).toEqual([['speed', 2, 7, 'same-day']]);
    expect(shown(' &#x1F600; same-day')).toEqual([['speed', 1, 12, 'same-day']]);
    expect(shown('\n\n  &#x41; same-day')).toEqual([['speed', 3, 10, 'same-day']]);
    // A no-break space is text to HTML, not space: the text starts with it.
    expect(shown('\u00a0zero downtime')).toEqual([['perfection', 1, 2, 'zero downtime']]);
    // After a tag parse5 places text where it is written.
    expect(shown('<p> &#x1F600; same-day</p>')).toEqual([['speed', 1, 15, 'same-day']]);
  });

  test('a word written as a reference is found where it is written, not in the next paragraph, nor a mark past a line break', () => {
    const at = (text: string, words: string, from = 0) => {
      const lines = text.split('\n');
      const line = lines.findIndex((content, index) => content.includes(words, index === 0 ? from : 0));
      return `${line + 1}:${lines[line].indexOf(words, line === 0 ? from : 0) + 1}`;
    };
    const shown = (text: string) => lintText(text, { path: 'p.html', noPrefilter: true }).messages.map((message) => `${message.line}:${message.column}`);
    const twice = '<p>&#120;yz</p><p>fastest xyz fastest</p>';
    expect(shown(twice)).toEqual([at(twice, 'fastest'), at(twice, 'fastest', 20)]);
    const quoted = '<p>Say &quot;hi&quot;</p><p>Support 24/7 "always" and "24/7"</p>';
    expect(shown(quoted)).toEqual([at(quoted, '24/7'), at(quoted, '24/7', 40)]);
    const copyright = '<p>Since 2020 &copy;\n#1 pick.</p>';
    expect(shown(copyright)).toEqual([at(copyright, '#1')]);
  });

  test('a character reference that decodes to markup ("&gt;", "&#x3C;") does not send the words after it to the tags that follow', () => {
    // Each claim is found where it is written, however many such references and tags come before it; with noPrefilter every block is read.
    const html = '<ul><li><a class="type">&#x3C;integer></a> Tom &gt; Jerry.</li>\n<li>Values in seconds, <a class="in">x</a> or &#62 replies in seconds.</li></ul>\n<p>We reply in seconds.</p>\n';
    const lines = html.split('\n');
    const at = (line: number, words: string, from = 0) => `${line}:${lines[line - 1].indexOf(words, from) + 1}`;
    const shown = lintText(html, { path: 'p.html', noPrefilter: true }).messages.map((message) => `${message.line}:${message.column} ${message.actual}`);
    expect(shown).toEqual([`${at(2, 'in seconds')} in seconds`, `${at(2, 'in seconds', 20)} in seconds`, `${at(3, 'in seconds')} in seconds`]);
  });

  test('title, meta description, alt and title attributes are copy; script, style, pre, code and other attributes are not', () => {
    const html = [
      '<html><head><title>Always available</title>',
      '<meta name="description" content="Guaranteed delivery">',
      '<meta name="keywords" content="unlimited, 24/7">',
      '<style>.instant{}</style><script>var x = "24/7";</script></head>',
      '<body><img alt="Unlimited storage" src="x.png" data-note="instant"><a title="Money back" href="/24-7">Link</a>',
      '<pre>always available</pre><p>Call <code>24/7</code> now.</p></body></html>',
    ].join('\n');
    expect(found(html, 'p.html')).toEqual([
      '1:20-1:36 availability Always available',
      '2:35-2:45 guarantee Guaranteed',
      '5:17-5:34 unlimited Unlimited storage',
      '5:78-5:88 guarantee Money back',
    ]);
  });

  test('a block ending in ":" right before code is its caption, as in Markdown', () => {
    // Before a <pre>, and before a paragraph of nothing but <code>, with whitespace and a comment between.
    expect(found('<p>Build all models:</p>\n<pre>dbt build</pre>\n<ul><li>We reply immediately:</li></ul>', 'p.html')).toEqual(['3:18-3:29 speed immediately']);
    expect(found('<p>Build all models:</p><p>We reply immediately:</p>', 'p.html')).toEqual(['1:10-1:20 completeness all models', '1:37-1:48 speed immediately']);
    expect(found('<li>We reply immediately:</li><pre>x</pre>', 'p.html')).toEqual([]);
    expect(found('<li>Get all projects:</li> <!-- run --> <p><code>gh list</code> </p>', 'p.html')).toEqual([]);
    // A wrapper whose last words end in ":" is not a caption: what it holds stays copy.
    expect(found('<div><h1>Unlimited storage</h1><p>Get started:</p></div><pre>npm i</pre>', 'p.html')).toEqual(['1:10-1:27 unlimited Unlimited storage']);
    expect(found('<p>We answer 24/7. Get started:</p><pre>npm i</pre>', 'p.html')).toEqual(['1:14-1:18 availability 24/7']);
    // Not a caption: no colon, or prose after the code in its paragraph.
    expect(found('<p>Support 24/7</p><pre>x</pre><p>We answer 24/7:</p><p><code>x</code> and more</p>', 'p.html')).toEqual(['1:12-1:16 availability 24/7', '1:45-1:49 availability 24/7']);
  });
});

describe('plain text', () => {
  test('CRLF line endings keep lines and columns right', () => {
    expect(found('First line.\r\nWe ship same-day.\r\n', 'p.txt')).toEqual(['2:9-2:17 speed same-day']);
  });

  test('emphasis written by hand reads as its words, in place', () => {
    expect(found('We offer **24/7** support.\nWe reply *instantly*.\n_Everything_ you need.\n', 'p.txt')).toEqual([
      '1:12-1:16 availability 24/7',
      '2:11-2:20 speed instantly',
      '3:2-3:12 completeness Everything',
    ]);
  });

  test('a "*" or "_" that pairs with nothing, stands inside a word or stands alone is kept, and so is "~"', () => {
    // "guaranteed_" is an identifier's part; "~5 minutes" is about five.
    expect(found('Call ptr_ guaranteed_ cmp.\nWe reply in ~5 minutes.\nRated 5 * 3.\n', 'p.txt')).toEqual([]);
    expect(found('We reply instantly_.\n', 'p.txt')).toEqual([]);
    expect(found('We reply _instantly_.\n', 'p.txt')).toEqual(['1:11-1:20 speed instantly']);
  });

  test('a pair is a short phrase on one line: not across code, a sign, a tag, a clause, a line, or a star escaped in Markdown', () => {
    // Each was reported when any two runs of a sentence paired (found by a review).
    expect(found('Set `_instant` and `type_` in the config.\nPass _instant=True to send_().\n', 'p.txt')).toEqual([]);
    expect(found('Dial *611 for support - unlimited* talk and text.\nx = a *b; we ship same-day* always.\n', 'p.txt')).toEqual([]);
    expect(found('*New customers only\nWe offer 24/7* support.\n', 'p.txt')).toEqual([]);
    expect(found('\\*Weekdays: we offer 24/7\\* support.\n', 'p.md')).toEqual([]);
    expect(found('<p>Set <tt>_instant</tt> and type_ here.</p>\n', 'p.html')).toEqual([]);
  });

  test('not a pair: a pattern in straight quotes, a help tag lined up after tabs, a name with two underscores, or a run that a sign or a file extension touches', () => {
    // Each was reported by the first version of the short-phrase rule (found by a review); none is emphasis.
    expect(found('Run find . -name "*unlimited*" to list them.\nRun grep \'*24/7*\' logs.\n', 'p.txt')).toEqual([]);
    expect(found('UNLIMITED COMPOUNDING\t\t\t\t*nobreak*\n', 'p.txt')).toEqual([]);
    expect(found('Call __free__ now.\nOpen _free_.py now.\n', 'p.txt')).toEqual([]);
    expect(found('Pass _instant=True_ here.\nUse *free+shipping* here.\n', 'p.txt')).toEqual([]);
  });

  test('a pair may open a wrapped line or a bracket, and hold words joined by "-" or "/"', () => {
    expect(found('We reply\n*instantly*.\n(*Free* delivery) and *same-day*, always.\n', 'p.txt')).toEqual([
      '2:2-2:11 speed instantly',
      '3:3-3:7 unlimited Free',
      '3:24-3:32 speed same-day',
    ]);
  });

  test('a pair may hold a number led by a sign, and be followed by marks repeated, an ellipsis or an em dash', () => {
    expect(found('We are the **#1** plumber.\nShipping is *free*—always.\nDelivery is **free**!! Order now.\nWe reply *instantly*... always.\n', 'p.txt')).toEqual([
      '1:14-1:16 superlative #1',
      '2:14-2:18 unlimited free',
      '3:15-3:19 unlimited free',
      '4:11-4:20 speed instantly',
    ]);
    // And a pair may open right after an em dash, as the second of two does.
    expect(found('Get *free*—*instantly* delivered.\n', 'p.txt')).toEqual(['1:6-1:10 unlimited free', '1:13-1:22 speed instantly']);
  });

  test('not a pair: a sign before a word (a variable, a hashtag), or a hyphen touching the closer', () => {
    expect(found('Set *$unlimited* to true.\nUse **$instant** here.\nTag it *#free* now.\nWe reply *instantly*-ish.\n', 'p.txt')).toEqual([]);
  });

  test('claims joined into one promise quote the words as read, without the markup between them', () => {
    const quoted = (text: string, path: string) => lintText(text, { path }).messages.map((message) => `${message.line}:${message.column} ${message.actual}`);
    expect(quoted('Support is **24/7**, 365 days a year.\n', 'p.txt')).toEqual(['1:14 24/7, 365 days a year']);
    expect(quoted('<p>Support is <b>24/7</b>, 365 days a year.</p>\n', 'p.html')).toEqual(['1:18 24/7, 365 days a year']);
    expect(quoted('Support is **24/7**,\n365 days a year.\n', 'p.md')).toEqual(['1:14 24/7, 365 days a year']);
  });

  test('the emphasised words may end on a stop, a comma or a per cent sign', () => {
    expect(found('We reply *instantly.*\nWe offer **100%** uptime.\n', 'p.txt')).toEqual(['1:11-1:20 speed instantly', '2:12-2:25 perfection 100% uptime']);
  });
});
