// Evidence entries back a claim when the claim's sentence says what the
// entry says: every content word of the entry's claim appears in it.
import type { EvidenceEntry } from '../capabilities/types.js';
import type { Claim } from '../types.js';

const FILLER = new Set(['the', 'a', 'an', 'in', 'of', 'on', 'for', 'to', 'and', 'our', 'we', 'is', 'are', 'at', 'by', 'with']);

export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9#%'$.]+/)
    .map((word) => word.replace(/^'+|'+$|\.+$/g, ''))
    .filter((word) => word !== '' && !FILLER.has(word));
}

export function matchEvidence(claim: Claim, evidence: readonly EvidenceEntry[]): EvidenceEntry | undefined {
  if (evidence.length === 0) return undefined;
  const sentence = new Set(contentWords(claim.sentence));
  const claimWords = contentWords(claim.text);
  return evidence.find((entry) => {
    const words = contentWords(entry.claim);
    // The entry must be about this claim (share its trigger words) and be said in full.
    return words.length > 0 && claimWords.some((word) => words.includes(word)) && words.every((word) => sentence.has(word));
  });
}
