// completeness: a complete range is promised ("everything", "whatever you
// need", "every kind", "all your needs", "full range").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('completeness flags promises of a complete range', () => {
  test.each<Flag>([
    // Any trouble at all, taken on by the business.
    { text: 'YES! We Can Fix Any Garage Issue!', line: 1, column: 13, endColumn: 33, actual: 'Fix Any Garage Issue' },
    { text: 'Our technicians are equipped to handle any auto body problems your vehicle may have.', line: 1, column: 33, endColumn: 62, actual: 'handle any auto body problems' },
    { text: 'Our support team will assist with any questions.', line: 1, column: 23, endColumn: 48, actual: 'assist with any questions' },
    { text: 'We handle every element of your event.', line: 1, column: 11, endColumn: 27, actual: 'every element of' },
    // The business as the agent of a passive, after the hit.
    { text: 'Every element of your trip is meticulously planned by us.', line: 1, column: 1, endColumn: 17, actual: 'Every element of' },
    // A range of troubles the business takes on.
    { text: 'We fix all sorts of problems with your plumbing.', line: 1, column: 8, endColumn: 20, actual: 'all sorts of' },
    { text: 'No matter the issue, all sorts of problems fixed fast.', line: 1, column: 22, endColumn: 34, actual: 'all sorts of' },
    { text: 'We carry anything globally.', line: 1, column: 1, endColumn: 18, actual: 'We carry anything' },
    { text: 'We stock a full line of HVAC equipment.', line: 1, column: 12, endColumn: 21, actual: 'full line' },
    // Offered, with no business named.
    { text: 'Your membership includes everything you need to keep fit.', line: 1, column: 26, endColumn: 36, actual: 'everything' },
    { text: 'Repairs for any type of roof.', line: 1, column: 13, endColumn: 21, actual: 'any type' },
    { text: 'One call takes care of everything.', line: 1, column: 24, endColumn: 34, actual: 'everything' },
    { text: 'Everything a small team needs.', line: 1, column: 1, endColumn: 11, actual: 'Everything' },
    { text: 'Any kind of event can be catered.', line: 1, column: 1, endColumn: 9, actual: 'Any kind' },
    { text: 'We carry the complete line.', line: 1, column: 14, endColumn: 27, actual: 'complete line' },
    { text: 'We clean carpets of any type.', line: 1, column: 21, endColumn: 29, actual: 'any type' },
    { text: 'We will keep you informed at every stage.', line: 1, column: 27, endColumn: 41, actual: 'at every stage' },
    { text: 'All that you need to host your website.', line: 1, column: 1, endColumn: 18, actual: 'All that you need' },
    { text: 'We will send a team to wrap up all your possessions and get them ready for transport.', line: 1, column: 32, endColumn: 52, actual: 'all your possessions' },
    { text: 'On insurance work, we assist through the entire claims process.', line: 1, column: 38, endColumn: 63, actual: 'the entire claims process' },
    { text: 'Every contractor passes licensing, insurance & review audit', line: 1, column: 1, endColumn: 17, actual: 'Every contractor' },
    { text: 'GPS tracking on every delivery.', line: 1, column: 17, endColumn: 31, actual: 'every delivery' },
    { text: 'Expert service for all car makes and models', line: 1, column: 20, endColumn: 44, actual: 'all car makes and models' },
    { text: 'We provide locksmith solutions for all vehicle makes and models.', line: 1, column: 36, endColumn: 64, actual: 'all vehicle makes and models' },
    { text: 'Our technicians identify the root cause of any issue.', line: 1, column: 44, endColumn: 53, actual: 'any issue' },
    { text: 'We handle your entire IT infrastructure.', line: 1, column: 11, endColumn: 25, actual: 'your entire IT' },
    { text: 'This allows us to oversee all aspects of your campaign.', line: 1, column: 27, endColumn: 46, actual: 'all aspects of your' },
    { text: 'Computers, phones, tablets: everything is backed up continuously.', line: 1, column: 29, endColumn: 39, actual: 'everything' },
    { text: 'CrownServer Cloud Backup protects all your important data automatically.', line: 1, column: 35, endColumn: 58, actual: 'all your important data' },
    { text: 'Your customers get a premium experience no matter what device they are on.', line: 1, column: 41, endColumn: 62, actual: 'no matter what device' },
    { text: 'We also provide any other service requirements you have.', line: 1, column: 17, endColumn: 56, actual: 'any other service requirements you have' },
    { text: 'All features for every team.', line: 1, column: 1, endColumn: 13, actual: 'All features' },
    { text: 'Everything under the sea.', line: 1, column: 1, endColumn: 11, actual: 'Everything' },
    { text: 'Whatever you need, we have it.', line: 1, column: 1, endColumn: 18, actual: 'Whatever you need' },
    { text: 'We carry every brand of outboard motor.', line: 1, column: 10, endColumn: 21, actual: 'every brand' },
    { text: 'All your business connections in one place.', line: 1, column: 1, endColumn: 43, actual: 'All your business connections in one place' },
    { text: 'Our technicians handle all your heating and cooling needs.', line: 1, column: 24, endColumn: 58, actual: 'all your heating and cooling needs' },
    { text: 'Fresh fish.\nAll your cleaning needs, covered.', line: 2, column: 1, endColumn: 24, actual: 'All your cleaning needs' },
    { text: 'One plan for all your devices.', line: 1, column: 14, endColumn: 30, actual: 'all your devices' },
    { text: 'Shop our full range of knives.', line: 1, column: 10, endColumn: 20, actual: 'full range' },
    { text: 'Welcome.\n\nWe guide you every step of the way.', line: 3, column: 14, endColumn: 35, actual: 'every step of the way' },
    { text: 'Nothing falls through the cracks.', line: 1, column: 1, endColumn: 33, actual: 'Nothing falls through the cracks' },
    { text: 'Anything you need for the garden.', line: 1, column: 1, endColumn: 18, actual: 'Anything you need' },
    { text: '# Catalogue\n\nBrowse the complete catalogue.', path: 'x.md', line: 3, column: 12, endColumn: 30, actual: 'complete catalogue' },
    { text: '<ul>\n  <li>We cover all kinds of repairs.</li>\n</ul>', path: 'x.html', line: 2, column: 16, endColumn: 25, actual: 'all kinds' },
    { text: 'We manage your move from start to finish.', line: 1, column: 21, endColumn: 41, actual: 'from start to finish' },
    { text: 'Our supervisor will oversee the job start to finish.', line: 1, column: 37, endColumn: 52, actual: 'start to finish' },
    { text: 'We deal with all sorts of lockouts.', line: 1, column: 14, endColumn: 26, actual: 'all sorts of' },
    { text: 'No job is too big or too small.', line: 1, column: 1, endColumn: 31, actual: 'No job is too big or too small' },
    { text: 'We remove even the toughest stains.', line: 1, column: 11, endColumn: 28, actual: 'even the toughest' },
    { text: 'We ship worldwide.', line: 1, column: 9, endColumn: 18, actual: 'worldwide' },
    { text: 'We are happy to serve shoppers from all over the world.', line: 1, column: 37, endColumn: 55, actual: 'all over the world' },
    { text: 'Serving all of Greater Manchester.', line: 1, column: 9, endColumn: 15, actual: 'all of' },
    { text: 'We treat patients of all ages.', line: 1, column: 22, endColumn: 30, actual: 'all ages' },
    { text: 'Growth strategies for all major platforms.', line: 1, column: 23, endColumn: 42, actual: 'all major platforms' },
    { text: 'Our technicians answer any of your technology questions.', line: 1, column: 24, endColumn: 56, actual: 'any of your technology questions' },
    { text: 'Your one-stop shop for home repairs.', line: 1, column: 6, endColumn: 19, actual: 'one-stop shop' },
    // A page of the business's own site is still the business speaking.
    { text: 'Our website is your one-stop shop for home repairs.', line: 1, column: 21, endColumn: 34, actual: 'one-stop shop' },
    { text: "You'll know when we're coming, from the first inspection through the final walkthrough.", line: 1, column: 32, endColumn: 87, actual: 'from the first inspection through the final walkthrough' },
    { text: 'Every project has its own dedicated project manager.', line: 1, column: 1, endColumn: 14, actual: 'Every project' },
    // The business named in the third person, serving the reader.
    { text: 'Professional Movers can assist you with all your moving issues.', line: 1, column: 41, endColumn: 56, actual: 'all your moving' },
    { text: 'Acme Movers assists you with all your packing.', line: 1, column: 30, endColumn: 46, actual: 'all your packing' },
    { text: 'RLM Affairs offers all the services you may need for your event.', line: 1, column: 20, endColumn: 49, actual: 'all the services you may need' },
    { text: 'We handle every aspect of event planning.', line: 1, column: 11, endColumn: 26, actual: 'every aspect of' },
    { text: 'We do it all!', line: 1, column: 1, endColumn: 13, actual: 'We do it all' },
    { text: "From grooming to nail trimming, we've got it all covered.", line: 1, column: 33, endColumn: 57, actual: "we've got it all covered" },
    { text: "The only non-custodial wallet you'll ever need.", line: 1, column: 1, endColumn: 47, actual: "The only non-custodial wallet you'll ever need" },
    { text: "Every field type you'll ever need.", line: 1, column: 1, endColumn: 34, actual: "Every field type you'll ever need" },
    // The rest of a job, taken on by the business.
    { text: 'Order your connection and we take care of the rest.', line: 1, column: 30, endColumn: 51, actual: 'take care of the rest' },
    { text: 'Our team takes care of all the details.', line: 1, column: 10, endColumn: 39, actual: 'takes care of all the details' },
    { text: 'You pick the date and we handle the rest.', line: 1, column: 26, endColumn: 41, actual: 'handle the rest' },
    { text: 'Nothing is overlooked.', line: 1, column: 1, endColumn: 22, actual: 'Nothing is overlooked' },
    { text: 'Piano instruction is available for all ages and skill levels.', line: 1, column: 36, endColumn: 44, actual: 'all ages' },
    { text: 'You can use PopClip on all your personal Macs at home and work.', line: 1, column: 24, endColumn: 46, actual: 'all your personal Macs' },
    { text: 'Save time and money with our one-stop convenient solutions.', line: 1, column: 30, endColumn: 59, actual: 'one-stop convenient solutions' },
    // Every threat stopped, by the business or in a line with no subject.
    { text: 'Protection against all threats.', line: 1, column: 12, endColumn: 31, actual: 'against all threats' },
    { text: 'Stops every attack.', line: 1, column: 1, endColumn: 19, actual: 'Stops every attack' },
    { text: 'We protect your network from all threats.', line: 1, column: 25, endColumn: 41, actual: 'from all threats' },
    // The last of a series of predicates shares the first one's subject.
    { text: 'Our team will inspect your roof, repair any damage, and handle all the paperwork.', line: 1, column: 57, endColumn: 81, actual: 'handle all the paperwork' },
    { text: 'Our planners coordinate all the logistics.', line: 1, column: 14, endColumn: 42, actual: 'coordinate all the logistics' },
    { text: 'We file your permits and handle all the paperwork with the county.', line: 1, column: 26, endColumn: 50, actual: 'handle all the paperwork' },
    { text: 'We repair and service any make or model.', line: 1, column: 23, endColumn: 40, actual: 'any make or model' },
    { text: 'Everything is Managed for You', line: 1, column: 1, endColumn: 11, actual: 'Everything' },
    // The needs named as a series.
    { text: 'Smarr Garage Door has trained technicians to solve all of your garage door, gate openers, and rolling door needs.', line: 1, column: 52, endColumn: 113, actual: 'all of your garage door, gate openers, and rolling door needs' },
    { text: 'We stay until the job is done!', line: 1, column: 1, endColumn: 30, actual: 'We stay until the job is done' },
    // Every one of what a trade works on.
    { text: 'We are certified to install and repair all rolling steel doors.', line: 1, column: 21, endColumn: 63, actual: 'install and repair all rolling steel doors' },
    { text: 'Our online course will tell you everything you need to know to run your own business!', line: 1, column: 1, endColumn: 60, actual: 'Our online course will tell you everything you need to know' },
    { text: "We come prepared with all the padding and tools you'd ever need.", line: 1, column: 23, endColumn: 64, actual: "all the padding and tools you'd ever need" },
    { text: 'Whatever the distance, our movers will get you there.', line: 1, column: 1, endColumn: 22, actual: 'Whatever the distance' },
    { text: 'Whether you have credit card, paypal or bitcoin, we have covered it all.', line: 1, column: 50, endColumn: 72, actual: 'we have covered it all' },
  ])('$text', (flag) => expectOneFinding('completeness', flag));

  test('"the last X you\'ll ever need" is a hyperbole: puffery, reported as info', () => {
    expectOneFinding(
      'completeness',
      { text: 'Hosted Voice is truly the last phone system you’ll ever need.', line: 1, column: 23, endColumn: 61, actual: 'the last phone system you’ll ever need' },
      'puffery',
      'info',
    );
  });

  test('completeness over the reader\'s needs is puffery, reported as info', () => {
    expect(findings('completeness', 'Flexible pricing.\nSolutions for every need.')).toEqual([
      expect.objectContaining({ ruleId: 'completeness', verdict: 'puffery', severity: 'info', line: 2, column: 15, endColumn: 25, actual: 'every need' }),
    ]);
    // And over the reader's tastes.
    expect(findings('completeness', "There's something to satisfy every palate.")).toEqual([
      expect.objectContaining({ verdict: 'puffery', severity: 'info', column: 30, endColumn: 42, actual: 'every palate' }),
    ]);
    // And over whatever the reader needs, and every stone turned.
    expect(findings('completeness', 'Whatever your needs, we have you covered.')).toEqual([
      expect.objectContaining({ verdict: 'puffery', severity: 'info', column: 1, endColumn: 20, actual: 'Whatever your needs' }),
    ]);
    expect(findings('completeness', 'We leave no stone unturned.')).toEqual([expect.objectContaining({ verdict: 'puffery', severity: 'info', column: 4, endColumn: 27, actual: 'leave no stone unturned' })]);
    for (const [text, actual] of [
      ['No detail is too small.', 'No detail is too small'],
      ['Every detail handled.', 'Every detail handled'],
      ['Anything you can imagine, we can build.', 'Anything you can imagine'],
      ['You name it, we can print it: brochures, flyers and posters.', 'You name it'],
      ['You name it — we print it.', 'You name it'],
    ]) {
      expect(findings('completeness', text)).toEqual([expect.objectContaining({ verdict: 'puffery', severity: 'info', column: 1, endColumn: actual.length + 1, actual })]);
    }
    // And over every detail, with nothing named.
    expect(findings('completeness', 'We handle every little thing.')).toEqual([
      expect.objectContaining({ verdict: 'puffery', severity: 'info', column: 11, endColumn: 29, actual: 'every little thing' }),
    ]);
  });
});

