// perfection: never fails, no errors ("100% uptime", "zero downtime",
// "flawless", "never lets you down").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('perfection flags promises that nothing ever goes wrong', () => {
  test.each<Flag>([
    { text: "We keep you updated so you always know exactly what's going on.", line: 1, column: 21, endColumn: 63, actual: "so you always know exactly what's going on" },
    { text: 'Our crew will get your project completed the right way.', line: 1, column: 32, endColumn: 55, actual: 'completed the right way' },
    { text: 'We never make mistakes.', line: 1, column: 4, endColumn: 23, actual: 'never make mistakes' },
    // Kept informed, of the service's progress or price.
    { text: "You'll know exactly what's happening, why we're doing it, and where things are headed.", line: 1, column: 1, endColumn: 37, actual: "You'll know exactly what's happening" },
    { text: "Our prices are fixed so you know exactly what you're paying.", line: 1, column: 22, endColumn: 60, actual: "so you know exactly what you're paying" },
    // No one but the reader sees their things.
    { text: 'Nobody can access your data but you.', line: 1, column: 1, endColumn: 18, actual: 'Nobody can access' },
    { text: 'No one else can read your messages.', line: 1, column: 1, endColumn: 21, actual: 'No one else can read' },
    // Whatever the reader will meet, without exception.
    { text: "You'll always know exactly where you stand.", line: 1, column: 1, endColumn: 33, actual: "You'll always know exactly where" },
    { text: "You'll never be left guessing what to do.", line: 1, column: 1, endColumn: 21, actual: "You'll never be left" },
    { text: 'You will always meet the owner before the service starts.', line: 1, column: 1, endColumn: 21, actual: 'You will always meet' },
    { text: 'HotBot VPN has a zero log promise.', line: 1, column: 18, endColumn: 34, actual: 'zero log promise' },
    { text: 'We provide a faultless experience.', line: 1, column: 14, endColumn: 23, actual: 'faultless' },
    { text: 'Fresh every time you order.', line: 1, column: 7, endColumn: 17, actual: 'every time' },
    { text: 'A fair price for work done right the first time.', line: 1, column: 23, endColumn: 48, actual: 'done right the first time' },
    { text: 'We Show Up When We Say', line: 1, column: 4, endColumn: 23, actual: 'Show Up When We Say' },
    { text: "When we say we'll be there, we're there.", line: 1, column: 1, endColumn: 27, actual: "When we say we'll be there" },
    { text: 'Impeccable service at every appointment.', line: 1, column: 1, endColumn: 11, actual: 'Impeccable' },
    { text: '100% uptime for every team.', line: 1, column: 1, endColumn: 12, actual: '100% uptime' },
    { text: 'Zero downtime.', line: 1, column: 1, endColumn: 14, actual: 'Zero downtime' },
    // Downtime as the last of a pair ruled out.
    { text: 'No Internet lag or downtime.', line: 1, column: 1, endColumn: 28, actual: 'No Internet lag or downtime' },
    { text: 'A server that never fails.', line: 1, column: 15, endColumn: 26, actual: 'never fails' },
    { text: 'Flawless execution for your special day.', line: 1, column: 1, endColumn: 9, actual: 'Flawless' },
    { text: 'Error-free invoices.', line: 1, column: 1, endColumn: 11, actual: 'Error-free' },
    { text: 'Fast couriers.\nWe deliver on time, every time.', line: 2, column: 12, endColumn: 31, actual: 'on time, every time' },
    { text: 'It always works.', line: 1, column: 4, endColumn: 16, actual: 'always works' },
    { text: '100% secure checkout.', line: 1, column: 1, endColumn: 12, actual: '100% secure' },
    { text: 'It never lets you down.', line: 1, column: 4, endColumn: 23, actual: 'never lets you down' },
    { text: 'Perfect results.', line: 1, column: 1, endColumn: 8, actual: 'Perfect' },
    // The business answers for an outcome, without a trigger word for it.
    { text: 'Our logistics network ensures your orders arrive when you need them.', line: 1, column: 23, endColumn: 30, actual: 'ensures' },
    { text: 'From troubleshooting to repairs, we ensure your issue is fully resolved.', line: 1, column: 34, endColumn: 43, actual: 'we ensure' },
    { text: 'We make sure that your books are accurate.', line: 1, column: 1, endColumn: 13, actual: 'We make sure' },
    { text: 'We can ensure that your books are accurate.', line: 1, column: 1, endColumn: 14, actual: 'We can ensure' },
    { text: 'Our crew will make sure your furniture arrives undamaged.', line: 1, column: 10, endColumn: 24, actual: 'will make sure' },
    { text: 'Our technicians make sure your system runs all year.', line: 1, column: 1, endColumn: 26, actual: 'Our technicians make sure' },
    { text: 'Delays can happen, and we will always communicate with you in advance.', line: 1, column: 24, endColumn: 50, actual: 'we will always communicate' },
    { text: 'We never log or track your network data.', line: 1, column: 1, endColumn: 13, actual: 'We never log' },
    { text: "We won't log your traffic under any condition.", line: 1, column: 1, endColumn: 13, actual: "We won't log" },
    { text: "We won't ever log your traffic.", line: 1, column: 1, endColumn: 18, actual: "We won't ever log" },
    { text: "Your data won't be shared with third parties.", line: 1, column: 11, endColumn: 45, actual: "won't be shared with third parties" },
    { text: 'No personal data is being collected and analyzed either.', line: 1, column: 1, endColumn: 36, actual: 'No personal data is being collected' },
    { text: "We don't track or log anything when you connect.", line: 1, column: 1, endColumn: 15, actual: "We don't track" },
    { text: 'No data collection', line: 1, column: 1, endColumn: 19, actual: 'No data collection' },
    { text: "We don't sell your personal data.", line: 1, column: 1, endColumn: 14, actual: "We don't sell" },
    { text: 'And your roof is as good as new!', line: 1, column: 18, endColumn: 32, actual: 'as good as new' },
    { text: 'Streak-Free Results', line: 1, column: 1, endColumn: 12, actual: 'Streak-Free' },
    // Put back as it first was: a state anyone can inspect.
    { text: 'All gutters washed clear of dust and left as clean as the day they were installed.', line: 1, column: 43, endColumn: 82, actual: 'as clean as the day they were installed' },
    // Harm ruled out for the reader's things, by the business.
    { text: 'Your garments will not be damaged during any stage of our process.', line: 1, column: 15, endColumn: 34, actual: 'will not be damaged' },
    // The reader as the subject of the clause that promises, after one about the work.
    { text: "Once we've cleared your drain, you won't have to worry about another clog.", line: 1, column: 36, endColumn: 69, actual: "won't have to worry about another" },
    { text: 'Once the jetter has cleared your drain, you will not have to worry about another clog.', line: 1, column: 45, endColumn: 81, actual: 'will not have to worry about another' },
    { text: 'Every translation is accurate without exception.', line: 1, column: 31, endColumn: 48, actual: 'without exception' },
    // An outcome the reader is told they will always have.
    { text: "You'll always be assisted by a dedicated team member.", line: 1, column: 1, endColumn: 26, actual: "You'll always be assisted" },
    { text: 'Your data is always backed up.', line: 1, column: 14, endColumn: 30, actual: 'always backed up' },
    { text: '# Hosting\n\n*Zero downtime* for your shop.', path: 'x.md', line: 3, column: 2, endColumn: 15, actual: 'Zero downtime' },
    { text: '<p>Backups</p>\n<p>Our backups are <em>error-free</em>.</p>', path: 'x.html', line: 2, column: 24, endColumn: 34, actual: 'error-free' },
    { text: 'We get it right first time.', line: 1, column: 4, endColumn: 27, actual: 'get it right first time' },
    { text: 'We make dishes to your exact specifications.', line: 1, column: 16, endColumn: 44, actual: 'to your exact specifications' },
    { text: 'Your data is always safe with us.', line: 1, column: 14, endColumn: 25, actual: 'always safe' },
    { text: 'Never worry about leaks again.', line: 1, column: 1, endColumn: 30, actual: 'Never worry about leaks again' },
    { text: 'We always pick up the phone.', line: 1, column: 1, endColumn: 18, actual: 'We always pick up' },
    { text: '100% organic ingredients.', line: 1, column: 1, endColumn: 13, actual: '100% organic' },
    { text: 'Every roof system, done right.', line: 1, column: 20, endColumn: 30, actual: 'done right' },
    { text: "Your yard will get done right or you don't pay us.", line: 1, column: 16, endColumn: 30, actual: 'get done right' },
    { text: 'We leave your property the way we found it.', line: 1, column: 1, endColumn: 43, actual: 'We leave your property the way we found it' },
    { text: 'Our software always works with any printer.', line: 1, column: 14, endColumn: 26, actual: 'always works' },
    { text: 'Projects completed on schedule.', line: 1, column: 10, endColumn: 31, actual: 'completed on schedule' },
    { text: 'Nothing gets damaged along the way.', line: 1, column: 1, endColumn: 21, actual: 'Nothing gets damaged' },
    { text: 'Survive multiple failures without outages.', line: 1, column: 27, endColumn: 42, actual: 'without outages' },
    { text: 'Zero dropped balls.', line: 1, column: 1, endColumn: 19, actual: 'Zero dropped balls' },
    { text: 'Never get stuck again!', line: 1, column: 1, endColumn: 22, actual: 'Never get stuck again' },
    { text: 'Correct the first time, everytime.', line: 1, column: 1, endColumn: 34, actual: 'Correct the first time, everytime' },
    { text: 'We replicate all data live, so no data will be lost.', line: 1, column: 32, endColumn: 52, actual: 'no data will be lost' },
    { text: 'Unbreakable security for your passwords.', line: 1, column: 1, endColumn: 12, actual: 'Unbreakable' },
    { text: 'Now you never have to risk losing data again.', line: 1, column: 9, endColumn: 39, actual: 'never have to risk losing data' },
    // The business's work done to perfection.
    { text: 'Our expert team will gladly prune and trim your trees and hedges to perfection.', line: 1, column: 66, endColumn: 79, actual: 'to perfection' },
    // A privacy promise in the passive, of the reader's things (the parenthesis does not hide "your").
    { text: 'Your data (feeds) is kept confidential and is not shared or sold to third parties.', line: 1, column: 44, endColumn: 82, actual: 'is not shared or sold to third parties' },
    { text: 'Your personal details will never be disclosed to any third party.', line: 1, column: 23, endColumn: 65, actual: 'will never be disclosed to any third party' },
    { text: 'This data is not being shared with or sold to any third-parties.', line: 1, column: 11, endColumn: 64, actual: 'is not being shared with or sold to any third-parties' },
    { text: 'Always Up to Date', line: 1, column: 1, endColumn: 18, actual: 'Always Up to Date' },
    { text: 'Privacy-aware; doesn’t track users with unique identifiers.', line: 1, column: 16, endColumn: 35, actual: 'doesn’t track users' },
    // On time, as a fact of every visit.
    { text: 'Our technicians show up on time and ready to work.', line: 1, column: 17, endColumn: 32, actual: 'show up on time' },
    { text: 'We will be on time.', line: 1, column: 1, endColumn: 19, actual: 'We will be on time' },
    // Privacy: a heading, another verb first, bare traffic.
    { text: 'Private & No Logs', line: 1, column: 11, endColumn: 18, actual: 'No Logs' },
    { text: 'Strictly NO logs', line: 1, column: 10, endColumn: 17, actual: 'NO logs' },
    { text: 'We do not log traffic that follows our Terms of Service.', line: 1, column: 1, endColumn: 14, actual: 'We do not log' },
    { text: "We don't serve ads or secretly sell your browsing history.", line: 1, column: 1, endColumn: 36, actual: "We don't serve ads or secretly sell" },
    { text: "It runs quietly in the background and doesn't slow you down.", line: 1, column: 39, endColumn: 60, actual: "doesn't slow you down" },
    // What is assured comes after "no matter what …".
    { text: 'Our Backup service makes sure that no matter what happens to the machine, your memories and hard work are safe.', line: 1, column: 20, endColumn: 30, actual: 'makes sure' },
    // Privacy kept, in other words.
    { text: 'In fact, we do not keep sensitive data about you.', line: 1, column: 10, endColumn: 24, actual: 'we do not keep' },
    { text: "We even don't have access to your financial data.", line: 1, column: 1, endColumn: 29, actual: "We even don't have access to" },
    { text: 'We do not collect your data.', line: 1, column: 1, endColumn: 18, actual: 'We do not collect' },
    { text: 'We do not store any credit card information and all payments are handled through Stripe.', line: 1, column: 1, endColumn: 16, actual: 'We do not store' },
    { text: 'We use a zero-knowledge design, which means no one can see the data you saved.', line: 1, column: 45, endColumn: 59, actual: 'no one can see' },
  ])('$text', (flag) => expectOneFinding('perfection', flag));

  test('the percentage is kept', () => {
    const [finding] = findings('perfection', '100% uptime for every team.');
    expect(finding.quantity).toEqual({ kind: 'percent', value: 100, text: '100% uptime' });
  });

  test('"the perfect balance" praises: puffery, reported as info', () => {
    expectOneFinding('perfection', { text: 'The perfect balance of comfort and style.', line: 1, column: 5, endColumn: 20, actual: 'perfect balance' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'Let our team design the perfect solution for you.', line: 1, column: 25, endColumn: 41, actual: 'perfect solution' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'The Perfect Path to becoming a developer', line: 1, column: 5, endColumn: 17, actual: 'Perfect Path' }, 'puffery', 'info');
    // A place or a plan praised as the right fit.
    expectOneFinding('perfection', { text: 'Castle Farm is the perfect setting for your wedding.', line: 1, column: 20, endColumn: 35, actual: 'perfect setting' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'This is the perfect barn wedding venue in Minnesota.', line: 1, column: 13, endColumn: 39, actual: 'perfect barn wedding venue' }, 'puffery', 'info');
    // And a boast of standards: its "never" is its own.
    expectOneFinding('perfection', { text: 'We never compromise on quality.', line: 1, column: 4, endColumn: 31, actual: 'never compromise on quality' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'We never cut corners.', line: 1, column: 4, endColumn: 21, actual: 'never cut corners' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'We are uncompromising about quality.', line: 1, column: 8, endColumn: 36, actual: 'uncompromising about quality' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'Quality: We never compromise on the quality of our work.', line: 1, column: 13, endColumn: 44, actual: 'never compromise on the quality' }, 'puffery', 'info');
    expect(findings('perfection', 'Never cut corners when validating input.')).toEqual([]);
    expectOneFinding('perfection', { text: 'Built to last.', line: 1, column: 1, endColumn: 14, actual: 'Built to last' }, 'puffery', 'info');
    expect(findings('perfection', 'The cache is built to last for the lifetime of the process.')).toEqual([]);
    expect(findings('perfection', 'The app stays in tip-top shape thanks to Dependabot.')).toEqual([]);
    expect(findings('perfection', 'It is rock solid performance-wise.')).toEqual([]);
    expectOneFinding('perfection', { text: 'Bulletproof security.', line: 1, column: 1, endColumn: 21, actual: 'Bulletproof security' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'Rock-solid reliability.', line: 1, column: 1, endColumn: 23, actual: 'Rock-solid reliability' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: "We'll keep your car running in tip top shape!", line: 1, column: 32, endColumn: 45, actual: 'tip top shape' }, 'puffery', 'info');
    // And a look like new, which no one could hold to a standard.
    expectOneFinding('perfection', { text: 'Our detailing restores your vehicle to showroom condition.', line: 1, column: 40, endColumn: 58, actual: 'showroom condition' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: "We'll make your car look brand new.", line: 1, column: 21, endColumn: 35, actual: 'look brand new' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'We clean and dress the wheels of your vehicle to give them a like-new appearance.', line: 1, column: 62, endColumn: 81, actual: 'like-new appearance' }, 'puffery', 'info');
    expect(findings('perfection', 'The bike is in like-new condition.')).toEqual([]);
    expect(findings('perfection', 'After a restart the laptop runs like new.')).toEqual([]);
    // A finish no one could measure, and mastery or peak form of the business's work.
    expectOneFinding('perfection', { text: 'Professional techniques for crystal clear windows', line: 1, column: 29, endColumn: 42, actual: 'crystal clear' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'Optional debris haul-away for a pristine property', line: 1, column: 33, endColumn: 41, actual: 'pristine' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: "At our car wash we've perfected the art of clean!", line: 1, column: 23, endColumn: 40, actual: 'perfected the art' }, 'puffery', 'info');
    expectOneFinding('perfection', { text: 'Our technicians keep your systems running at peak performance.', line: 1, column: 35, endColumn: 62, actual: 'running at peak performance' }, 'puffery', 'info');
    // Peak form no business claims: software documented.
    expect(findings('perfection', 'The CPU runs at peak performance under load.')).toEqual([]);
  });
});

