// The playground page served by `overclaim serve`: one HTML document with
// inline CSS and JS. The script only sends the panes to POST /api/lint and
// draws what comes back (the server lints with the CLI's own core). Text
// from the user and from the server is always put in with textContent,
// never parsed as HTML.
import { CATEGORY_LABELS, escapeHtml, VERDICT_CSS } from '../report/html.js';

const SAMPLE_COPY = `Our friendly team is here for you 24/7 and replies within the hour.
Everything you need, delivered same-day. Your money back, guaranteed.
`;

const SAMPLE_CAPABILITIES = `# What the business can really deliver (see "overclaim init" for every section).
business: Example Co
support:
  hours: Mon-Fri 09:00-17:00
  first_response: 4h
delivery:
  fastest: 2d
refunds:
  window: 30d
  conditions: unused items with receipt
`;

const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f7f9; }
header.page { background: #1f2937; color: #fff; padding: 0.6rem 1.25rem; }
header.page h1 { margin: 0; font-size: 1.3rem; }
header.page p { margin: 0; color: #d1d5db; font-size: 0.9rem; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; padding: 1rem 1.25rem; }
main > section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem 1rem; min-width: 0; }
h2 { font-size: 1.1rem; margin: 0.5rem 0; }
h3 { font-size: 1rem; margin: 0.75rem 0 0.35rem; }
label { font-weight: 600; }
.field-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; margin: 0.5rem 0 0.25rem; }
textarea { width: 100%; font: 0.9rem/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; padding: 0.5rem; border: 1px solid #8c959f; border-radius: 6px; resize: vertical; }
textarea:focus, select:focus, button:focus { outline: 3px solid #0969da; outline-offset: 1px; }
select, button { font: inherit; }
button { background: #1f2937; color: #fff; border: 0; border-radius: 6px; padding: 0.4rem 0.9rem; cursor: pointer; }
button:hover { background: #374151; }
.errors { border-left: 4px solid var(--contradicted); background: var(--contradicted-bg); padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
.errors ul { margin: 0.25rem 0; padding-left: 1.2rem; }
.errors .problem-at { font-size: 0.85em; color: #57606a; }
.errors button { background: none; color: inherit; padding: 0; text-align: left; text-decoration: underline; }
.status { color: #57606a; font-size: 0.9rem; margin: 0.25rem 0; min-height: 1.5em; }
.preview { white-space: pre-wrap; overflow-wrap: anywhere; font: 0.9rem/1.9 ui-monospace, SFMono-Regular, Menlo, monospace; border: 1px solid #d0d7de; border-radius: 6px; background: #fbfbfc; padding: 0.5rem 0.75rem; min-height: 4rem; }
.preview.stale { opacity: 0.55; }
.messages { list-style: none; padding: 0; margin: 0; }
.messages li { border-left: 4px solid var(--c); padding: 0.2rem 0 0.2rem 0.6rem; margin: 0.4rem 0; font-size: 0.9rem; cursor: pointer; }
.messages li:hover { background: #f6f8fa; }
.messages .head { margin: 0; }
.messages .rule { font-weight: 600; }
.messages .where { color: #57606a; font-size: 0.85em; }
.messages .text { margin: 0.1rem 0; }
.messages ins { text-decoration: none; background: #dcf5e3; border-bottom: 2px solid #166534; padding: 0 2px; }
.actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin: 1rem 0 0.25rem; }
@media (max-width: 56rem) { main { grid-template-columns: 1fr; } }
`;

/** Runs in the browser. Plain ES2017, no template literals (this file is one). */
const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var LABELS = __LABELS__;
  var RANK = ['contradicted', 'unsubstantiated', 'puffery', 'substantiated', 'problem'];
  var DEBOUNCE_MS = 150;
  var copy = document.getElementById('copy');
  var format = document.getElementById('format');
  var capabilities = document.getElementById('capabilities');
  var errorsBox = document.getElementById('capabilities-errors');
  var errorsList = errorsBox.querySelector('ul');
  var status = document.getElementById('status');
  var preview = document.getElementById('preview');
  var list = document.getElementById('messages');
  var button = document.getElementById('copy-rewritten');
  var copyStatus = document.getElementById('copy-status');
  var rewrittenBox = document.getElementById('rewritten-box');
  var rewritten = document.getElementById('rewritten');

  var timer = 0;
  var sequence = 0;
  var controller = null;
  var latest = { text: '', messages: [] };
  var inFlight = null;

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function categoryOf(message) { return message.verdict || 'problem'; }

  function badge(category, number) {
    var label = LABELS[category];
    var node = el('span', 'badge v-' + category);
    var icon = el('span', '', label.icon);
    icon.setAttribute('aria-hidden', 'true');
    node.appendChild(icon);
    node.appendChild(document.createTextNode(' ' + (number ? number + ' ' : '') + label.label));
    return node;
  }

  function tag(category, number) {
    var node = el('span', 'tag v-' + category);
    var icon = el('span', '', LABELS[category].icon);
    icon.setAttribute('aria-hidden', 'true');
    node.appendChild(icon);
    node.appendChild(el('span', 'sr-only', ' ' + LABELS[category].label + ', finding'));
    node.appendChild(document.createTextNode(' ' + number));
    return node;
  }

  function worst(found) {
    for (var i = 0; i < RANK.length; i++) {
      for (var j = 0; j < found.length; j++) if (categoryOf(found[j].message) === RANK[i]) return RANK[i];
    }
    return 'problem';
  }

  function selectInCopy(message) {
    copy.focus();
    copy.setSelectionRange(message.start, message.end);
  }

  // The copy with every claim highlighted: split at every claim boundary,
  // the worst verdict colours overlapping claims, a numbered tag after each.
  function drawPreview(text, messages) {
    preview.textContent = '';
    var found = messages.map(function (message, index) { return { message: message, number: index + 1 }; });
    var points = [0, text.length];
    found.forEach(function (f) { points.push(f.message.start, f.message.end); });
    points = points.filter(function (p, i, all) { return p >= 0 && p <= text.length && all.indexOf(p) === i; }).sort(function (a, b) { return a - b; });
    function tagsAt(offset) {
      found.forEach(function (f) { if (f.message.end === offset) preview.appendChild(tag(categoryOf(f.message), f.number)); });
    }
    for (var i = 0; i < points.length - 1; i++) {
      var from = points[i];
      var to = points[i + 1];
      tagsAt(from);
      var active = found.filter(function (f) { return f.message.start <= from && f.message.end >= to && f.message.start < f.message.end; });
      var words = text.slice(from, to);
      if (active.length === 0) { preview.appendChild(document.createTextNode(words)); continue; }
      var mark = el('mark', 'claim v-' + worst(active), words);
      mark.title = active.map(function (f) { return LABELS[categoryOf(f.message)].label + ': ' + f.message.message; }).join('\n');
      preview.appendChild(mark);
    }
    tagsAt(text.length);
    if (text === '') preview.appendChild(el('span', 'status', 'Type or paste copy on the left.'));
  }

  function drawMessages(messages) {
    list.textContent = '';
    messages.forEach(function (message, index) {
      var category = categoryOf(message);
      var item = el('li', 'v-' + category);
      item.dataset.rule = message.ruleId || '';
      item.dataset.verdict = category;
      var head = el('p', 'head');
      head.appendChild(badge(category, index + 1));
      head.appendChild(document.createTextNode(' '));
      head.appendChild(el('span', 'rule', message.ruleId || ''));
      head.appendChild(el('span', 'where', ' line ' + message.line + ', column ' + message.column));
      item.appendChild(head);
      item.appendChild(el('p', 'text', message.message));
      if (message.expected && message.expected.length > 0) {
        var fix = el('p', 'text', 'Rewrite: ');
        fix.appendChild(el('ins', '', message.expected[0]));
        item.appendChild(fix);
      }
      item.title = 'Select it in the copy';
      item.addEventListener('click', function () { selectInCopy(message); });
      list.appendChild(item);
    });
  }

  function summary(messages) {
    if (messages.length === 0) return 'No promises found that need attention.';
    var counts = {};
    messages.forEach(function (m) { var c = categoryOf(m); counts[c] = (counts[c] || 0) + 1; });
    var parts = RANK.filter(function (c) { return counts[c]; }).map(function (c) { return counts[c] + ' ' + LABELS[c].label; });
    return messages.length + (messages.length === 1 ? ' finding: ' : ' findings: ') + parts.join(', ') + '.';
  }

  // "capabilities.yml:3:10: support.hours: …" → a button that moves the cursor there.
  function drawCapabilitiesErrors(problems) {
    errorsList.textContent = '';
    problems.forEach(function (problem) {
      var item = el('li');
      var match = /^[^:]*:(\d+):(\d+): ([\s\S]*)$/.exec(problem);
      if (!match) { item.textContent = problem; errorsList.appendChild(item); return; }
      var line = Number(match[1]);
      var column = Number(match[2]);
      var go = el('button', 'goto', 'Line ' + line + ', column ' + column);
      go.type = 'button';
      go.addEventListener('click', function () {
        var lines = capabilities.value.split('\n');
        var offset = 0;
        for (var i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
        offset = Math.min(capabilities.value.length, offset + column - 1);
        capabilities.focus();
        capabilities.setSelectionRange(offset, offset);
      });
      item.appendChild(go);
      item.appendChild(document.createTextNode(': ' + match[3] + ' '));
      item.appendChild(el('code', 'problem-at', '(' + problem.slice(0, problem.length - match[3].length - 2) + ')'));
      errorsList.appendChild(item);
    });
    errorsBox.hidden = problems.length === 0;
  }

  function lintNow() {
    clearTimeout(timer);
    if (controller) controller.abort();
    controller = typeof AbortController === 'function' ? new AbortController() : null;
    var mine = ++sequence;
    var sent = { text: copy.value, format: format.value, capabilities: capabilities.value };
    status.textContent = 'Checking…';
    inFlight = fetch('/api/lint', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sent),
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
        return body;
      });
    }).then(function (body) {
      if (mine !== sequence) return;
      if (body.capabilitiesErrors) {
        drawCapabilitiesErrors(body.capabilitiesErrors);
        preview.classList.add('stale');
        list.textContent = '';
        latest = { text: sent.text, messages: [] };
        status.textContent = 'Fix the capabilities file to see the findings.';
        return;
      }
      drawCapabilitiesErrors([]);
      preview.classList.remove('stale');
      latest = { text: sent.text, messages: body.messages };
      drawPreview(sent.text, body.messages);
      drawMessages(body.messages);
      status.textContent = summary(body.messages);
    }).catch(function (error) {
      if (mine !== sequence || (error && error.name === 'AbortError')) return;
      status.textContent = 'Could not check the copy: ' + error.message + ' (is overclaim serve still running?)';
    });
    return inFlight;
  }

  function schedule() {
    // A rewrite shown for earlier copy would mislead: it comes back with the next click.
    rewrittenBox.hidden = true;
    copyStatus.textContent = '';
    clearTimeout(timer);
    timer = setTimeout(lintNow, DEBOUNCE_MS);
  }

  // The suggestions that read right in place (the ones --fix applies), from
  // the end backwards so earlier offsets stay right; a claim overlapping one
  // already replaced is left as written.
  function rewrite(text, messages) {
    var fixes = messages.filter(function (m) { return m.fixable && m.expected && m.expected.length > 0; })
      .sort(function (a, b) { return b.start - a.start || b.end - a.end; });
    var limit = Infinity;
    var applied = 0;
    fixes.forEach(function (m) {
      if (m.end > limit) return;
      text = text.slice(0, m.start) + m.expected[0] + text.slice(m.end);
      limit = m.start;
      applied++;
    });
    return { text: text, applied: applied };
  }

  function fallbackCopy() {
    rewritten.focus();
    rewritten.select();
    try { return document.execCommand('copy'); } catch (error) { return false; }
  }

  button.addEventListener('click', function () {
    // Lint what is in the pane right now, so the rewrite matches it.
    lintNow().then(function () {
      var result = rewrite(latest.text, latest.messages);
      rewrittenBox.hidden = false;
      rewritten.value = result.text;
      var what = result.applied === 1 ? '1 rewrite' : result.applied + ' rewrites';
      var done = function () { copyStatus.textContent = 'Copied, with ' + what + ' applied.'; };
      var manual = function () {
        copyStatus.textContent = fallbackCopy() ? 'Copied, with ' + what + ' applied.' : 'Select the rewritten copy below and copy it.';
      };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(result.text).then(done, manual);
      else manual();
    });
  });

  copy.addEventListener('input', schedule);
  capabilities.addEventListener('input', schedule);
  format.addEventListener('change', function () { schedule(); lintNow(); });
  lintNow();
})();
`;

/** The playground's HTML. */
export function playgroundPage(): string {
  const labels = JSON.stringify(CATEGORY_LABELS).replace(/</g, '\\u003c');
  const script = PAGE_SCRIPT.replace('__LABELS__', labels);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>overclaim playground</title>
<style>${VERDICT_CSS}${PAGE_CSS}</style>
</head>
<body>
<header class="page"><h1>overclaim playground</h1><p>Type or paste copy, declare what you can really deliver, and see every promise checked as you type. Nothing leaves this computer.</p></header>
<main>
<section aria-labelledby="input-heading">
<h2 id="input-heading">Copy and capabilities</h2>
<div class="field-head"><label for="copy">Copy</label>
<span><label for="format">Format</label> <select id="format" name="format">
<option value="text">Plain text</option>
<option value="markdown">Markdown</option>
<option value="html">HTML</option>
</select></span></div>
<textarea id="copy" name="copy" rows="10" spellcheck="true">${escapeHtml(SAMPLE_COPY)}</textarea>
<div class="field-head"><label for="capabilities">Capabilities (capabilities.yml)</label></div>
<div id="capabilities-errors" class="errors" role="alert" hidden><h3>The capabilities file has problems</h3><ul></ul></div>
<textarea id="capabilities" name="capabilities" rows="12" spellcheck="false" aria-describedby="capabilities-errors">${escapeHtml(SAMPLE_CAPABILITIES)}</textarea>
</section>
<section aria-labelledby="results-heading">
<h2 id="results-heading">Findings</h2>
<p id="status" class="status" aria-live="polite"></p>
<h3 id="preview-heading">Highlighted copy</h3>
<div id="preview" class="preview" role="region" aria-labelledby="preview-heading"></div>
<h3 id="messages-heading">Messages</h3>
<ol id="messages" class="messages" aria-labelledby="messages-heading"></ol>
<div class="actions"><button type="button" id="copy-rewritten">Copy rewritten copy</button><span id="copy-status" class="status" aria-live="polite"></span></div>
<div id="rewritten-box" hidden><label for="rewritten">Rewritten copy</label>
<textarea id="rewritten" rows="6" readonly></textarea></div>
</section>
</main>
<script>${script}</script>
</body>
</html>
`;
}
