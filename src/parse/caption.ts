// A code sample's caption, which Markdown (markdown.ts) and HTML (html.ts)
// both leave unread: one sentence of copy ending in ":" right before code.

/** Text that reads as one sentence ending in ":" ("Build all models:"), not several ("We answer 24/7. Install it in seconds:"). */
export function readsAsCaption(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(':') && !/[.!?]\s/.test(trimmed);
}
