// "overclaim init": a commented capabilities.yml with every section, for a
// business to fill in. It must itself be valid (a test parses it), so a
// freshly written file never stops the linter.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPABILITIES_FILE_NAMES } from './load.js';

/** Where editors find the schema once overclaim is installed in the project. */
export const SCHEMA_REFERENCE = './node_modules/overclaim/schema/capabilities.schema.json';

export function capabilitiesTemplate(): string {
  return `# yaml-language-server: $schema=${SCHEMA_REFERENCE}
#
# What your business can reliably deliver. overclaim checks the promises in
# your marketing copy ("24/7 support", "replies within the hour", "unlimited")
# against this file. Declare what you can keep on a bad day, not a good one.
# Delete any section that does not apply; an undeclared fact makes matching
# promises "unsubstantiated" rather than "contradicted".
#
# Durations: 30m, 4h, 2d, 1w, 1y (minutes, hours, days, weeks, years).
# Hours: 24/7, or days and 24-hour times, e.g. "Mon-Fri 09:00-17:00, Sat 10:00-14:00, Sun closed".
# Percentages: 99.9%.

business: Your Business Name

support:
  # When a person answers. Checked against "24/7", "around the clock", "always available".
  hours: Mon-Fri 09:00-17:00
  # How customers reach you, e.g. [email, phone, chat].
  channels: [email]
  # Longest wait for a first human reply. Checked against "instant", "within the hour".
  first_response: 24h
  # Longest time to sort a request out.
  resolution: 3d

delivery:
  # Where you deliver.
  regions: [US]
  # Fastest delivery you can reliably offer. Checked against "same-day", "next-day", "overnight".
  fastest: 3d

# Time from sign-up or order to a working product. Checked against "set up in minutes".
setup: 1d

refunds:
  # How long after purchase a refund can be asked for. Checked against "money-back guarantee".
  window: 30d
  # Conditions in plain words. Checked against "no questions asked", "risk-free".
  conditions: unused items with proof of purchase

# A duration such as 1y, or "lifetime"; or a mapping:
#   warranty:
#     length: 2y
#     conditions: parts only, not accidental damage
warranty: 1y

# Availability you commit to. Checked against "100% uptime", "never down".
uptime: 99.5%

# Named usage limits. Checked against "unlimited" and "no limits".
limits:
  storage: 10GB
  users: 5

pricing:
  # Length of the free trial, if any.
  free_trial: 14d
  # Is a card needed to start? Checked against "no credit card required".
  credit_card_required: false
  # Anything charged beyond the listed price (setup fees, overage)? Checked against "no hidden fees".
  extra_fees: false
  # Is some plan free with no end date? Checked against "free", "free forever".
  free_plan: false

offerings:
  # true only if you really carry the whole range your copy talks about.
  # Checked against "everything", "full range", "whatever you need".
  complete: false
  # What you do offer.
  items: [your main product, your second product]
  # What customers might expect but you do not offer. Checked against named promises.
  not_offered: []

# Proof for rankings and superlatives ("best", "#1", "fastest"). Each entry
# names the claim and where it is backed up, e.g.
#   - claim: best seafood in Boston
#     source: Boston Magazine, Best of Boston 2025
evidence: []
`;
}

/**
 * Write the template as DIR/capabilities.yml, never replacing an existing
 * file (flag "wx" makes the check and the write one step). Returns the path.
 */
export function writeCapabilitiesTemplate(dir: string): string {
  const path = join(dir, 'capabilities.yml');
  // capabilities.yml is found before the others, so the template would silently take their place.
  const other = CAPABILITIES_FILE_NAMES.find((name) => name !== 'capabilities.yml' && existsSync(join(dir, name)));
  if (other) throw new Error(`${other} already exists in ${dir}; not writing capabilities.yml beside it`);
  try {
    writeFileSync(path, capabilitiesTemplate(), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`capabilities.yml already exists in ${dir}; not overwriting it`);
    throw error;
  }
  return path;
}