describe('perfection leaves qualified wording, measurements and code alone', () => {
  test.each<NearMiss>([
    // Found by a review of the rules from sets 41 and 42.
    { why: "a tool's output", text: "With --verbose we print each step so you know exactly what's happening." },
    { why: "a project's pinned dependencies", text: "We pin every dependency so you know exactly what you're getting." },
    { why: 'the reader told to find out', text: 'Before we start, make sure you know exactly what to expect.' },
    { why: 'an aim of the business covers its whole clause', text: 'We endeavour to provide the best quality products every single time you order with us.' },
    { why: "a tool's output, no business in the sentence", text: "Run it with --verbose so you know exactly what's happening." },
    { why: 'a duty, not the business doing it', text: 'This must be completed the right way.' },
    { why: 'a size that fits, not a standard', text: 'We bring the perfect-sized equipment to remove a house full of junk.' },
    { why: 'a size that fits, two words', text: 'Each box is perfectly sized for a laptop.' },
    { why: "the reader's mistakes, not the business's", text: 'You never make mistakes with our checker.' },
    { why: 'a wish, not a standard', text: "Once you stay with us, you'll never want to leave." },
    { why: 'an idiom of feeling', text: "You'll never look back." },
    { why: 'negation', text: 'Public Wi-Fi is not always reliable.' },
    { why: 'a fact of a program, not a promise', text: 'Timers are always reliable in Node.' },
    { why: 'warmth, not a standard', text: "You'll always be welcome here." },
    { why: 'software documented', text: 'You will never see this warning on Linux.' },
    { why: 'software documented, "always"', text: "You'll always need to run migrations after upgrading." },
    { why: 'a finish of software', text: 'Start from a pristine checkout.' },
    { why: 'clear as in plain', text: 'Make it crystal clear which version you use.' },
    { why: 'a worry ended, weighed by its own trigger', text: "You'll never have to worry about the details." },
    { why: '"every time" as "whenever"', text: 'Compile a project and re-compile every time a file changes.' },
    { why: '"every time" as "whenever", before code', text: 'It runs every time `git commit` is run.', path: 'x.md' },
    { why: 'code documented, not the reader\'s data', text: "We don't store state between requests." },
    { why: 'a flag of software, the reader not the subject of their own clause', text: "With this flag you won't have to worry about another rebuild." },
    { why: 'nothing of the reader\'s, after a clause', text: "Once the hook is installed, you won't have to worry about another formatting diff." },
    { why: 'nothing of the reader\'s, though "we" speak', text: 'The original file will not be damaged if we abort the copy.' },
    { why: 'a level of logging, not anything while the reader connects', text: "We don't log anything below the WARN level by default." },
    { why: 'tutorial voice', text: "In this example we don't store anything in the cache." },
    { why: 'the reader\'s work, not their data', text: "We don't track your changes in git." },
    { why: 'a program put right, nothing of the reader\'s', text: 'After fsck the filesystem is as good as new.' },
    { why: 'software documented, no business to answer for it', text: 'The file will not be damaged if the copy fails.' },
    { why: 'hedge', text: 'Nearly 100% uptime.' },
    { why: 'hedge: aim for', text: 'We aim for zero downtime.' },
    { why: 'hedge: goal', text: 'Our goal is zero downtime.' },
    { why: 'negated subject', text: 'No method of transmission is 100% secure.' },
    { why: 'negation', text: "It's not flawless, but it's close." },
    { why: 'a report of the past', text: 'Zero downtime was maintained by phasing the migration.' },
    { why: 'question', text: 'Is it 100% secure?' },
    { why: 'recommendation', text: 'Perfect for small teams.' },
    { why: 'effort: do our utmost', text: 'We always do our utmost to deliver on the holiday.' },
    { why: 'advice, not a habit promised', text: 'We always recommend a backup first.' },
    { why: 'an aim: want it to be', text: 'We want your images to be perfect.' },
    { why: 'the verb: what the business worked at', text: 'The chef worked tirelessly to perfect the menu.' },
    { why: 'an instruction to the reader', text: 'Make sure your password is long.' },
    { why: 'a purpose, not an outcome answered for', text: 'Every draft is proofread to ensure quality.' },
    { why: 'a hope: helps', text: 'Our checklist helps ensure your move goes smoothly.' },
    { why: 'a task the business will do, not an outcome', text: 'We will make sure to document the better solution here.' },
    { why: 'technical prose without the business or the reader', text: 'This ensures the lock is released.' },
    { why: "software documented, not an outcome of the reader's", text: 'We ensure that the config is loaded before the server starts.' },
    { why: "software documented, not an outcome of the reader's", text: 'Our build script ensures the output directory exists.' },
    { why: 'code documented, not a habit of service', text: 'We always use parentheses in macros.' },
    { why: 'no one answers for it', text: 'Ensure the version number is always current.' },
    { why: 'a welcome, not an outcome', text: 'Your input is always welcome.' },
    { why: 'documentation, not a service', text: "You'll always find the latest version on our releases page." },
    { why: 'code documented, not the reader\'s data', text: 'We never read from the cache when the flag is set.' },
    { why: 'a rule the customer keeps', text: 'Payments are due on the 1st of each month without exception.' },
    { why: 'an assured boast is the superlative, reported on its own', text: 'We make sure you receive the finest care.' },
    { why: 'permission, not a promise', text: 'You can always book a drop-in class.' },
    { why: 'effort, not outcome', text: "We'll always do our best to fit you in." },
    { why: 'recommendation', text: 'The perfect gift for divers.' },
    { why: 'what a search ends with: the one that suits you', text: 'Find the perfect vehicle for your trip.' },
    { why: 'what a search ends with: the one that suits you', text: 'Choose your perfect plan.' },
    { why: 'a measurement, not a quality', text: 'Animation goes from 0 to 100%.' },
    { why: 'material, not a quality', text: '100% teak feet.' },
    { why: 'URL', text: 'Read https://example.com/flawless-checkout first.' },
    { why: 'inline code', path: 'x.md', text: 'The `flawless` flag is experimental.' },
    { why: 'fenced code', path: 'x.md', text: 'Config:\n\n```yaml\nuptime: 100% uptime\n```\n' },
    { why: 'script', path: 'x.html', text: "<script>log('zero downtime, error-free');</script>\n<p>Status.</p>" },
    { why: 'HTML comment', path: 'x.html', text: '<!-- never fails -->\n<p>Status.</p>' },
    { why: 'a duty, not a promise', text: 'This must be done right.' },
    { why: 'a tagline of a design, with no one serving', text: 'Terminal string styling done right.' },
    { why: 'working with the reader, not the service working', text: 'We will always work with you to plan the audit.' },
    { why: "the guest's duty", text: 'Please leave the room as clean as you found it.' },
    { why: 'advice, with no business speaking', text: 'Getting the schema right first time is hard.' },
    { why: 'a how-to', text: 'In this post we show how to get database migrations done right.' },
    { why: 'a state asked about, not asserted', text: 'Track which tasks are completed on time.' },
    { why: 'a state asked about, not asserted', text: 'Check whether your orders are delivered on time.' },
    { why: 'a setting, with no business speaking', text: 'With this flag you never have to worry about stale caches again.' },
    { why: "a sign-up form's standard reassurance", text: 'You will always have the option to unsubscribe, and we will never spam you.' },
    { why: 'software tuned by its authors', text: 'The library was tuned to perfection.' },
    { why: 'sharing with third parties, no promise', text: 'Logs are shared with third parties for analysis.' },
    { why: 'a level of a program\'s log, not the reader\'s data', text: "We won't log anything below the WARN level." },
    { why: 'no data of people, a cache', text: 'No data is stored in the cache.' },
    { why: 'a session, not logging', text: "We won't log you in automatically after a password reset." },
    { why: 'what a program leaves out until a condition', text: "We won't store any cookies until you accept." },
    { why: 'what a program leaves out under a setting', text: 'We will not record any output when --quiet is set.' },
    { why: 'a default, which a setting changes', text: 'No personal data is logged by this middleware by default.' },
    { why: 'third-party code, not parties', text: 'This data is not shared with any third-party modules.' },
    { why: 'a term of cryptography', text: 'Perfect forward secrecy - encrypted traffic cannot be captured and decrypted later.' },
    { why: 'a term of computing', text: 'Use a perfect hash for the keyword table.' },
    { why: 'no reader\'s things named', text: 'Data is not shared with third parties.' },
    { why: 'a branch described in a sentence', text: 'Always up to date with main, this branch holds the docs.' },
    { why: 'a session, not the reader\'s data', text: 'The service never logs you out.' },
    { why: 'what version control tracks', text: "Git doesn't track empty directories." },
    { why: 'software on time', text: 'The packets arrive on time.' },
    { why: 'software of the authors on time', text: 'Our builds finish on time.' },
    { why: 'no logs, a state found', text: 'No logs found for this job.' },
    { why: 'what a program logs, in the authors\' words', text: "We don't log traffic to the health endpoint." },
    { why: 'a program\'s outcome after "no matter what"', text: 'Our script makes sure that no matter what happens, the lock is released.' },
    { why: 'an exception the policy keeps', text: 'Personal data is not shared with third parties unless required by law.' },
    { why: 'users as a program\'s records', text: 'Git does not track users, only authors and committers.' },
    { why: 'where a library keeps state', text: 'Redux does not store your data on a server.' },
    { why: 'a program\'s behaviour, not privacy', text: "We don't keep your files in sync automatically; run sync." },
    { why: 'what a flag allows, in a tutorial (review)', text: 'With this flag we can ensure that your tests run in isolation.' },
    { why: 'advice, no business (review)', text: 'Clearing the cache makes your browser feel like new.' },
    { why: 'an example app (review)', text: "We don't collect personal data in this example app." },
    { why: 'a language\'s design (review)', text: 'Rust is uncompromising on safety.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('perfection', text, { path })).toEqual([]);
  });
});

describe('perfection against capabilities', () => {
  const cloud = capabilities(`business: CloudNest
uptime: 99.9%
`);

  test('100% uptime is contradicted by the declared uptime', () => {
    expect(findings('perfection', '100% uptime for every team.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 1,
        message: '"100% uptime" is contradicted: uptime is 99.9% (capabilities.yml:2); say "99.9% uptime" instead',
        expected: ['99.9% uptime'],
        declaredAt: 'capabilities.yml:2',
      }),
    ]);
  });

  test('zero downtime on line 2 is contradicted too', () => {
    expect(findings('perfection', 'Fast and safe.\nYour site, with zero downtime.', { capabilities: cloud })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 17,
        endColumn: 30,
        message: '"zero downtime" is contradicted: uptime is 99.9% (capabilities.yml:2); say "99.9% uptime" instead',
        expected: ['99.9% uptime'],
        declaredAt: 'capabilities.yml:2',
      }),
    ]);
  });

  test('uptime does not speak to "flawless": it stays unsubstantiated', () => {
    expect(findings('perfection', 'Flawless checkout.', { capabilities: cloud })).toEqual([expect.objectContaining({ verdict: 'unsubstantiated', actual: 'Flawless' })]);
  });

  test('a declared 100% uptime backs it: not reported, info with verbose', () => {
    const perfect = capabilities('uptime: 100%\n');
    expect(findings('perfection', 'Zero downtime.', { capabilities: perfect })).toEqual([]);
    expect(findings('perfection', 'Zero downtime.', { capabilities: perfect, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        message: '"Zero downtime" is backed: uptime is 100% (capabilities.yml:1)',
        declaredAt: 'capabilities.yml:1',
      }),
    ]);
  });
});
