// availability: always-on service ("24/7", "around the clock", "call us anytime").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('availability flags always-on promises', () => {
  test.each<Flag>([
    { text: "Resource Availability: We're your go-to tech resource whenever you need assistance.", line: 1, column: 24, endColumn: 83, actual: "We're your go-to tech resource whenever you need assistance" },
    { text: "We're always just a phone call away.", line: 1, column: 7, endColumn: 36, actual: 'always just a phone call away' },
    { text: 'Open 24hrs.', line: 1, column: 1, endColumn: 11, actual: 'Open 24hrs' },
    { text: "They're available everyday, fresh, over the counter.", line: 1, column: 9, endColumn: 27, actual: 'available everyday' },
    { text: 'Someone is always available to take your call.', line: 1, column: 12, endColumn: 28, actual: 'always available' },
    { text: 'Reach a real human anytime.', line: 1, column: 20, endColumn: 27, actual: 'anytime' },
    { text: "We're just a phone call away.", line: 1, column: 7, endColumn: 29, actual: 'just a phone call away' },
    // Promises that the qualifiers added with them must leave alone (a review found each one unreported).
    { text: 'To book, call us 24/7.', line: 1, column: 18, endColumn: 22, actual: '24/7' },
    { text: 'Get unlimited storage and 24/7 support:', line: 1, column: 27, endColumn: 31, actual: '24/7' },
    // The plans that include it are promised it: no state is asked about.
    { text: 'See which plans include 24/7 support.', line: 1, column: 25, endColumn: 29, actual: '24/7' },
    // A promise that ends on a colon is still one: only an instruction that opens on a verb of operating software is not.
    { text: 'We answer 24/7:', line: 1, column: 11, endColumn: 15, actual: '24/7' },
    { text: "We're here when you need us.", line: 1, column: 7, endColumn: 28, actual: 'here when you need us' },
    { text: 'We are always equipped and ready to help.', line: 1, column: 8, endColumn: 33, actual: 'always equipped and ready' },
    { text: 'Our contact will always be readily available.', line: 1, column: 18, endColumn: 45, actual: 'always be readily available' },
    { text: 'We are available when you need us most.', line: 1, column: 8, endColumn: 34, actual: 'available when you need us' },
    // The negation is in a new clause, part of the promise.
    { text: '24/7 support so customers never wait.', line: 1, column: 1, endColumn: 5, actual: '24/7' },
    { text: 'Get 24/7 priority support on every plan, not only for paid users.', line: 1, column: 5, endColumn: 9, actual: '24/7' },
    { text: 'Our team is here for you 24/7.', line: 1, column: 26, endColumn: 30, actual: '24/7' },
    { text: 'Our help desk provides 24x7x365 support.', line: 1, column: 24, endColumn: 32, actual: '24x7x365' },
    { text: 'Support around the clock.', line: 1, column: 9, endColumn: 25, actual: 'around the clock' },
    { text: 'Call us anytime.', line: 1, column: 9, endColumn: 16, actual: 'anytime' },
    { text: 'We are open 7 days a week.', line: 1, column: 13, endColumn: 26, actual: '7 days a week' },
    { text: 'Help is always available.', line: 1, column: 9, endColumn: 25, actual: 'always available' },
    // The longest phrase wins: one finding, not "24 hours a day" and "7 days a week" apart.
    { text: 'Welcome!\nOur helpline is open 24 hours a day, 7 days a week.', line: 2, column: 22, endColumn: 51, actual: '24 hours a day, 7 days a week' },
    { text: 'Chat with an expert day or night.', line: 1, column: 21, endColumn: 33, actual: 'day or night' },
    { text: 'We never close.', line: 1, column: 4, endColumn: 15, actual: 'never close' },
    { text: 'Our agents are reachable at all times.', line: 1, column: 26, endColumn: 38, actual: 'at all times' },
    { text: 'We respond to water damage emergencies at any hour.', line: 1, column: 40, endColumn: 51, actual: 'at any hour' },
    { text: 'Service 365 days a year.', line: 1, column: 9, endColumn: 24, actual: '365 days a year' },
    { text: '# Support\n\nWe answer 24/7.', path: 'x.md', line: 3, column: 11, endColumn: 15, actual: '24/7' },
    { text: '<p>Hello</p>\n<p>Our team is here 24/7.</p>', path: 'x.html', line: 2, column: 21, endColumn: 25, actual: '24/7' },
    { text: '24-hour emergency plumbing service.', line: 1, column: 1, endColumn: 8, actual: '24-hour' },
    { text: 'Emergency locksmiths available 24 hours.', line: 1, column: 22, endColumn: 40, actual: 'available 24 hours' },
    { text: 'Our 24hr helpline is here for you.', line: 1, column: 5, endColumn: 9, actual: '24hr' },
    { text: 'Expert help whenever you need it.', line: 1, column: 8, endColumn: 33, actual: 'help whenever you need it' },
    { text: 'Your local 24-hour emergency locksmith.', line: 1, column: 12, endColumn: 19, actual: '24-hour' },
    // The reader is sent to one, and the business says it is one.
    { text: 'For a burst pipe, get a 24-hour emergency plumber from our team.', line: 1, column: 25, endColumn: 32, actual: '24-hour' },
    { text: 'Our catering is available every day, breakfast, lunch or dinner.', line: 1, column: 17, endColumn: 36, actual: 'available every day' },
    { text: 'With our monitoring, your building is never unattended.', line: 1, column: 39, endColumn: 55, actual: 'never unattended' },
    // The same promises with other separators, or "per".
    { text: '24*7 Expert Support', line: 1, column: 1, endColumn: 5, actual: '24*7' },
    // A list of negations before a positive item: the last item is not negated.
    { text: 'No contracts, no setup fees, and 24/7 support.', line: 1, column: 34, endColumn: 38, actual: '24/7' },
    { text: 'Our subscriptions cover 365 days per year, even on holidays.', line: 1, column: 25, endColumn: 42, actual: '365 days per year' },
    { text: 'Open 7 days per week.', line: 1, column: 6, endColumn: 21, actual: '7 days per week' },
    // Round the clock on some days is still round the clock on those days.
    { text: '24/6 Support', line: 1, column: 1, endColumn: 5, actual: '24/6' },
    { text: 'Trade 24/5 with live help from our desk.', line: 1, column: 7, endColumn: 11, actual: '24/5' },
    { text: 'Call us 24/5.', line: 1, column: 9, endColumn: 13, actual: '24/5' },
    { text: 'Our helpline is open 24 hours a day, five days a week.', line: 1, column: 22, endColumn: 54, actual: '24 hours a day, five days a week' },
    // Open in every season.
    { text: 'We are here for you year round', line: 1, column: 8, endColumn: 31, actual: 'here for you year round' },
    { text: 'Open year-round.', line: 1, column: 1, endColumn: 16, actual: 'Open year-round' },
  ])('$text', (flag) => expectOneFinding('availability', flag));
});