describe('completeness leaves qualified wording, code and description alone', () => {
  test.each<NearMiss>([
    { why: 'a list of databases, no one serving', text: 'Postgres, MySQL, SQLite, you name it.' },
    { why: 'a program repairs, no business', text: 'Check a filesystem and repair any problems found.' },
    { why: "the authors' software fixes", text: 'Our CI will catch and fix any formatting issues.' },
    { why: 'a program takes care of the rest', text: 'Add the plugin and it takes care of the rest.' },
    { why: 'a program handles the rest', text: 'Add the plugin and it handles the rest.' },
    { why: "a tool's purpose, not the business's work", text: 'We use Got to handle all the communication between CLI and server.' },
    { why: "a series whose subject is the authors' software", text: 'Our CLI parses the file, checks it, and takes care of the rest.' },
    { why: 'an instruction after a manner, no series', text: 'Using our API, handle all the paperwork yourself.' },
    { why: "a program's design, no business", text: 'The sandbox protects against all known attacks.' },
    { why: 'a need, not a promise', text: 'We need to protect against all attacks, so we sanitize every input.' },
    { why: 'the reader told to install, no range served', text: 'Install the agent on all your computers.' },
    { why: "a tutorial's next chapter, not the business's work", text: 'We take care of all the details of authentication in the next chapter.' },
    { why: 'a program coordinating its parts', text: "Next, we'll handle all the communication between the worker and the main thread." },
    { why: 'the reader told to see to it', text: 'Make sure nothing is overlooked.' },
    { why: 'negated', text: 'This header does not protect against all attacks.' },
    { why: 'the rest of a guide', text: 'Then we take care of the rest of the setup in the next section.' },
    { why: 'a time, not a range', text: "It is there every time you'll ever need it." },
    { why: "the authors' software takes care of the rest", text: 'Run init once and our CLI takes care of the rest.' },
    { why: "the authors' software, any kind", text: 'Our linter will fix any style problems automatically.' },
    { why: 'the reader asked for theirs', text: 'Let us know if we can help with any questions.' },
    { why: 'praise given to each visit, no range promised', text: 'Our warm atmosphere makes every visit special.' },
    { why: 'a stage of software, no business', text: 'Tests run at every stage of the pipeline.' },
    { why: 'anything narrowed by what follows', text: 'We can remove anything that is marked for disposal.' },
    { why: 'a line of text, not of goods', text: 'Get the visual width of the widest line in a string.' },
    { why: 'what a program deletes, however short the line', text: 'Calling cache.clear() deletes everything.' },
    { why: 'what a program reads', text: 'When true, populate the array with everything after the separator.' },
    { why: 'what a program accepts', text: 'Values can be of any type.' },
    { why: 'what a program runs in', text: 'This module can be used in any type of node application.' },
    { why: 'what a tool lets one do', text: 'With git we can move anything between branches.' },
    { why: 'tutorial voice, no reader kept informed', text: 'We check the input at every stage.' },
    { why: 'a server, not the business\'s people', text: 'Every element of the response is signed by our server.' },
    { why: 'troubles that happen, no one taking them on', text: 'All sorts of errors can occur when the network drops.' },
    { why: 'troubles that happen, no one taking them on', text: 'The parser reports every type of error it finds in the file.' },
    { why: 'a passive with no business as its agent', text: 'Every element of the array is checked by the validator.' },
    { why: 'a statement about each unit, not a heading', text: 'Each room has a private bathroom.' },
    { why: 'a statement about each unit, not a heading', text: 'Every home is different.' },
    { why: 'the reader thanked for theirs', text: 'We appreciate all your support.' },
    { why: 'software assisting, with no business to keep a promise', text: 'This wizard assists you with all your settings.' },
    { why: 'the reader asked for theirs', text: 'Please let us know of any dietary requirements you may have.' },
    { why: 'the units are the scope of a time promise, which speed reports', text: 'Our engineers answer every ticket within 15 minutes.' },
    { why: 'an instruction before a command', text: '- List all devices:\n\n`balena devices`\n', path: 'x.md' },
    { why: 'technical prose counts requests too: only the business promises them', text: 'Retry every request on failure.' },
    { why: '"all" with one unit names a kind of option', text: 'Visit our Order page to access all delivery options.' },
    { why: 'people: a manner, not a range', text: 'We treat every customer like family.' },
    { why: 'a long sentence with no business in it', text: 'A comprehensive overhaul of every surface, reaching the corners others ignore in most homes.' },
    { why: 'the reader\'s whole, but no one serves it', text: 'This command deletes your entire history.' },
    { why: 'everything is: description', text: 'Everything is fine.' },
    { why: 'the business\'s own kit', text: "We'll arrive with everything we need." },
    { why: 'a guide\'s scope', text: 'Our guide covers everything you need to know about claims.' },
    { why: 'hedge before', text: 'Almost everything under the sea.' },
    { why: 'an instruction in technical prose, not what a business does', text: 'Always handle errors on each and every stream.' },
    { why: 'advice: should', text: 'You should use urandom for all your random number needs.' },
    { why: 'a relative clause negates it', text: 'Move everything that is not Windows-specific into api.' },
    { why: "the reader's needs asked for", text: 'Tell us about any of your dietary needs when you book.' },
    { why: 'what happened, not what is offered', text: 'View everything that happened last year.' },
    { why: 'hedge before', text: 'We stock nearly every size.' },
    { why: 'hedge after', text: 'We stock every brand on request.' },
    { why: 'negation', text: 'Not everything is on the menu.' },
    { why: 'question', text: 'Do you have everything I need?' },
    { why: 'a report of the past', text: 'Everything was sold out by noon.' },
    { why: 'time, not range', text: 'Every day we bake bread.' },
    { why: 'what a plan unlocks', text: 'A 14-day trial with full access to all features.' },
    { why: 'effort, not range', text: "We'll do everything we can to help." },
    { why: 'description, not a range', text: 'Everything is handmade.' },
    { why: 'URL', text: 'Read https://example.com/everything-you-need for details.' },
    { why: 'inline code', path: 'x.md', text: 'Run `everything` to rebuild the site.' },
    { why: 'fenced code', path: 'x.md', text: 'Build it:\n\n```sh\nmake everything you need\n```\n' },
    { why: 'HTML comment', path: 'x.html', text: '<!-- everything you need -->\n<p>Our menu.</p>' },
    { why: 'script', path: 'x.html', text: "<script>const all = 'everything you need';</script>\n<p>Our menu.</p>" },
    { why: 'product name inside a word', text: 'Try the EverythingBox starter kit.' },
    { why: 'where customers come from: a boast, no one is served', text: 'Our customers come from all over the world.' },
    { why: 'software read from one end to the other', text: 'The parser reads the file from start to finish.' },
    { why: 'software read from one end to the other', text: 'The parser reads the file start to finish.' },
    { why: 'a tutorial from one end to the other, with no business', text: 'A start-to-finish tutorial.' },
    { why: "a guide's scope", text: 'Here is all that you need to know about hooks.' },
    { why: 'the units differ; none is promised', text: 'Every project is unique, so we offer flexible packages.' },
    { why: 'the units differ; none is promised', text: 'Every job is different.' },
    { why: 'people of all ages, with no business serving them', text: 'Physiotherapists help people of all ages.' },
    { why: 'a call in code, with no business speaking', text: 'Every call to the function allocates a buffer.' },
    { why: 'software read from one end to the other, with no business serving', text: 'Read the file from the first line to the last line.' },
    { why: 'tests, not a place served', text: "Our unit tests cover all of lodash's public API." },
    { why: 'no business serving', text: 'The exhibition travels worldwide.' },
    { why: 'not what the business takes on', text: 'We found that even the hardest bugs have simple causes.' },
    { why: 'not a job the business takes', text: 'No problem is too big for a good algorithm.' },
    { why: 'the reader asked to send them', text: 'Feel free to send any of your questions to the mailing list.' },
    { why: 'a document lists, it does not offer', text: 'This page is a one-stop shop for all configuration options.' },
    { why: 'a document lists, it does not offer', text: 'The guide covers the full range of flags.' },
    { why: 'a sentence done to the best of the business\'s abilities', text: 'All orders will be delivered on the stated delivery date to the best of our abilities.' },
    { why: 'how often, not how much', text: 'We do it all the time.' },
    { why: 'a thing, not a product that covers every need', text: 'The only thing you need is a terminal.' },
    { why: 'what a framework manages', text: 'Everything is managed by the framework.' },
    { why: 'what happens to the data, a procedure', text: 'All your data is deleted after account cancellation.' },
    { why: 'the reader told to delete', text: 'Delete all your files, which the server needs.' },
    { why: 'the reader told to back up', text: 'Then back up all your data.' },
    { why: 'what the runtime needs, in another clause', text: 'Install all your packages and the runtime needs nothing else.' },
    { why: 'waiting on a job, no promise', text: 'We wait until the job is done.' },
    { why: 'a tool sets it up', text: 'Everything is set up for you when you run create-react-app.' },
    { why: 'managed by a program', text: 'In managed mode, everything is managed for you by Kubernetes.' },
    { why: 'a wish for the reader, an aim', text: 'We want you to have all the resources you need to build a great online presence.' },
    { why: 'software the project installs', text: 'We install all dependencies with npm ci.' },
    { why: 'packages a project maintains', text: 'We maintain all packages in this monorepo.' },
    { why: 'a guide\'s scope', text: 'This guide covers everything you need to know.' },
    { why: 'a distance in an algorithm', text: 'Whatever the distance between points, the algorithm converges.' },
    { why: 'a toolchain\'s contents (review)', text: "It ships with all the tools and libraries you'd need for embedded development." },
    { why: 'a metric, not a distance served (review)', text: 'Whatever the distance metric we choose, the clustering stays stable.' },
    { why: 'a project\'s branches (review)', text: 'We maintain all supported branches until end of life.' },
    { why: 'a book\'s chapter (review)', text: "We've covered it all in the previous chapter." },
    { why: 'a programme of study in documentation (review)', text: 'Our program will show you everything you need to know about Rust lifetimes.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('completeness', text, { path })).toEqual([]);
  });
});

describe('completeness against capabilities', () => {
  const menu = capabilities(`business: Under the Sea Grill
offerings:
  complete: false
  items: [salmon, tuna, oysters, lobster]
  not_offered: [caviar]
`);

  test('"everything" is contradicted by an incomplete range, with a rewrite from the items', () => {
    expect(findings('completeness', 'Everything under the sea.', { capabilities: menu })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 1,
        message: '"Everything" is contradicted: offerings.complete is false; caviar is declared not offered (capabilities.yml:3); say "salmon, tuna, oysters and more" instead',
        expected: ['salmon, tuna, oysters and more'],
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });

  test('a promise on line 2 is contradicted at its own place', () => {
    expect(findings('completeness', 'Fresh fish.\nWhatever you need, we have it.', { capabilities: menu })).toEqual([
      expect.objectContaining({ verdict: 'contradicted', line: 2, column: 1, endColumn: 18, actual: 'Whatever you need', declaredAt: 'capabilities.yml:3' }),
    ]);
  });

  test('puffery stays puffery: no declared range disproves "every need"', () => {
    expect(findings('completeness', 'Solutions for every need.', { capabilities: menu })).toEqual([expect.objectContaining({ verdict: 'puffery', severity: 'info' })]);
  });

  test('a complete range backs it: not reported, info with verbose', () => {
    const complete = capabilities('business: Dive Supply\nofferings:\n  complete: true\n');
    expect(findings('completeness', 'Everything under the sea.', { capabilities: complete })).toEqual([]);
    expect(findings('completeness', 'Everything under the sea.', { capabilities: complete, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        message: '"Everything" is backed: offerings.complete is true (capabilities.yml:3)',
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });
});
