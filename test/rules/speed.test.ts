// speed: a response, resolution, delivery or setup time ("instant",
// "within 15 minutes", "same-day").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('speed flags promised times', () => {
  test.each<Flag>([
    { text: 'Your order ships today.', line: 1, column: 1, endColumn: 23, actual: 'Your order ships today' },
    { text: "Bring your laptop in and we'll fix it today!", line: 1, column: 26, endColumn: 44, actual: "we'll fix it today" },
    { text: '30-Min Repairs', line: 1, column: 1, endColumn: 15, actual: '30-Min Repairs' },
    { text: 'We offer 1-hour screen replacements for iPhones.', line: 1, column: 10, endColumn: 36, actual: '1-hour screen replacements' },
    // "Commonly" describes the appliances; it hedges nothing.
    { text: 'We offer same-day repairs for commonly used appliances.', line: 1, column: 10, endColumn: 18, actual: 'same-day' },
    { text: 'Our goal is simple, we deliver same-day.', line: 1, column: 32, endColumn: 40, actual: 'same-day' },
    { text: 'We may offer discounts and we always deliver same-day.', line: 1, column: 46, endColumn: 54, actual: 'same-day' },
    { text: 'All set in minutes!', line: 1, column: 9, endColumn: 19, actual: 'in minutes' },
    { text: 'Get your site live, in minutes.', line: 1, column: 21, endColumn: 31, actual: 'in minutes' },
    // A purpose clause, then the business promising: "we" is there.
    { text: 'To ensure fast delivery, we ship within 24 hours.', line: 1, column: 34, endColumn: 49, actual: 'within 24 hours' },
    // A hedged subject hedges only its own clause, not a reason given after it.
    { text: 'Many customers choose us because we deliver within 24 hours.', line: 1, column: 45, endColumn: 60, actual: 'within 24 hours' },
    // The business is the one told to act, or acts after the customer calls.
    { text: "Call us and we'll be there within 30 minutes.", line: 1, column: 28, endColumn: 45, actual: 'within 30 minutes' },
    { text: 'Every ticket must be answered within 1 hour.', line: 1, column: 31, endColumn: 44, actual: 'within 1 hour' },
    { text: 'Leaks stop immediately with our sealant.', line: 1, column: 12, endColumn: 23, actual: 'immediately' },
    { text: 'Usually people wait weeks for a plumber - we arrive within 1 hour.', line: 1, column: 53, endColumn: 66, actual: 'within 1 hour' },
    { text: 'We must reply within 24 hours.', line: 1, column: 15, endColumn: 30, actual: 'within 24 hours' },
    { text: 'Keys cut while you wait.', line: 1, column: 10, endColumn: 24, actual: 'while you wait' },
    { text: 'We reply within 15 minutes.', line: 1, column: 10, endColumn: 27, actual: 'within 15 minutes' },
    { text: 'Instant setup.', line: 1, column: 1, endColumn: 8, actual: 'Instant' },
    { text: 'Your order is immediately processed.', line: 1, column: 15, endColumn: 26, actual: 'immediately' },
    { text: 'Immediately available.', line: 1, column: 1, endColumn: 12, actual: 'Immediately' },
    { text: 'Our agents answer emails the moment they arrive.', line: 1, column: 26, endColumn: 48, actual: 'the moment they arrive' },
    { text: 'Every call is answered on the first ring.', line: 1, column: 24, endColumn: 41, actual: 'on the first ring' },
    // A range, and a time stated with "takes", of a service.
    { text: 'We ship within 1-2 business days.', line: 1, column: 9, endColumn: 33, actual: 'within 1-2 business days' },
    { text: 'Expedited shipping takes 1-2 business days.', line: 1, column: 20, endColumn: 43, actual: 'takes 1-2 business days' },
    { text: 'Your site is live in 48 hours.', line: 1, column: 19, endColumn: 30, actual: 'in 48 hours' },
    // A time counted from the customer's step, when the business is the one acting.
    { text: 'We will confirm your appointment within 24 hours of booking.', line: 1, column: 34, endColumn: 49, actual: 'within 24 hours' },
    { text: 'Your order will be shipped within 1-3 business days after it is processed.', line: 1, column: 28, endColumn: 52, actual: 'within 1-3 business days' },
    { text: 'Same-day delivery on every order.', line: 1, column: 1, endColumn: 9, actual: 'Same-day' },
    { text: 'Orders ship overnight.', line: 1, column: 13, endColumn: 22, actual: 'overnight' },
    { text: 'Hello.\nOur support team replies within the hour.', line: 2, column: 26, endColumn: 41, actual: 'within the hour' },
    { text: 'Intro.\nTickets get a 2-hour response.', line: 2, column: 15, endColumn: 30, actual: '2-hour response' },
    { text: 'Deployed in seconds.', line: 1, column: 10, endColumn: 20, actual: 'in seconds' },
    { text: 'Start automating in minutes.', line: 1, column: 18, endColumn: 28, actual: 'in minutes' },
    { text: 'We resolve issues immediately.', line: 1, column: 19, endColumn: 30, actual: 'immediately' },
    // A bare duration is a promise when it times a service (here, delivery).
    { text: 'Delivered in 3 days.', line: 1, column: 11, endColumn: 20, actual: 'in 3 days' },
    { text: '## Delivery\n\n- Next-day shipping', path: 'x.md', line: 3, column: 3, endColumn: 11, actual: 'Next-day' },
    { text: '<h1>Help</h1>\n<p>Real-time support for every order.</p>', path: 'x.html', line: 2, column: 4, endColumn: 13, actual: 'Real-time' },
    // People serving in real time, or said of how the business serves.
    { text: 'Real-time answers from our experts.', line: 1, column: 1, endColumn: 10, actual: 'Real-time' },
    { text: 'We track your order in real time and call you when it ships.', line: 1, column: 24, endColumn: 33, actual: 'real time' },
    { text: "We'll be there in 30 minutes or less.", line: 1, column: 16, endColumn: 37, actual: 'in 30 minutes or less' },
    { text: "Hot pizza at your door in 30 minutes or it's free.", line: 1, column: 24, endColumn: 50, actual: "in 30 minutes or it's free" },
    { text: 'Pizza at your door in 30 minutes.', line: 1, column: 20, endColumn: 33, actual: 'in 30 minutes' },
    { text: 'We meet all your plumbing needs immediately.', line: 1, column: 33, endColumn: 44, actual: 'immediately' },
    { text: '24 hour revisions turnaround.', line: 1, column: 1, endColumn: 29, actual: '24 hour revisions turnaround' },
    { text: 'We were founded in 1998 and we ship same-day.', line: 1, column: 37, endColumn: 45, actual: 'same-day' },
    { text: 'Equipment is delivered within 48 working hours.', line: 1, column: 24, endColumn: 47, actual: 'within 48 working hours' },
    { text: "We'll get back to you within a few hours.", line: 1, column: 23, endColumn: 41, actual: 'within a few hours' },
    { text: 'Orders placed by 2pm ship the same business day.', line: 1, column: 22, endColumn: 48, actual: 'ship the same business day' },
    // After a span of time, "when" or "on" sets a condition and the promise stands; a hedge in a clause with its own subject is someone else's.
    { text: 'We answer within an hour when you call.', line: 1, column: 11, endColumn: 25, actual: 'within an hour' },
    { text: 'We ship same-day on orders placed before noon.', line: 1, column: 9, endColumn: 17, actual: 'same-day' },
    // "Immediately" with a service named, or opening a tagline; "instant" of a product on its own.
    { text: 'Orders ship immediately.', line: 1, column: 13, endColumn: 24, actual: 'immediately' },
    { text: 'Immediate response.', line: 1, column: 1, endColumn: 10, actual: 'Immediate' },
    { text: 'Instant hot-reloading when content changes.', line: 1, column: 1, endColumn: 8, actual: 'Instant' },
    // What is served named, with no business: still a promise.
    { text: 'Leaks fixed right away.', line: 1, column: 13, endColumn: 23, actual: 'right away' },
    { text: 'Funds available immediately.', line: 1, column: 17, endColumn: 28, actual: 'immediately' },
    { text: 'We answer within an hour when others normally take days.', line: 1, column: 11, endColumn: 25, actual: 'within an hour' },
    { text: 'We answer within an hour, while most agencies usually take days.', line: 1, column: 11, endColumn: 25, actual: 'within an hour' },
    // An aim ends where the business promises in its own clause, or at a guarantee.
    { text: 'With a mission to serve Denver since 1990, we reply within 1 hour.', line: 1, column: 53, endColumn: 66, actual: 'within 1 hour' },
    { text: 'We aim to please and guarantee a reply within 1 hour.', line: 1, column: 40, endColumn: 53, actual: 'within 1 hour' },
    { text: 'Our mission: to deliver within 24 hours, guaranteed.', line: 1, column: 25, endColumn: 40, actual: 'within 24 hours' },
    // The business calling the reader, not the reader told to call.
    { text: 'Our team will call you back immediately.', line: 1, column: 29, endColumn: 40, actual: 'immediately' },
  ])('$text', (flag) => expectOneFinding('speed', flag));

  test('a felt speed is puffery, reported as info', () => {
    expect(findings('speed', 'Even with 8000+ entries, the UI feels instant.')).toEqual([
      expect.objectContaining({ ruleId: 'speed', verdict: 'puffery', severity: 'info', line: 1, column: 33, endColumn: 46, actual: 'feels instant' }),
    ]);
  });

  test.each<Flag>([
    { text: "We'll get back to you quickly with instructions.", line: 1, column: 7, endColumn: 30, actual: 'get back to you quickly' },
    { text: 'Our locksmith will arrive promptly.', line: 1, column: 20, endColumn: 35, actual: 'arrive promptly' },
    { text: 'We inspect your car, diagnose the fault, and fix it promptly.', line: 1, column: 46, endColumn: 61, actual: 'fix it promptly' },
    { text: 'Rapid response restoration following gallery openings.', line: 1, column: 1, endColumn: 15, actual: 'Rapid response' },
    { text: 'Fast response.', line: 1, column: 1, endColumn: 14, actual: 'Fast response' },
    { text: 'Quick turnaround on every order.', line: 1, column: 1, endColumn: 17, actual: 'Quick turnaround' },
    { text: 'Fast Turnarounds', line: 1, column: 1, endColumn: 17, actual: 'Fast Turnarounds' },
    { text: 'Fast, friendly service.', line: 1, column: 1, endColumn: 23, actual: 'Fast, friendly service' },
    { text: 'Yes, we offer prompt emergency services to address any unexpected tree damage.', line: 1, column: 15, endColumn: 40, actual: 'prompt emergency services' },
    { text: 'Fast, friendly and reliable service.', line: 1, column: 1, endColumn: 36, actual: 'Fast, friendly and reliable service' },
    { text: 'Expanding abbreviations with lightning speed.', line: 1, column: 30, endColumn: 45, actual: 'lightning speed' },
    { text: 'Our team will clean them in no time.', line: 1, column: 26, endColumn: 36, actual: 'in no time' },
    // Speed as one of the service's virtues, or its manner.
    { text: 'At Sir Speedy, we make it fast and affordable to print.', line: 1, column: 27, endColumn: 46, actual: 'fast and affordable' },
    { text: 'With us, translation is simple, fast, and clear.', line: 1, column: 25, endColumn: 37, actual: 'simple, fast' },
    { text: 'We are adept in dealing with it at a fast pace.', line: 1, column: 33, endColumn: 47, actual: 'at a fast pace' },
    { text: 'We are quick to respond to all messages.', line: 1, column: 8, endColumn: 24, actual: 'quick to respond' },
    { text: 'Our team will get you up and running as soon as possible.', line: 1, column: 15, endColumn: 57, actual: 'get you up and running as soon as possible' },
    // Speed of anything the business offers, said of its own or heading a short line.
    { text: 'Fast VPN Speeds', line: 1, column: 1, endColumn: 16, actual: 'Fast VPN Speeds' },
    { text: 'We deploy high-end servers with high bandwidth links to ensure fast connection speeds for our users.', line: 1, column: 64, endColumn: 86, actual: 'fast connection speeds' },
    { text: 'Our mailing services are a faster and more economical way to distribute your information.', line: 1, column: 28, endColumn: 58, actual: 'faster and more economical way' },
    { text: 'We design a fast, SEO-ready website for your shop.', line: 1, column: 13, endColumn: 36, actual: 'fast, SEO-ready website' },
    // And as the manner of the business's work.
    { text: 'We work efficiently on every job.', line: 1, column: 4, endColumn: 20, actual: 'work efficiently' },
    { text: 'We will finish your kitchen quickly.', line: 1, column: 9, endColumn: 36, actual: 'finish your kitchen quickly' },
    { text: 'Our crew works fast on every job.', line: 1, column: 10, endColumn: 20, actual: 'works fast' },
    // Seen or served "as quickly as possible", by the business.
    { text: 'We prioritize emergency cases and will do everything we can to see you as quickly as possible.', line: 1, column: 64, endColumn: 94, actual: 'see you as quickly as possible' },
    { text: 'We will fix your car as quickly as possible.', line: 1, column: 9, endColumn: 44, actual: 'fix your car as quickly as possible' },
    { text: 'No long wait times.', line: 1, column: 1, endColumn: 19, actual: 'No long wait times' },
    // Of what a shop delivers, heading a line; and among the virtues of a short line with no verb.
    { text: 'Fast Pizza Delivery in Greenland, NH', line: 1, column: 1, endColumn: 20, actual: 'Fast Pizza Delivery' },
    { text: 'Quality work, quick turnarounds', line: 1, column: 15, endColumn: 32, actual: 'quick turnarounds' },
    { text: 'Honest prices, fast service, friendly staff.', line: 1, column: 16, endColumn: 28, actual: 'fast service' },
  ])('speed with no time, said of the business serving, is puffery: $text', (flag) => expectOneFinding('speed', flag, 'puffery', 'info'));

  test('the quantity is kept in minutes', () => {
    const [finding] = findings('speed', 'We reply within 15 minutes.');
    expect(finding.quantity).toEqual({ kind: 'duration', minutes: 15, text: 'within 15 minutes' });
  });
});