describe('availability leaves qualified wording, code and invitations alone', () => {
  test.each<NearMiss>([
    // Found by a review of the rules from sets 41 and 42.
    { why: 'support for something, not help from someone', text: 'Polyfills are there when you need support for older browsers.' },
    { why: 'a bot described, not the business there', text: "I'm a bot that runs whenever you need help with labels." },
    { why: 'the reader calls a function, no business there', text: 'Call help() whenever you need assistance.' },
    { why: 'the business is not the one there', text: 'We are sure the forum will answer whenever you need help.' },
    { why: 'an invitation to reach out, no one promised', text: 'Reach out anytime.' },
    { why: 'everyday as an adjective: things for every day', text: 'Our shop has everyday essentials available everyday items included.' },
    { why: 'a time after which something is open, not opening hours', text: 'The window is open 24 hours after the release.' },
    { why: 'negated across an ellipsis, a pause inside the clause', text: "We're not… open 24/7." },
    { why: 'a dispatch time for orders, which speed reads', text: 'All stock orders qualify for 24-hour dispatch.' },
    { why: 'data a call away, no one to answer', text: 'The whole dataset is only a call away.' },
    { why: 'a feature there when the reader needs it: no one serves', text: 'This option is available when you need it.' },
    { why: 'an attitude: always open to', text: 'We are always open to new ideas.' },
    { why: 'negation', text: 'Support is not always available on weekends.' },
    { why: 'a manner, not opening hours', text: "We'll be completely honest with you at all times." },
    { why: 'negation', text: "Support isn't 24/7." },
    { why: 'hedge before', text: 'We are usually available around the clock.' },
    { why: 'hedge after', text: 'Phone support is available 24/7 on request.' },
    { why: 'question', text: 'Is support available 24/7?' },
    { why: 'an invitation, not live contact', text: 'Reach out to us anytime.' },
    { why: 'self-service, not a promise of service', text: 'Cancel anytime.' },
    { why: 'limited to office hours', text: 'Call us anytime during business hours.' },
    { why: 'idiom: open to feedback', text: "We're always open to feedback." },
    { why: 'URL', text: 'See https://example.com/24-7-support for our hours.' },
    { why: 'inline code', path: 'x.md', text: 'Set `mode: always-on` in the config.' },
    { why: 'fenced code', path: 'x.md', text: 'Our config:\n\n```yaml\nsupport: 24/7\n```\n' },
    { why: 'HTML comment', path: 'x.html', text: '<!-- TODO: say 24/7 support -->\n<p>Contact us.</p>' },
    { why: 'script', path: 'x.html', text: "<script>const banner = 'Call us anytime, 24/7';</script>\n<p>Contact us.</p>" },
    { why: 'a time after which something is ready, not opening hours', text: 'Tickets are available 24 hours after release.' },
    { why: 'a speed, which the speed rule reports', text: 'We promise a 24-hour response.' },
    { why: "someone else's service", text: 'We can give you the number of local 24-hour emergency clinics.' },
    { why: 'a service the reader is sent to find', text: 'If a pipe bursts at night, call a 24-hour emergency plumber.' },
    { why: 'a thing open, not a service', text: 'The voting window is open 24 hours.' },
    { why: 'a token', text: 'The 24-hour access token expires after one day.' },
    { why: 'someone else helps', text: 'Ask the community forum for help whenever you need it.' },
    { why: 'third parties, several of them', text: 'Close by, there are several 24-hour emergency vets within a 3-minute car ride.' },
    { why: 'every day but one', text: 'We are open every day except Sundays.' },
    { why: 'a date, not hours', text: 'We are closed on 24/5 for the bank holiday.' },
    { why: 'a date beside a verb of opening', text: 'Applications open on 24/5 and close on 30/5.' },
    { why: 'a date beside a call', text: 'Please call us before 24/5 to book.' },
    { why: 'a date in a sentence about support', text: 'Our support team is closed on 24/5.' },
    { why: 'a line of a document', text: 'See line 24/5 of the invoice.' },
    { why: 'a size', text: 'The help icon is 24x5 pixels.' },
    { why: 'a size of a banner', text: 'We print 24x6 foot banners.' },
    { why: 'a date with its year', text: 'The 24/5/2025 release notes list every support change.' },
    { why: 'a date in July', text: 'Support hours were updated on 24/7/2023.' },
    { why: 'a date, year first', text: 'Our support policy, revised 2023/24/7.' },
    { why: 'a device, all seasons', text: 'The sensor runs year-round.' },
    { why: 'weather', text: 'Enjoy year-round sunshine.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('availability', text, { path })).toEqual([]);
  });
});

describe('availability against capabilities', () => {
  const weekdays = capabilities(`business: Harbour Help
support:
  hours: Mon-Fri 09:00-17:00
  channels: [email, chat]
uptime: 99.9%
`);

  test('24/7 support is contradicted by office hours', () => {
    expect(findings('availability', 'Our support team is here 24/7.', { capabilities: weekdays })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 26,
        message: '"24/7" is contradicted: support.hours is Mon-Fri 09:00-17:00 (capabilities.yml:3); say "Mon–Fri 09:00–17:00" instead',
        expected: ['Mon–Fri 09:00–17:00'],
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });

  test('"call us" names a channel that is not declared', () => {
    expect(findings('availability', 'Questions welcome.\nCall us anytime.', { capabilities: weekdays })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 9,
        message: '"anytime" is contradicted: phone is not a declared support channel (email, chat) (capabilities.yml:4); say "email or chat" instead',
        expected: ['email or chat'],
        declaredAt: 'capabilities.yml:4',
      }),
    ]);
  });

  test('an always-available system is judged against uptime, not support hours', () => {
    expect(findings('availability', 'Your files, always available.', { capabilities: weekdays })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        column: 13,
        message: '"always available" is contradicted: uptime is 99.9%, not 100% (capabilities.yml:5); say "available 99.9% of the time" instead',
        expected: ['available 99.9% of the time'],
        declaredAt: 'capabilities.yml:5',
        fixable: true,
      }),
    ]);
    // The rewrite may replace the words only where it reads right in their place.
    const fixable = (text: string) => findings('availability', text, { capabilities: weekdays }).map((finding) => [finding.actual, finding.verdict, finding.fixable]);
    expect(fixable('Your files, always online.')).toEqual([['always online', 'contradicted', true]]);
    expect(fixable('Your always-on files.')).toEqual([['always-on', 'contradicted', false]]);
    expect(fixable('Your files, 24/7.')).toEqual([['24/7', 'contradicted', false]]);
  });

  test('declared 24/7 hours back the promise: not reported, info with verbose', () => {
    const alwaysOn = capabilities('support:\n  hours: 24/7\n');
    const text = 'Our support team is here 24/7.';
    expect(findings('availability', text, { capabilities: alwaysOn })).toEqual([]);
    expect(findings('availability', text, { capabilities: alwaysOn, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 26,
        message: '"24/7" is backed: support.hours is 24/7 (capabilities.yml:2)',
        declaredAt: 'capabilities.yml:2',
      }),
    ]);
  });

  test('every day open backs "7 days a week" but not "24/7"', () => {
    const daily = capabilities('support:\n  hours: Mon-Sun 10:00-18:00\n');
    expect(findings('availability', 'We are open 7 days a week.', { capabilities: daily, verbose: true })).toEqual([
      expect.objectContaining({ verdict: 'substantiated', column: 13, actual: '7 days a week' }),
    ]);
    expect(findings('availability', 'We are open 24/7.', { capabilities: daily })).toEqual([
      expect.objectContaining({ verdict: 'contradicted', column: 13, actual: '24/7', expected: ['Mon–Sun 10:00–18:00'] }),
    ]);
  });
  test('round-the-clock days back "24/5" when enough whole days are declared, and never "24/7"', () => {
    const weekdaysAllDay = capabilities('support:\n  hours: Mon-Fri 00:00-24:00, Sat 08:00-12:00\n');
    const verdicts = (text: string) => findings('availability', text, { capabilities: weekdaysAllDay, verbose: true }).map((finding) => [finding.actual, finding.verdict]);
    expect(verdicts('We offer 24/5 support.')).toEqual([['24/5', 'substantiated']]);
    expect(verdicts('Our desk is staffed 24 hours a day, 5 days a week.')).toEqual([['24 hours a day, 5 days a week', 'substantiated']]);
    // Saturday is not a whole day, so six are not declared.
    expect(findings('availability', '24/6 customer service.', { capabilities: weekdaysAllDay })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        column: 1,
        message: '"24/6" is contradicted: support.hours is Mon-Fri 00:00-24:00, Sat 08:00-12:00 (capabilities.yml:2); say "Mon–Fri 00:00–24:00, Sat 08:00–12:00" instead',
      }),
    ]);
    expect(verdicts('Support 24/7.')).toEqual([['24/7', 'contradicted']]);
    expect(verdicts('Support 24 hours a day, 7 days a week.')).toEqual([['24 hours a day, 7 days a week', 'contradicted']]);
    // Forex hours are five days without a break, though no weekday is whole.
    const forex = capabilities('support:\n  hours: Sun 22:00-24:00, Mon-Thu 00:00-24:00, Fri 00:00-22:00\n');
    expect(findings('availability', 'Trade 24/5.', { capabilities: forex, verbose: true }).map((finding) => finding.verdict)).toEqual(['substantiated']);
    // Every day of the year is seven days a week, whatever else the sentence says.
    expect(verdicts('Staffed 24 hours a day, 5 days a week, 365 days a year.')).toEqual([['24 hours a day, 5 days a week, 365 days a year', 'contradicted']]);
    // Office hours on five days are not 24/5.
    expect(findings('availability', 'We offer 24/5 support.', { capabilities: weekdays })).toEqual([
      expect.objectContaining({ verdict: 'contradicted', actual: '24/5', expected: ['Mon–Fri 09:00–17:00'] }),
    ]);
  });

  test('year-round is kept by any weekly schedule, however short its days', () => {
    expect(findings('availability', 'We are open all year round.', { capabilities: weekdays })).toEqual([]);
    expect(findings('availability', 'We are open all year round.', { capabilities: weekdays, verbose: true })).toEqual([
      expect.objectContaining({ verdict: 'substantiated', actual: 'open all year round', declared: 'support.hours is Mon-Fri 09:00-17:00' }),
    ]);
    expect(findings('availability', 'We are open all year round.')).toEqual([expect.objectContaining({ verdict: 'unsubstantiated', line: 1, column: 8 })]);
  });

  test('days given with their hours are a schedule: not reported without a file, still checked with one', () => {
    const text = 'Our support is available 7 days a week from 8am to 8pm.';
    expect(findings('availability', text)).toEqual([]);
    expect(findings('availability', text, { capabilities: weekdays })).toEqual([
      expect.objectContaining({ verdict: 'contradicted', line: 1, column: 26, actual: '7 days a week', declared: 'support.hours is Mon-Fri 09:00-17:00' }),
    ]);
  });
});
