// unlimited: no limits, no cost ("unlimited storage", "no hidden fees",
// "free", "forever", "lifetime updates").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('unlimited flags promises of no limit and no cost', () => {
  test.each<Flag>([
    // "To free" before no object stays a price (found by a review).
    { text: 'Upgrade to free or discounted shipping today.', line: 1, column: 12, endColumn: 16, actual: 'free' },
    { text: 'Guests have access to free all-day parking.', line: 1, column: 23, endColumn: 27, actual: 'free' },
    { text: "Subscribe to any plan and we'll ship as much software as you'd like.", line: 1, column: 38, endColumn: 68, actual: "as much software as you'd like" },
    { text: 'You’ll always have access to the course.', line: 1, column: 1, endColumn: 26, actual: 'You’ll always have access' },
    // The price fixed by the quote.
    { text: "You won't pay a penny more than the quote.", line: 1, column: 5, endColumn: 42, actual: "won't pay a penny more than the quote" },
    { text: 'The price we quote is the price you pay.', line: 1, column: 1, endColumn: 40, actual: 'The price we quote is the price you pay' },
    { text: 'The number you see is the number you pay — no change orders.', line: 1, column: 1, endColumn: 41, actual: 'The number you see is the number you pay' },
    // "To" before a noun: a price, not the verb "to free".
    { text: 'Switch to free delivery on all orders.', line: 1, column: 11, endColumn: 15, actual: 'free' },
    { text: 'We will free up your weekends and ship it free.', line: 1, column: 43, endColumn: 47, actual: 'free' },
    // The business's discretion limits its own clause only (found by a review).
    { text: 'We offer free shipping; discounts are applied at our discretion.', line: 1, column: 10, endColumn: 14, actual: 'free' },
    // Surcharges ruled out by name.
    { text: 'No after hours extra fees.', line: 1, column: 1, endColumn: 26, actual: 'No after hours extra fees' },
    // Free shipping on a first order is a price, not an introductory lesson.
    { text: 'Free shipping on your first order.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    { text: 'No extra onsite fees.', line: 1, column: 1, endColumn: 21, actual: 'No extra onsite fees' },
    { text: 'To celebrate our launch, delivery is free forever.', line: 1, column: 38, endColumn: 50, actual: 'free forever' },
    { text: 'Returns are free, 30 days no questions.', line: 1, column: 13, endColumn: 17, actual: 'free' },
    { text: 'Get 10 GB of free space for your photos.', line: 1, column: 14, endColumn: 18, actual: 'free' },
    { text: 'Free the first month of any plan.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    // The adverb is the same promise, quoted whole, not cut at "Infinite".
    { text: 'Infinitely scalable storage for your photos.', line: 1, column: 1, endColumn: 20, actual: 'Infinitely scalable' },
    { text: 'No surprises on the invoice.', line: 1, column: 1, endColumn: 28, actual: 'No surprises on the invoice' },
    { text: 'Christensen Plumbing never charges extra for emergency calls.', line: 1, column: 22, endColumn: 41, actual: 'never charges extra' },
    // A price, though "free" is also a word for unused memory.
    { text: 'Get a free memory upgrade.', line: 1, column: 7, endColumn: 11, actual: 'free' },
    { text: 'There is no limit.', line: 1, column: 1, endColumn: 18, actual: 'There is no limit' },
    // Not a first conversation (calls, plural), nor an order threshold (savings of over $50), nor a scope limited to an audience (personal use).
    { text: 'Free international calls to 50 countries.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    { text: 'Free delivery on every order, with savings of over $50 a month.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    { text: 'Unlimited downloads for personal use only.', line: 1, column: 1, endColumn: 20, actual: 'Unlimited downloads' },
    { text: 'Your gift card never expires.', line: 1, column: 16, endColumn: 29, actual: 'never expires' },
    { text: 'Unlimited storage for every team.', line: 1, column: 1, endColumn: 18, actual: 'Unlimited storage' },
    { text: 'Unmetered bandwidth on every plan.', line: 1, column: 1, endColumn: 20, actual: 'Unmetered bandwidth' },
    { text: 'No hidden fees.', line: 1, column: 1, endColumn: 15, actual: 'No hidden fees' },
    { text: "No, we don't charge extra for nights, weekends, or holidays.", line: 1, column: 8, endColumn: 26, actual: "don't charge extra" },
    { text: 'Free shipping on every order.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    { text: 'Free forever.', line: 1, column: 1, endColumn: 13, actual: 'Free forever' },
    { text: 'Your photos are stored forever.', line: 1, column: 24, endColumn: 31, actual: 'forever' },
    { text: 'Our ceramic coating protects your paint forever.', line: 1, column: 41, endColumn: 48, actual: 'forever' },
    { text: 'Buy once, own it forever.', line: 1, column: 18, endColumn: 25, actual: 'forever' },
    { text: 'Free lifetime maintenance and inspection.', line: 1, column: 1, endColumn: 5, actual: 'Free' },
    { text: 'What you get.\nIncludes lifetime updates.', line: 2, column: 10, endColumn: 26, actual: 'lifetime updates' },
    { text: 'No limits on bandwidth.', line: 1, column: 1, endColumn: 10, actual: 'No limits' },
    { text: 'Set unlimited alerts.', line: 1, column: 5, endColumn: 21, actual: 'unlimited alerts' },
    // An allowance, though "infinite" also names a fault ("infinite loops").
    { text: 'Infinite scrolling through every photo you ever took.', line: 1, column: 1, endColumn: 19, actual: 'Infinite scrolling' },
    { text: 'Installation is free of charge.', line: 1, column: 17, endColumn: 31, actual: 'free of charge' },
    // A price, not a permission or an absence.
    { text: 'Every order will ship free to your door.', line: 1, column: 23, endColumn: 27, actual: 'free' },
    { text: 'Your socks are shipped free of shipping charges.', line: 1, column: 24, endColumn: 28, actual: 'free' },
    { text: "We'll upgrade your plan at no extra charge.", line: 1, column: 25, endColumn: 43, actual: 'at no extra charge' },
    // "Up to speed" is an idiom, not the hedge "up to 50 users".
    { text: 'Bring your office up to speed with unlimited data.', line: 1, column: 36, endColumn: 50, actual: 'unlimited data' },
    { text: 'There is no fee for the first reschedule.', line: 1, column: 10, endColumn: 20, actual: 'no fee for' },
    { text: 'No setup fees.', line: 1, column: 1, endColumn: 14, actual: 'No setup fees' },
    { text: '## Delivery\n\n- Next-day shipping\n- Free returns', path: 'x.md', line: 4, column: 3, endColumn: 7, actual: 'Free' },
    { text: '<ul>\n<li>Setup</li>\n<li>No hidden fees</li>\n</ul>', path: 'x.html', line: 3, column: 5, endColumn: 19, actual: 'No hidden fees' },
    // No hidden fees, said another way.
    { text: "You won't be charged any extra fees.", line: 1, column: 5, endColumn: 36, actual: "won't be charged any extra fees" },
    { text: 'The price you see is the price you pay.', line: 1, column: 1, endColumn: 39, actual: 'The price you see is the price you pay' },
    // Forever, said another way.
    { text: "There's an always free tier for individuals.", line: 1, column: 12, endColumn: 23, actual: 'always free' },
    { text: 'Gift cards with no expiration date.', line: 1, column: 17, endColumn: 35, actual: 'no expiration date' },
    { text: 'Your credits never expire.', line: 1, column: 14, endColumn: 26, actual: 'never expire' },
    { text: 'No call-out fee.', line: 1, column: 1, endColumn: 16, actual: 'No call-out fee' },
    { text: 'All-inclusive pricing.', line: 1, column: 1, endColumn: 22, actual: 'All-inclusive pricing' },
    { text: 'Our roofs last a lifetime.', line: 1, column: 11, endColumn: 26, actual: 'last a lifetime' },
    { text: 'Get a quote and free shipping.', line: 1, column: 17, endColumn: 21, actual: 'free' },
    { text: 'We repair any damage found during the inspection for free.', line: 1, column: 54, endColumn: 58, actual: 'free' },
    // "No hidden fees" with other charges listed before, or said with a verb.
    { text: 'The price is fixed, no hourly surprises or hidden fees.', line: 1, column: 21, endColumn: 55, actual: 'no hourly surprises or hidden fees' },
    { text: 'Transparent pricing that does not include any hidden costs.', line: 1, column: 26, endColumn: 59, actual: 'does not include any hidden costs' },
    { text: 'Your price stays the same at every dose level — no surprises.', line: 1, column: 49, endColumn: 61, actual: 'no surprises' },
    { text: 'Complimentary & convenient delivery.', line: 1, column: 1, endColumn: 14, actual: 'Complimentary' },
    { text: 'Lifetime course access', line: 1, column: 1, endColumn: 23, actual: 'Lifetime course access' },
    { text: 'Swap, stake, and spend crypto with zero fees.', line: 1, column: 36, endColumn: 45, actual: 'zero fees' },
    { text: "We don't charge any extra fees for shipping.", line: 1, column: 1, endColumn: 31, actual: "We don't charge any extra fees" },
    { text: 'You get the full power of our network with no throttling.', line: 1, column: 44, endColumn: 57, actual: 'no throttling' },
    { text: 'No plugins, no upcharges, no enterprise-only features.', line: 1, column: 13, endColumn: 25, actual: 'no upcharges' },
    // No minimum to meet, one price for all.
    { text: 'There are No minimum food and beverage or bartender charges.', line: 1, column: 11, endColumn: 60, actual: 'No minimum food and beverage or bartender charges' },
    { text: 'All for one price.', line: 1, column: 1, endColumn: 18, actual: 'All for one price' },
    { text: 'One flat price for everything.', line: 1, column: 1, endColumn: 30, actual: 'One flat price for everything' },
    // As many as the reader likes of what the business sells, no time limit, or for good after one payment.
    { text: 'Once you create an account, you are welcome to take as many courses as you like.', line: 1, column: 53, endColumn: 80, actual: 'as many courses as you like' },
    { text: 'You can attend a course as many times as you like.', line: 1, column: 25, endColumn: 50, actual: 'as many times as you like' },
    { text: 'There are no time limits.', line: 1, column: 11, endColumn: 25, actual: 'no time limits' },
    { text: 'Pay once and use forever', line: 1, column: 18, endColumn: 25, actual: 'forever' },
  ])('$text', (flag) => expectOneFinding('unlimited', flag));
});

describe('unlimited leaves calls to action, compounds, qualified wording and code alone', () => {
  test.each<NearMiss>([
    { why: 'a spend threshold stated with the offer', text: 'Primary Delivery Zone (Free delivery over $25):' },
    { why: 'a trial of days, hyphenated', text: 'Trial a Standard Plan for 7-days Free.' },
    { why: "a program's events, not a connection sold", text: 'Without throttling, the handler fires on every scroll event.' },
    { why: 'a default of a program', text: 'By default there is no throttling.' },
    { why: 'a kind of network connection', text: 'Downloads run only on an unmetered connection.' },
    { why: 'a fault that never ends, not an allowance', text: 'This prevents infinite loops and duplicates.' },
    { why: 'a fault that never ends, plural', text: 'Links are not followed, to avoid infinite cycles.' },
    { why: 'a fault that never ends, a word between', text: 'This avoids an infinite retry loop.' },
    { why: 'a fault that never ends, hyphenated', text: 'It causes infinite re-renders.' },
    // A word that only begins like the trigger (npm run fuzz, seed 1120518764: "unlimite<![C</em>DATA" in HTML).
    { why: 'a longer word that begins with "unlimited"', text: 'We store unlimitedata files.' },
    { why: 'an introductory offer, a trial by another name', text: 'Your first training is FREE!' },
    { why: "the business's own may, alone", text: 'We may upgrade you to next-day delivery free of charge.' },
    { why: 'a call to action, a comma between', text: 'We provide free, no-obligation quotes.' },
    { why: 'a call to action after the offer', text: 'A local specialist will craft a tailor-made proposal — free, no obligation.' },
    { why: 'a free assessment, three words saying of what', text: 'Free long distance moving assessment.' },
    { why: 'a call to action, an estimate by another name', text: "Call me, and I'll be over there for a free estimation." },
    { why: 'a call to action, an evaluation', text: 'Book your free evaluation today.' },
    { why: "at the business's discretion, no promise", text: 'We will retouch your images at our discretion at no additional cost.' },
    { why: "at the business's sole discretion, no promise", text: "Upgrades are free at the company's sole discretion." },
    { why: "in the business's sole discretion, no promise", text: 'Upgrades are free in our sole discretion.' },
    { why: 'free as a verb', text: 'Free up disk space.' },
    { why: 'free as a verb, opening a sentence', text: 'Free all previously allocated memory.' },
    { why: 'free as a verb after "to"', text: 'The caller has to free the object.' },
    { why: 'free as a verb after a modal', text: 'The garbage collector will free them after the process exits.' },
    { why: "the C library's free()", text: 'A pointer is free(3)d, which is a bug.' },
    { why: 'a memory bug', text: 'The cache entry was removed, leading to use after free.' },
    { why: 'free beside malloc', text: 'It reports malloc/free mismatches.' },
    { why: 'free as a verb, with another', text: "It's left to the caller to free or reuse the buffer." },
    { why: 'a term of programming', text: 'In each module, the module free variable is a reference to the object.' },
    { why: 'a property of code', text: 'A program is data-race free if all accesses are ordered.' },
    { why: 'unused memory', text: 'Returns the amount of free system memory in bytes.' },
    { why: 'free as unused', text: 'Display free memory and the number of free and used inodes.' },
    { why: 'free as unused', text: 'Find the next free loop device.' },
    { why: 'free as a licence', text: 'A free and open source web browser.' },
    { why: 'free as a licence', text: 'Free, open source, cross-platform audio workstation.' },
    { why: 'a process that runs forever', text: 'Start running a file forever as a daemon.' },
    { why: 'a setting', text: 'Play an audio source n times (0 means forever).' },
    { why: 'a licence grant, boilerplate', text: 'Permission is hereby granted, free of charge, to any person obtaining a copy of this software.' },
    { why: 'thanks, nothing offered', text: 'Core contributors, for whom we are forever grateful.' },
    { why: 'a program stopped for good, nothing offered', text: 'Stop the search forever.' },
    { why: 'explains a setting', text: 'Set it to 0, meaning there is no limit.' },
    { why: 'a call to action', text: 'Signup for free and go from there.' },
    { why: 'an allowance is a limit', text: 'See our pricing page for free usage allowances.' },
    { why: "the business's own may", text: 'We may sometimes upgrade you to next-day delivery free of charge.' },
    { why: 'unable to include', text: 'We are unable to include these postcodes in free delivery.' },
    { why: 'call to action', text: 'Get a free quote.' },
    { why: 'call to action', text: 'Start your free trial.' },
    { why: 'call to action: a first conversation', text: 'Book a free strategy call.' },
    { why: 'permitted, not at no cost', text: 'You are free to cancel anytime.' },
    { why: 'a threshold conditions it', text: 'Shipping is at no cost on orders over $50.' },
    { why: 'negation', text: 'We do not offer repairs at no cost.' },
    { why: 'a cost in software, not a price', text: 'Rendering happens at no cost to the main thread.' },
    { why: 'without, not at no cost', text: 'Our advice is free from pressure tactics.' },
    { why: 'the call to action is the subject', text: 'My consultations are not only free, they are honest.' },
    { why: 'call to action: a button', text: 'Get started free' },
    { why: 'call to action: a button', text: 'Try it free for a month.' },
    { why: 'a stated condition', text: 'Free shipping on orders over $75.' },
    { why: "a promotion's terms", text: 'Pay yearly and get two months free.' },
    { why: 'a word in quotes, defined', text: '"Unlimited" does not mean infinite usage.' },
    { why: 'a setting, not something bought', text: 'API keys never expire.' },
    { why: 'a setting, not something bought', text: 'Set ttl to 0 for no expiration.' },
    { why: 'a stated condition', text: 'Free economy shipping applies to all orders over £50.' },
    { why: 'a quality, not a price', text: 'Gluten-free pastries.' },
    { why: 'idiom', text: 'Feel free to call us.' },
    { why: 'hedge: up to', text: 'Up to 3 projects on the free plan.' },
    { why: 'negation', text: "Storage isn't unlimited." },
    { why: 'question', text: 'Is shipping free?' },
    { why: 'disclaimer later in the sentence', text: 'Unlimited storage, fair use applies.' },
    { why: 'a condition of staying within a policy', text: 'Free forever, as long as you stay within our fair usage guidelines.' },
    { why: 'limited to where the business serves', text: 'We offer free delivery, professional setup, and pickup within our service area.' },
    { why: 'subject to fair usage', text: 'Unlimited calls, subject to fair usage.' },
    { why: 'limited scope', text: 'Free shipping on select items.' },
    { why: 'hedge after: with most', text: 'Free shipping with most orders.' },
    { why: 'URL', text: 'Details at https://example.com/free-shipping today.' },
    { why: 'inline code', path: 'x.md', text: 'Set `limits: unlimited` in the config.' },
    { why: 'fenced code', path: 'x.md', text: 'Config:\n\n```\nplan = "free forever"\n```\n' },
    { why: 'script', path: 'x.html', text: "<script>banner('Free shipping!');</script>\n<p>Shop.</p>" },
    { why: 'HTML comment', path: 'x.html', text: '<!-- unlimited storage -->\n<p>Shop.</p>' },
    { why: 'product name inside a word', text: 'Built on FreeBSD.' },
    { why: 'a change for good, not a term', text: 'We set out to change the landscape of dentistry forever.' },
    { why: 'a free visit to quote, a call to action like "free estimate"', text: 'We will send a professional estimator to your home free of charge.' },
    { why: 'a free inspection, a call to action', text: 'We inspect your roof for free.' },
    { why: 'the remedy of a speed promise, which speed reports', text: "Hot pizza at your door in 30 minutes or it's free." },
    { why: 'software extras, not a price', text: 'No extras are installed by default.' },
    { why: 'a free visit to quote, with what it is of', text: 'Free roof inspections and detailed estimates' },
    { why: 'free quotes, with two words of what about', text: "While comparing free auto insurance quotes, it's easy to save." },
    { why: 'the free visit to price the job, offered as "let us"', text: 'First, let us come into your home and give it a room-by-room evaluation free of charge.' },
    { why: 'a consultation, in a hotel\'s word for free', text: 'Enjoy a complimentary consultation.' },
    { why: 'fees kept, not waived', text: 'If you cancel, no fees will be refunded.' },
    { why: 'praise, not a price', text: 'Guests are always complimentary about our food.' },
    { why: 'someone else does not charge', text: "Credit unions don't charge overdraft fees." },
    { why: 'a setting', text: 'There is no minimum version.' },
    { why: 'a payment processor\'s setting', text: 'Stripe has no minimum charge amount.' },
    { why: 'the offer\'s own region, stated', text: 'Shipping within the continental United States is free.' },
    { why: 'what a program lets its user make', text: 'You can create as many instances as you want.' },
    { why: 'a promotion\'s terms', text: 'Yes, you can, and you will get 2 months for free.' },
    { why: 'a programming class (review)', text: 'Each class can have as many methods as you like.' },
    { why: 'a CLI\'s jobs (review)', text: 'Our CLI lets you run as many jobs as you like in parallel.' },
    { why: 'a job\'s setting (review)', text: 'The job runs with no time limits by default.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('unlimited', text, { path })).toEqual([]);
  });
});

describe('unlimited against capabilities', () => {
  const cloud = capabilities(`business: CloudNest
limits:
  storage: 100GB
  users: 50
pricing:
  free_trial: 14d
  extra_fees: true
  free_plan: false
`);

  test('unlimited storage is contradicted by the storage limit', () => {
    expect(findings('unlimited', 'Unlimited storage for every team.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 1,
        message: '"Unlimited storage" is contradicted: limits.storage is 100GB (capabilities.yml:3); say "100GB of storage" instead',
        expected: ['100GB of storage'],
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });

  test('a count limit reads "up to 50 users"', () => {
    expect(findings('unlimited', 'Unlimited users.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        message: '"Unlimited users" is contradicted: limits.users is 50 (capabilities.yml:4); say "up to 50 users" instead',
        expected: ['up to 50 users'],
        declaredAt: 'capabilities.yml:4',
      }),
    ]);
  });

  test('"free forever" is contradicted when no plan is free; the rewrite names the trial', () => {
    expect(findings('unlimited', 'Simple pricing.\nFree forever.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 1,
        endColumn: 13,
        message: '"Free forever" is contradicted: pricing.free_plan is false (capabilities.yml:8); say "free for 2 weeks" instead',
        expected: ['free for 2 weeks'],
        declaredAt: 'capabilities.yml:8',
      }),
    ]);
  });

  test('what is made to last is no free plan: "our roofs last a lifetime" is not judged against pricing.free_plan', () => {
    // Found in review: it was filed under "forever", which is.
    expect(findings('unlimited', 'Our roofs last a lifetime.', { capabilities: cloud })).toEqual([expect.objectContaining({ verdict: 'unsubstantiated', actual: 'last a lifetime' })]);
  });

  test('"no hidden fees" is contradicted by declared extra fees', () => {
    expect(findings('unlimited', 'No hidden fees.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        message: '"No hidden fees" is contradicted: pricing.extra_fees is true (capabilities.yml:7); say "fees listed on our pricing page" instead',
        expected: ['fees listed on our pricing page'],
        declaredAt: 'capabilities.yml:7',
      }),
    ]);
  });

  test('a free plan and no extra fees back the claims: not reported, info with verbose', () => {
    const honest = capabilities('pricing:\n  extra_fees: false\n  free_plan: true\n');
    const text = 'No hidden fees. Free forever.';
    expect(findings('unlimited', text, { capabilities: honest })).toEqual([]);
    expect(findings('unlimited', text, { capabilities: honest, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 1,
        message: '"No hidden fees" is backed: pricing.extra_fees is false (capabilities.yml:2)',
        declaredAt: 'capabilities.yml:2',
      }),
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 17,
        message: '"Free forever" is backed: pricing.free_plan is true (capabilities.yml:3)',
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });
});