describe('speed leaves qualified wording, windows and code alone', () => {
  test.each<NearMiss>([
    { why: 'a line opening on an instruction, as API docs describe a method', text: 'Immediately close the session.' },
    { why: 'the adverb inside a passive of software', text: 'With these results, the new subtest is immediately marked as failed.' },
    { why: 'a unit, the quantity named further back', text: 'The duration of the benchmark in seconds, defaults to 10.' },
    { why: 'a unit after a comma, the quantity named', text: 'Elapsed real time used by the process, in seconds.' },
    // Found by a review of the rules from sets 41 and 42.
    { why: 'a feature list of software', text: 'Durable storage, fast delivery.' },
    { why: 'a feature list of software', text: 'Low latency, fast response.' },
    { why: "a CDN's packages, no shop's goods", text: 'Fast package delivery from our CDN mirrors.' },
    { why: "a broker's feature, no shop's goods", text: 'Fast message delivery, and retries.' },
    { why: 'a short line with a verb: a statement of software', text: 'Builds are quick, deploys too.' },
    { why: 'a release, not an order', text: 'The release ships today.' },
    { why: 'round the clock, not a time to finish', text: 'We offer 24-hour repairs for burst pipes.' },
    { why: 'an ordinal, not a unit of time', text: 'Register a second callback for errors.' },
    { why: 'a test of a length, not a repair timed', text: 'Run a 2-day install test on staging.' },
    { why: 'negated across an ellipsis, a pause inside the clause', text: "We can't promise… same-day delivery." },
    { why: 'hedged across an ellipsis', text: 'We usually... respond within 1 hour.' },
    { why: 'a video of a length, not a repair timed', text: 'Watch our 30-minute repair video first.' },
    { why: 'the reader fixes it', text: 'Update the driver and you can fix it today.' },
    { why: 'a sort order, not an order placed', text: 'Sort order ships today in v2.' },
    { why: 'effort, not a promise', text: 'We work hard to respond within 1 hour.' },
    { why: 'a series whose subject is the reader, told what to do', text: 'Every Monday, check our status page, restart any stuck workers, and respond promptly to alerts.' },
    { why: 'a series whose subject is the reader', text: 'This way, you open our dashboard, read the logs, and respond promptly.' },
    { why: 'what the reader looks for, not a promise', text: "So if you're looking for an immediate garage door repair service, please give us a call." },
    { why: 'no virtue between, a kind of delivery', text: 'Rapid, iterative delivery of features.' },
    { why: 'a service worker, part of a web page', text: 'Use a fast, lightweight service worker.' },
    { why: 'speed as a virtue of software, no business', text: 'A fast and simple parser for JSON.' },
    { why: 'a tagline of software opening on a virtue', text: 'Fast and simple JSON parser for Node.js.' },
    { why: 'a heading of docs', path: 'x.md', text: '## Quick installation' },
    { why: 'a heading of docs, setting up', path: 'x.md', text: '## Quick setup' },
    { why: 'speed the reader may buy', text: 'Please consider upgrading to a paid plan for faster speeds.' },
    { why: 'a faster way, of software, no business', text: 'A faster way to build websites.' },
    { why: 'speed the business needs', text: 'We need fast connection speeds for the demo.' },
    { why: 'speed the business\'s users want', text: 'Our users want a fast website.' },
    { why: 'what a program does for the reader', text: 'It helps you identify and resolve issues faster.' },
    { why: 'speed of software that runs', text: 'Our tests run fast.' },
    { why: 'speed of software, another subject in the business\'s sentence', text: 'We ran the benchmark and it runs fast.' },
    { why: 'another firm\'s work', text: 'We hired a firm and they work quickly.' },
    { why: 'effort', text: 'We work as quickly as we can.' },
    { why: 'speed as a virtue the business needs', text: 'We need a fast and reliable server.' },
    { why: 'the reader told to act soon', text: 'Please call us back as soon as possible.' },
    { why: 'a state asked about, not asserted', text: 'We show you how many calls are answered within an hour.' },
    { why: 'a hedge after the promise', text: 'If your order is placed by noon, same-day delivery is generally available.' },
    { why: 'a hedge of cases covers its clause', text: 'In the majority of situations we can deliver same-day.' },
    { why: 'an instruction before a command: the reader acts', text: '- Stop the service immediately:\n\n`brew services kill x`\n', path: 'x.md' },
    { why: 'the unit a value is given in', text: 'Unlock the wallet for a while (timeout in seconds).' },
    { why: 'the unit a value is given in', text: 'Time is measured in seconds.' },
    { why: 'a payment falls due: the customer pays, no one serves', text: 'The entire balance shall become due and payable immediately.' },
    { why: 'hedge: most', text: 'Most orders ship same-day.' },
    { why: 'hedge: usually', text: 'We usually reply within an hour.' },
    { why: 'hedge of cases, anywhere in the clause', text: 'Your technician brings the tools and in most cases the parts to repair it on the spot.' },
    { why: 'a time the customer acts in', text: 'Your claim must be made within 24 hours.' },
    { why: 'a time the customer acts in', text: 'Contact us within 48 hours to report damage.' },
    { why: 'when access ends, not how fast anyone serves', text: 'Close the session and access ends immediately.' },
    { why: 'a kind of thing', text: 'We live in a time of instant gratification.' },
    { why: 'a sentence that opens on a hedge', text: 'Usually, on the night of the wedding, I send sneak peeks straight away.' },
    { why: 'effort, not a boast of speed', text: 'We ship every order out just as quickly as we can.' },
    { why: 'a need, not a boast', text: 'We need to respond quickly to market changes.' },
    { why: 'no service done while the customer waits', text: 'Browse our magazines while you wait.' },
    { why: 'hedged inside the match', text: 'We try to respond promptly.' },
    { why: 'negated inside the match', text: "We don't always reply quickly." },
    { why: 'hedge: do our best', text: 'We will do our best to respond in a timely manner.' },
    { why: 'the reader is the one quick', text: 'Quickly find files by name.' },
    { why: 'the customer is asked to allow for it', text: 'Please allow a 30 minute delivery window.' },
    { why: 'negation after the subject', text: "Overnight shipping isn't on our menu right now." },
    { why: 'when a setting applies', text: 'Changes take effect immediately.' },
    { why: 'a time with no service in sight', text: 'The build takes 10 minutes.' },
    { why: 'a window for the customer to act in', text: 'Please notify us within 24 hours of delivery.' },
    { why: 'software timed, with no business or service named', text: 'The server sends a PING frame within 10 seconds of the connection opening.' },
    { why: '"from the moment" means "since"', text: 'From the moment you arrive, our team cares for you.' },
    { why: 'a feature of software', text: 'Transfers with real-time progress.' },
    { why: 'a feature of software', text: 'Real-time order updates.' },
    { why: 'a feature of software', text: 'Real-time order tracking.' },
    { why: 'a feature of software, whatever it is', text: 'Display dynamic real-time information about running processes.' },
    { why: 'a kind of software', text: 'A real-time media server and proxy.' },
    { why: 'software shows something in real time, no business or service named', text: 'Monitor I/O latency in real time.' },
    { why: 'a hedged subject, far back in the clause', text: 'Most orders are processed through our warehouse within 24 hours.' },
    { why: 'limited scope: only for some', text: 'Same-day care is for established patients only.' },
    { why: 'hedge after: in most areas', text: 'Same-day reservations are available in most areas.' },
    { why: 'hedge after: on most', text: 'Same-day screen repair on most phones.' },
    { why: 'a distance, not a service', text: 'We live in 5 minutes from the beach.' },
    { why: 'a hedge: as soon as possible', text: 'We reply as soon as possible.' },
    { why: 'hedge: up to', text: 'Delivery in up to 3 days.' },
    { why: 'hedge: aim to', text: 'We aim to reply within 24 hours.' },
    { why: 'hedge: average', text: 'Average response time under 15 minutes for critical issues.' },
    { why: 'negation', text: "Delivery isn't instant." },
    { why: 'negation', text: 'Our team replies quickly, though not always within the hour.' },
    { why: 'question', text: 'Can you ship same-day?' },
    { why: 'a window to act in, not a speed', text: 'Refunds within 30 days of purchase.' },
    { why: 'timing, not a promise', text: 'Swelling starts immediately after surgery.' },
    { why: 'timing of a moment, not a promise', text: 'The alarm sounds immediately when the door opens.' },
    { why: 'an aim: "our top priority is to"', text: 'Our top priority is to resolve your issue quickly.' },
    { why: 'software at once, no one serving', text: 'The promise will resolve immediately.' },
    { why: 'software at once, no one serving ("instantly" is an adverb of doing)', text: 'Data is instantly flushed to disk.' },
    { why: 'software at once, no one serving', text: 'Data written to the stream is immediately emitted to every pipe.' },
    { why: 'a hedged condition with no subject of its own', text: 'We reply within an hour when possible.' },
    { why: 'a hedged condition of the case', text: 'Same-day repairs where the parts are usually in stock.' },
    { why: 'a hedged condition of the promise itself, not of others', text: 'Same-day repairs when the parts are usually in stock.' },
    { why: 'self-service', text: 'You can start immediately.' },
    { why: 'URL', text: 'Order at https://example.com/same-day-delivery today.' },
    { why: 'inline code', path: 'x.md', text: 'Set `instant: true` to skip the queue.' },
    { why: 'fenced code', path: 'x.md', text: 'Example:\n\n```js\nship({ overnight: true, reply: "within 5 minutes" });\n```\n' },
    { why: 'script', path: 'x.html', text: "<script>notify('Orders ship same-day!');</script>\n<p>Order now.</p>" },
    { why: 'HTML comment', path: 'x.html', text: '<!-- promise instant replies here -->\n<p>Order now.</p>' },
    { why: 'product name inside a word', text: 'Try InstantPot recipes.' },
    { why: 'how long a setting lasts', text: 'The cache expires in 30 minutes or less.' },
    { why: 'how urgent a need is', text: 'Call us if your pet requires immediate medical attention.' },
    { why: 'an immediate risk is urgency, not speed', text: 'A plumbing emergency is any situation that poses an immediate risk of water damage.' },
    { why: 'a need, not a boast', text: 'We need a fast response from the server.' },
    { why: 'a kind of something else', text: 'Reconfigure channels only (fast repair flow).' },
    { why: 'a time with no service named', text: 'The test suite runs in 10 minutes or less.' },
    { why: 'a kind of code', text: 'Quick response codes are also called QR codes.' },
    { why: 'speed of a thing, with no business speaking', text: 'The fast response time of SSDs makes them popular.' },
    { why: 'the reader starts at once', text: 'Start your trial immediately without any payment information.' },
    { why: 'software shows it; the business does not speak', text: 'See orders flow in real-time from every channel.' },
    { why: "the customer's window to return", text: 'Easy returns within 7 days!' },
    { why: 'a button', text: 'Get Instant Access' },
    { why: 'a hedged subject, with a clock time (whose ":" is no clause break) before the promise', text: 'Most orders placed before 11:00 a.m. are shipped the same business day.' },
    { why: 'the Swift language', text: 'Swift Support' },
    { why: 'a prompt, the noun', text: 'We added prompt support to the init command.' },
    { why: 'a technical heading', text: 'Fast Connection Pooling' },
    { why: 'a changelog\'s addition', text: 'We added a faster way to iterate over rows.' },
    { why: 'a program\'s authors describing it', text: 'We work efficiently with large arrays by using views.' },
    { why: 'a protocol step', text: 'We complete the handshake quickly.' },
    { why: '"since" as "from that time on": the negation holds', text: "We haven't had a crash since we released 2.0 with instant reload." },
    { why: 'the reader told to call the office at once', text: 'If you are experiencing a dental emergency, please call our office immediately.' },
    { why: 'the reader told to seek care at once', text: 'Seek medical attention immediately if swelling spreads.' },
    { why: 'a maintainer\'s fix, not the reader served', text: 'We will fix the bug as soon as possible.' },
    { why: 'the reader told to fix it', text: 'Please fix your config as soon as possible.' },
    { why: 'a program\'s watch mode', text: 'There is no waiting for the build to finish in watch mode.' },
    { why: 'a changelog (review)', text: 'We removed the lock, so there are no more wait times between requests.' },
    { why: 'a scheduler (review)', text: 'Our scheduler has no long wait times because jobs are preempted.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('speed', text, { path })).toEqual([]);
  });
});

describe('speed against capabilities', () => {
  const shop = capabilities(`business: Harbour Goods
support:
  first_response: 4h
delivery:
  fastest: 2d
setup: 30m
`);

  test('a reply time faster than first_response is contradicted', () => {
    expect(findings('speed', 'We reply within 15 minutes.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 10,
        message: '"within 15 minutes" is contradicted: support.first_response is 4h (capabilities.yml:3); say "within 4 hours" instead',
        expected: ['within 4 hours'],
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });

  test('same-day delivery is judged against delivery.fastest', () => {
    expect(findings('speed', 'Our shop.\nSame-day delivery on every order.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 1,
        message: '"Same-day" is contradicted: delivery.fastest is 2d (capabilities.yml:5); say "within 2 days" instead',
        expected: ['within 2 days'],
        declaredAt: 'capabilities.yml:5',
      }),
    ]);
  });

  test('instant setup is judged against setup', () => {
    expect(findings('speed', 'Setup is instant.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        column: 10,
        message: '"instant" is contradicted: setup is 30m (capabilities.yml:6); say "within 30 minutes" instead',
        expected: ['within 30 minutes'],
        declaredAt: 'capabilities.yml:6',
      }),
    ]);
  });

  test('a range promises its upper end', () => {
    // Delivery within 1-2 days is faster than the fastest declared (2d) only at its lower end: judged by the upper, it is kept.
    expect(findings('speed', 'We ship within 1-2 days.', { capabilities: shop })).toEqual([]);
    expect(findings('speed', 'We ship within 1-1.5 days.', { capabilities: shop })).toEqual([
      expect.objectContaining({ verdict: 'contradicted', column: 9, endColumn: 26, expected: ['within 2 days'], declaredAt: 'capabilities.yml:5' }),
    ]);
  });

  test('a time the business meets is not reported, and is info with verbose', () => {
    const text = 'We reply within 24 hours.';
    expect(findings('speed', text, { capabilities: shop })).toEqual([]);
    expect(findings('speed', text, { capabilities: shop, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 10,
        endColumn: 25,
        message: '"within 24 hours" is backed: support.first_response is 4h (capabilities.yml:3)',
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });
});
