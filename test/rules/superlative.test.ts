// superlative: a ranking. Measurable ones ("fastest", "#1", "most secure")
// are objective; vague ones ("the best", "world-class") are puffery.
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('superlative flags measurable rankings as objective', () => {
  test.each<Flag>([
    // One of a kind, and prices no one beats: comparisons with everyone else.
    { text: 'dotenv-vault is the only secrets manager that works with .env files.', line: 1, column: 17, endColumn: 41, actual: 'the only secrets manager' },
    { text: 'The only CRM built for agencies', line: 1, column: 1, endColumn: 13, actual: 'The only CRM' },
    { text: "We're the only licensed mold remediation company in the county.", line: 1, column: 7, endColumn: 49, actual: 'the only licensed mold remediation company' },
    { text: 'Nobody beats our prices.', line: 1, column: 1, endColumn: 13, actual: 'Nobody beats' },
    { text: "Our prices can't be beat.", line: 1, column: 5, endColumn: 25, actual: "prices can't be beat" },
    // The business speaking: a ranking, though the reader finds it.
    { text: 'Find the cheapest flights with us.', line: 1, column: 10, endColumn: 18, actual: 'cheapest' },
    { text: 'We are the cheapest option in town.', line: 1, column: 12, endColumn: 20, actual: 'cheapest' },
    { text: 'We run the fastest servers in Europe.', line: 1, column: 12, endColumn: 19, actual: 'fastest' },
    { text: 'Since 2010 the fastest courier in town.', line: 1, column: 16, endColumn: 23, actual: 'fastest' },
    { text: 'We offer lower prices than other marketing agencies.', line: 1, column: 10, endColumn: 52, actual: 'lower prices than other marketing agencies' },
    { text: 'A quicker turnaround than the other guys.', line: 1, column: 3, endColumn: 41, actual: 'quicker turnaround than the other guys' },
    { text: 'The fastest file sync on the market.', line: 1, column: 5, endColumn: 12, actual: 'fastest' },
    { text: 'We are the #1 plumber in Leeds.', line: 1, column: 12, endColumn: 14, actual: '#1' },
    { text: 'Voted (#1 in Leeds) by readers.', line: 1, column: 8, endColumn: 10, actual: '#1' },
    { text: "The world's most secure cloud.", line: 1, column: 13, endColumn: 24, actual: 'most secure' },
    { text: 'Best-selling headphones.', line: 1, column: 1, endColumn: 13, actual: 'Best-selling' },
    { text: 'Number one in customer satisfaction.', line: 1, column: 1, endColumn: 11, actual: 'Number one' },
    { text: 'Lowest prices in the state.', line: 1, column: 1, endColumn: 14, actual: 'Lowest prices' },
    { text: 'Our bakery.\nThe cheapest bread in town.', line: 2, column: 5, endColumn: 13, actual: 'cheapest' },
    { text: '<h1>Acme</h1>\n<p>The <strong>most reliable</strong> vans.</p>', path: 'x.html', line: 2, column: 16, endColumn: 29, actual: 'most reliable' },
    // A comparison with everyone else.
    { text: '4x more providers than competitors.', line: 1, column: 1, endColumn: 35, actual: '4x more providers than competitors' },
    { text: '90% less expensive than alternatives.', line: 1, column: 1, endColumn: 37, actual: '90% less expensive than alternatives' },
    { text: 'Faster delivery than any other pizza place in town.', line: 1, column: 1, endColumn: 43, actual: 'Faster delivery than any other pizza place' },
    { text: 'We respond faster than anyone else.', line: 1, column: 12, endColumn: 35, actual: 'faster than anyone else' },
    { text: 'Unlike other local and long distance moving companies, we offer affordable rates.', line: 1, column: 1, endColumn: 54, actual: 'Unlike other local and long distance moving companies' },
    { text: 'Unlike other companies, we offer fixed prices.', line: 1, column: 1, endColumn: 23, actual: 'Unlike other companies' },
    { text: 'The app that makes your life easier than others.', line: 1, column: 30, endColumn: 48, actual: 'easier than others' },
    // Ranking the business's own among others.
    { text: 'Our plugins are some of the most popular CSS tools.', line: 1, column: 29, endColumn: 41, actual: 'most popular' },
    // The big firms stand for everyone else.
    { text: 'We also have a much lower operational cost than big companies and franchises.', line: 1, column: 21, endColumn: 62, actual: 'lower operational cost than big companies' },
    { text: 'Our prices are lower than the big-box stores.', line: 1, column: 16, endColumn: 45, actual: 'lower than the big-box stores' },
  ])('$text', (flag) => expectOneFinding('superlative', flag));
});

describe('superlative reports vague boasts as puffery (info)', () => {
  test.each<Flag>([
    { text: 'Existing customers will recognize the excellent services at local prices.', line: 1, column: 39, endColumn: 57, actual: 'excellent services' },
    { text: 'We hire only high-quality technicians.', line: 1, column: 14, endColumn: 26, actual: 'high-quality' },
    { text: 'Bank-level security for your data.', line: 1, column: 1, endColumn: 11, actual: 'Bank-level' },
    { text: 'We go the extra mile for every client.', line: 1, column: 4, endColumn: 21, actual: 'go the extra mile' },
    { text: 'The gold standard in pet care.', line: 1, column: 1, endColumn: 21, actual: 'The gold standard in' },
    { text: 'In a league of its own.', line: 1, column: 1, endColumn: 23, actual: 'In a league of its own' },
    // Everyday praise before what the business offers, with the business or heading a line; strong praise alone.
    { text: 'Fine Workmanship .', line: 1, column: 1, endColumn: 17, actual: 'Fine Workmanship' },
    { text: 'Professional Superior Service .', line: 1, column: 14, endColumn: 30, actual: 'Superior Service' },
    { text: 'We have a wonderful selection of accomplished classical piano teachers.', line: 1, column: 11, endColumn: 30, actual: 'wonderful selection' },
    { text: 'Our famous Irish hospitality will be front and center.', line: 1, column: 5, endColumn: 29, actual: 'famous Irish hospitality' },
    { text: 'The views from our home are simply stunning.', line: 1, column: 36, endColumn: 44, actual: 'stunning' },
    { text: 'Stunning Ocean Views', line: 1, column: 1, endColumn: 9, actual: 'Stunning' },
    { text: 'Nothing compares to our service.', line: 1, column: 1, endColumn: 20, actual: 'Nothing compares to' },
    { text: 'Our team will exceed your expectations.', line: 1, column: 15, endColumn: 39, actual: 'exceed your expectations' },
    { text: 'We treat every customer like family.', line: 1, column: 4, endColumn: 36, actual: 'treat every customer like family' },
    { text: 'Your pet will be treated like family.', line: 1, column: 18, endColumn: 37, actual: 'treated like family' },
    { text: 'Prepared to the highest culinary standards.', line: 1, column: 13, endColumn: 43, actual: 'the highest culinary standards' },
    { text: 'We use only the highest quality materials for lasting results.', line: 1, column: 13, endColumn: 42, actual: 'the highest quality materials' },
    { text: 'We handle the most complicated moving projects.', line: 1, column: 11, endColumn: 31, actual: 'the most complicated' },
    { text: 'I use the most productive web development tools.', line: 1, column: 7, endColumn: 26, actual: 'the most productive' },
    { text: "We're confident our websites are the surest to deliver results.", line: 1, column: 34, endColumn: 44, actual: 'the surest' },
    { text: 'Completed to the highest standards.', line: 1, column: 14, endColumn: 35, actual: 'the highest standards' },
    { text: 'Our landscapes reach unprecedented levels of beauty.', line: 1, column: 22, endColumn: 35, actual: 'unprecedented' },
    { text: 'Intro.\nThe best coffee in town.', line: 2, column: 1, endColumn: 9, actual: 'The best' },
    // Without the article, as headlines and hurried copy write it, before a business or its offer.
    { text: 'Best Online Science and Maths Tutoring Service in London', line: 1, column: 1, endColumn: 5, actual: 'Best' },
    { text: "That's why we offer best relocation services in Boston.", line: 1, column: 21, endColumn: 25, actual: 'best' },
    { text: 'World-class service.', line: 1, column: 1, endColumn: 12, actual: 'World-class' },
    // Standing said as a title.
    { text: 'Dr. Collins is one of the top dentists in San Diego.', line: 1, column: 16, endColumn: 30, actual: 'one of the top' },
    { text: 'Massage 2 U is accredited by the BBB, the leader in trust and reliability.', line: 1, column: 39, endColumn: 52, actual: 'the leader in' },
    { text: 'When it comes to junk removal, we are the experts.', line: 1, column: 32, endColumn: 50, actual: 'we are the experts' },
    { text: 'Highly Rated', line: 1, column: 1, endColumn: 13, actual: 'Highly Rated' },
    // "Premium" as the label of a short line.
    { text: 'Premium Coffee', line: 1, column: 1, endColumn: 8, actual: 'Premium' },
    { text: '## Premium quality automotive glass products', path: 'x.md', line: 1, column: 4, endColumn: 11, actual: 'Premium' },
    { text: 'An industry-leading platform.', line: 1, column: 4, endColumn: 20, actual: 'industry-leading' },
    { text: 'Unbeatable prices.', line: 1, column: 1, endColumn: 11, actual: 'Unbeatable' },
    // At the end of a sentence "the best" is still a boast, unless an idiom ends there.
    { text: 'We are the best.', line: 1, column: 8, endColumn: 16, actual: 'the best' },
    { text: '## Why us\n\n- **Best-in-class** support', path: 'x.md', line: 3, column: 5, endColumn: 18, actual: 'Best-in-class' },
    // Superlatives of taste and manner, and quality said great.
    { text: 'We cook with the freshest local ingredients.', line: 1, column: 18, endColumn: 26, actual: 'freshest' },
    { text: 'Meet the friendliest team in town.', line: 1, column: 10, endColumn: 21, actual: 'friendliest' },
    { text: 'Great quality translation.', line: 1, column: 1, endColumn: 14, actual: 'Great quality' },
    { text: 'We promise an unforgettable evening.', line: 1, column: 15, endColumn: 28, actual: 'unforgettable' },
    { text: "We're the top choice for families.", line: 1, column: 11, endColumn: 21, actual: 'top choice' },
    // A business after "leading", whatever comes between.
    { text: 'A leading 3D printing company.', line: 1, column: 1, endColumn: 10, actual: 'A leading' },
    { text: 'The leading "green" cleaning company.', line: 1, column: 1, endColumn: 12, actual: 'The leading' },
    { text: 'Bank-grade security.', line: 1, column: 1, endColumn: 11, actual: 'Bank-grade' },
    { text: 'Exceptional service, every day.', line: 1, column: 1, endColumn: 20, actual: 'Exceptional service' },
    { text: 'Endless possibilities with print.', line: 1, column: 1, endColumn: 22, actual: 'Endless possibilities' },
    // Praise no one could measure, in the words of the long tail.
    { text: 'Welcome to the ultimate online pizza shop.', line: 1, column: 12, endColumn: 24, actual: 'the ultimate' },
    { text: 'We deliver exceptional legal services.', line: 1, column: 12, endColumn: 23, actual: 'exceptional' },
    { text: 'Our team excels in crafting digital experiences.', line: 1, column: 10, endColumn: 19, actual: 'excels in' },
    { text: 'We go above and beyond for every client.', line: 1, column: 7, endColumn: 23, actual: 'above and beyond' },
    { text: 'Hosting that far surpasses the competition.', line: 1, column: 14, endColumn: 27, actual: 'far surpasses' },
    // "Without doubt" intensifies; it negates nothing.
    { text: 'The quality we offer will without doubt surpass your expectations.', line: 1, column: 41, endColumn: 48, actual: 'surpass' },
    { text: 'A household name in moving.', line: 1, column: 3, endColumn: 17, actual: 'household name' },
    { text: 'The possibilities are endless with digital printing.', line: 1, column: 5, endColumn: 30, actual: 'possibilities are endless' },
    { text: 'It works exceptionally well with our monitoring.', line: 1, column: 10, endColumn: 28, actual: 'exceptionally well' },
    { text: 'Hiring us is the best decision you will ever make.', line: 1, column: 14, endColumn: 22, actual: 'the best' },
    { text: 'The best plumber for you and your family.', line: 1, column: 1, endColumn: 9, actual: 'The best' },
    { text: 'An amazing experience.', line: 1, column: 4, endColumn: 11, actual: 'amazing' },
    { text: 'We treat your home with the utmost respect.', line: 1, column: 20, endColumn: 35, actual: 'with the utmost' },
    { text: 'We are the go-to experts for carpets.', line: 1, column: 8, endColumn: 17, actual: 'the go-to' },
    { text: 'Look no further than Acme Carpets!', line: 1, column: 1, endColumn: 16, actual: 'Look no further' },
    { text: 'Outstanding results on every job.', line: 1, column: 1, endColumn: 20, actual: 'Outstanding results' },
    { text: "The Outer Banks' leading construction company.", line: 1, column: 18, endColumn: 25, actual: 'leading' },
    { text: 'Beachfront repair is what we do best!', line: 1, column: 22, endColumn: 37, actual: 'what we do best' },
    { text: 'Top-of-the-line equipment and supplies.', line: 1, column: 1, endColumn: 16, actual: 'Top-of-the-line' },
    { text: 'Engage your customers like never before.', line: 1, column: 23, endColumn: 40, actual: 'like never before' },
    { text: 'We have set new standards in dentistry.', line: 1, column: 9, endColumn: 26, actual: 'set new standards' },
    { text: 'I bring my exceptional service to every client.', line: 1, column: 12, endColumn: 31, actual: 'exceptional service' },
    { text: 'Discover why Acme is the trusted choice for home cleaning.', line: 1, column: 22, endColumn: 40, actual: 'the trusted choice' },
    { text: 'Smith & Sons are known for their exceptional service.', line: 1, column: 34, endColumn: 53, actual: 'exceptional service' },
    { text: 'Your premier roofing contractor in Leeds.', line: 1, column: 6, endColumn: 13, actual: 'premier' },
    { text: 'Award-winning photography studio.', line: 1, column: 1, endColumn: 14, actual: 'Award-winning' },
    { text: '5-Star Rated by Homeowners Like You', line: 1, column: 1, endColumn: 13, actual: '5-Star Rated' },
    { text: 'At the forefront of creative photography.', line: 1, column: 1, endColumn: 20, actual: 'At the forefront of' },
    { text: 'We provide the highest level of care to your pets.', line: 1, column: 12, endColumn: 32, actual: 'the highest level of' },
    { text: 'Servers built with server grade parts, for ultimate performance.', line: 1, column: 40, endColumn: 64, actual: 'for ultimate performance' },
    // The business picks the best, and boasts of it; "we help you choose the best plan" is the reader's pick.
    { text: 'We choose the best and highest-quality snacks each month.', line: 1, column: 11, endColumn: 19, actual: 'the best' },
    { text: 'Top-tier amenities for a luxurious journey.', line: 1, column: 1, endColumn: 9, actual: 'Top-tier' },
    { text: 'Our dedicated team is here to install the most effective sprinkler system.', line: 1, column: 39, endColumn: 57, actual: 'the most effective' },
  ])('$text', (flag) => expectOneFinding('superlative', flag, 'puffery', 'info'));
});

describe('superlative leaves idioms, qualified wording and code alone', () => {
  test.each<NearMiss>([
    { why: 'a kind of service in software', text: 'The library provides excellent service discovery.' },
    { why: 'a rule for contributions, not the business hiring', text: 'Only high-quality PRs will be merged.' },
    { why: 'the only one of a program\'s parts', text: 'It is the only exported function that mutates state.' },
    { why: 'the only one of something, not of a kind of business', text: 'The only thing that matters is the config.' },
    { why: 'a value in code, not a price', text: 'The value cannot be matched by the regex.' },
    { why: 'a standard of technical practice, said of no business', text: 'Jest is the gold standard in testing.' },
    { why: 'a standard of technical practice, opening a statement', text: 'The gold standard in statistics is the t-test.' },
    { why: 'praise of a practice, not of the business', text: 'Nothing compares to a good test suite.' },
    { why: 'a module praised in technical prose', text: 'The fmt module is in a class of its own.' },
    { why: 'a program goes the extra mile', text: 'The kernel goes the extra mile to zero pages.' },
    { why: 'a requirement, not a boast', text: 'Enterprise-level security is required.' },
    { why: 'advice to the reader', text: 'Use only high-quality images in the docs.' },
    { why: 'everyday praise of code, a statement', text: 'It gives excellent results on benchmarks.' },
    { why: 'a kind of support in a library', text: 'This library has great support for plugins.' },
    { why: 'care the reader must take', text: 'Great care must be taken when sharing memory.' },
    { why: 'care taken, not offered', text: 'We took great care to keep the API backwards compatible.' },
    { why: '"fine" as an adverb, "our" as an object', text: 'The old laptop still works fine for our team.' },
    { why: 'a quantity, not praise', text: 'The great majority of our results are cached.' },
    { why: 'a place name', text: 'Our reporters measured Lake Superior water quality.' },
    { why: 'what we had, not what we offer', text: 'We had a wonderful setting for the wedding.' },
    { why: 'a court, not a service', text: 'Superior Court Services Division' },
    { why: 'a sunset seen, not offered', text: 'We watched a stunning sunset from the ferry.' },
    { why: 'a failure', text: 'Our first deploy was a spectacular failure.' },
    { why: 'a heading of a long line', text: 'Famous Results in Number Theory' },
    { why: 'an aside, not the business as subject', text: 'Redis, our cache, handles the most frequent queries.' },
    { why: 'effort, not a promise', text: 'We work hard to exceed your expectations.' },
    { why: 'strong praise in technical prose', text: 'Hashing successive images of a Lava lamp is a spectacular example of the latter type.' },
    { why: 'one of a program\'s parts', text: 'The only core stream API that currently implements _writev is net.Socket.' },
    { why: 'a tool in technical prose', text: 'Callgrind is the only tool that currently has this.' },
    { why: 'the only restriction, not a business', text: 'The only restriction is that the T and U match.' },
    { why: 'no other implementation, not of the business', text: 'No other implementation matches these semantics.' },
    { why: 'the most, not after a verb of serving', text: 'We pick the most specific match.' },
    { why: 'bare "best" as a predicate', text: 'This plan is best for small teams and agencies.' },
    { why: 'what the reader trusts', text: 'Configure your trusted proxies.' },
    { why: 'a ranked list, not a ranking of the business', text: 'Here is one of the top 10 reasons to upgrade.' },
    { why: 'a level, not a rank', text: 'Set this to one of the top-level keys.' },
    { why: 'a role in a cluster', text: 'Writes go to the leader in the cluster.' },
    { why: 'a plan, not a label of quality', text: 'Premium plan' },
    { why: 'a tier of support', text: 'Premium support for teams.' },
    { why: 'a product named in a sentence', text: 'New users get a 7-day free trial of Premium.' },
    { why: 'premium in a longer sentence', text: 'Premium cotton shirts are made from long-staple fibres grown in Egypt.' },
    { why: 'a pricing column', text: 'Premium' },
    { why: 'a price', text: 'Premium: $9/mo' },
    { why: 'a tier, hyphenated', text: 'Premium-only features' },
    { why: 'a short sentence about a tier', text: 'Premium costs $5 a month.' },
    { why: 'sponsors of a project', path: 'x.md', text: '## Premium Sponsors' },
    { why: 'a kind of disk', text: 'Premium SSD storage' },
    { why: 'a role in a protocol', text: 'Only the leader in Raft accepts writes.' },
    { why: 'bare "best" as a manner', text: 'Decide how best to split your services.' },
    { why: 'bare "best" in a wish', text: 'Best of luck with your store!' },
    { why: 'bare "best" the reader sorts by', text: 'Sort by best price across providers.' },
    { why: 'bare "best" beside "worst"', text: 'Compare best and worst case rates.' },
    { why: 'bare "best" as advice', text: 'For best prices, compare any two providers.' },
    { why: 'bare "best" with no business or offer after it', text: 'Best results come from regular cleaning.' },
    { why: 'a rank below the top', text: 'Second best service in town.' },
    { why: 'the reader picks a setting by speed', text: 'Determine the fastest wal_sync_method on your system.' },
    { why: 'a position in text, before code', path: 'x.md', text: 'A leading `v` character is stripped off and ignored.' },
    { why: 'a position in text, before a digit', text: 'If x starts with a leading 0, the numbers will be padded.' },
    { why: 'a position in text, before a quote', text: 'Support for stripping a leading "v" is kept.' },
    { why: 'a position in text', text: 'Strips a leading byte-order-mark from the file.' },
    { why: 'an aim, as "our goal is to"', text: 'Our top priority is to resolve your issue quickly.' },
    // Readers of sets 22, 26 and 27 marked each of these none: the business ranks its own aims, as "our goal is …".
    { why: 'an aim ranked', text: 'Your satisfaction is our number one priority.' },
    { why: 'an aim ranked, as a concern', text: 'Protecting your data is our top concern.' },
    { why: 'an aim ranked, said first', text: 'Safety is our top priority.' },
    { why: 'an aim ranked highest', text: 'Your safety is our highest priority.' },
    { why: 'an aim interrupted by "however"', text: 'Our goal, however, is to ensure the fastest translation.' },
    { why: 'an aim after a dash', text: 'Our journey began with a simple mission—to share our love for exceptional food.' },
    { why: 'the most, in a measurement', text: 'In our benchmarks the most expensive call is open().' },
    { why: 'the "i" of "i.e." is no business', text: 'Choose one (i.e. the most compact one).' },
    { why: 'a mission statement in the infinitive, with no we to promise it', text: 'To provide exceptional automotive service that exceeds expectations.' },
    { why: 'a mission, an aim', text: 'Our mission is to provide exceptional cleaning.' },
    { why: 'a setting picked by speed', text: 'Compress a file using the fastest compression.' },
    { why: 'a scale of settings', text: 'Specify the level, where 1=fastest, 19=slowest.' },
    { why: 'a fact of size', text: 'Find the largest files in a directory.' },
    { why: "one's own best", text: 'Ready to help you look and feel your best.' },
    { why: "a thing's own best", text: 'Your lawn will look its best.' },
    { why: 'description: the most recent', text: 'Pick the most recent version.' },
    { why: 'no business in the clause', text: 'This finds the shortest possible path.' },
    { why: 'the most of', text: 'We use the most of our time.' },
    { why: 'a setting, not a boast', text: 'Encode with the highest quality.' },
    { why: 'a joint aim, not praise of the business', text: "Let's create something amazing together!" },
    { why: 'advice', text: "It's best to call ahead." },
    { why: 'a class of post, not praise', text: 'Shipped by USPS First Class Package.' },
    { why: 'a kind of support in technical prose', text: 'First-class support for physical units.' },
    { why: 'a share of a cause, not a ranking', text: 'Diet plays the largest role in fat loss.' },
    { why: 'idiom', text: 'We care for pets in their time of greatest need.' },
    { why: 'the best the reader picks, not a ranking', text: 'Our consultants determine the best solution for you.' },
    { why: 'the best choice the reader makes', text: 'We help you make the best decisions on budget.' },
    { why: 'the reader picks, though the business helps', text: 'We help you choose the best plan.' },
    { why: 'an aside, not praise', text: "It's amazing how often this bug shows up." },
    { why: 'no competition surpassed', text: 'Demand surpasses the supply every winter.' },
    { why: 'describes, not praises', text: 'The ultimate result is a smaller bundle.' },
    { why: 'the product, not the verb', text: 'Open Microsoft Excel in safe mode.' },
    { why: 'the reader excels, not the business', text: 'A tutor helps children excel in maths.' },
    { why: 'what the reader gets, said well of', text: 'We help students get excellent grades.' },
    { why: 'describes, not praises', text: 'Refunds are made only in exceptional circumstances.' },
    { why: 'describes, not praises', text: 'The ultimate goal is a working build.' },
    { why: 'degree, not praise', text: 'Eviction is incredibly costly.' },
    { why: 'idiom: do our best to', text: 'We do our best to reply quickly.' },
    { why: 'idiom: best efforts', text: 'We will make our best efforts.' },
    { why: 'idiom: best interest', text: 'It is in your best interest to book early.' },
    { why: 'a comparison with one named thing, which a reader can check', text: 'Version 2 is 2x faster than v1.' },
    { why: 'a comparison with no rival', text: 'It costs less than a coffee.' },
    { why: 'not a comparison', text: 'Rather than others, we focus on you.' },
    { why: 'statistics', text: 'Some values are more likely than others.' },
    { why: 'negation', text: 'We are not cheaper than competitors.' },
    { why: 'a priority of a process', text: 'Run the process with the highest priority.' },
    { why: 'idiom: do our best', text: "We'll always do our best." },
    { why: 'idiom: hope for the best', text: 'Hope for the best.' },
    { why: 'sign-off', text: 'All the best, the team.' },
    { why: 'best practices', text: 'Best practices for onboarding.' },
    { why: 'the #1 reason, not a rank', text: 'The #1 reason customers leave is slow support.' },
    { why: 'an issue number and a reference, not a rank', text: 'Fixed in issue#1, see a/#1 and &#1;.' },
    { why: 'question', text: 'Is this the fastest plan?' },
    { why: 'negation', text: 'We are not the cheapest.' },
    { why: 'hedge', text: 'Often the cheapest option.' },
    { why: 'technical "leading"', text: 'Strip the leading slash from paths.' },
    { why: 'superlatives of time and place state facts', text: 'Install the latest version from the nearest mirror.' },
    { why: 'superlatives of light and heat state facts', text: 'Keep the brightest pixels; visit in the warmest months.' },
    { why: 'the plainest way, in technical writing', text: 'This is the simplest way to install it.' },
    { why: 'the best-made way, in technical writing', text: 'This is the cleanest way to structure the module.' },
    { why: 'quality that is only high', text: 'We serve high quality coffee.' },
    { why: 'URL', text: 'Deals at https://example.com/fastest-vpn this week.' },
    { why: 'inline code', path: 'x.md', text: 'Run `fastest` mode.' },
    { why: 'fenced code', path: 'x.md', text: 'Usage:\n\n```\nsort --fastest --best\n```\n' },
    { why: 'HTML comment', path: 'x.html', text: '<!-- the best landing page ever -->\n<p>Welcome.</p>' },
    { why: 'script', path: 'x.html', text: "<script>rank('#1 fastest');</script>\n<p>Welcome.</p>" },
    { why: "the reader's own, not a ranking of the business", text: 'Your home is one of your greatest investments.' },
    { why: 'an idiom of importance', text: 'Your safety is of the utmost importance.' },
    { why: 'a contraction and a possessive before "leading" that ranks no business', text: "It's leading to problems, and the file's leading whitespace is trimmed." },
    { why: 'a comparison in technical prose, with no business speaking', text: 'Unlike other options, this library has no dependencies.' },
    { why: 'a statement in code', text: 'The go-to statement is considered harmful.' },
    { why: 'no business speaking', text: 'The W3C sets the standard for HTML.' },
    { why: 'outstanding as pending', text: 'Outstanding service requests are listed in the queue.' },
    { why: 'a contraction, not a possessive', text: "That's leading companies to rethink their hiring." },
    { why: 'a rating held, a measured fact', text: 'Our typical agent has a 5-star rating.' },
    { why: 'effort, not a ranking', text: 'We deliver on the stated date to the best of our abilities.' },
    { why: 'advice on how it is best used', text: 'Best run with elevated privileges.' },
    { why: 'which plan suits whom', text: 'Best for growing businesses' },
    { why: 'a level of access, not of care', text: 'Users with the highest level of access can delete repositories.' },
    { why: 'others ranked in passing', text: 'We found the bug in some of the most popular npm packages.' },
    { why: 'a saying, no business comparing itself', text: 'Small teams move faster than big companies.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('superlative', text, { path })).toEqual([]);
  });
});

describe('superlative against capabilities', () => {
  const grill = capabilities(`business: Under the Sea Grill
evidence:
  - claim: best seafood in Boston
    source: Boston Magazine, Best of Boston 2025
`);

  test('an evidence entry said in full backs the ranking: not reported, info with verbose', () => {
    const text = 'The best seafood in Boston.';
    expect(findings('superlative', text, { capabilities: grill })).toEqual([]);
    expect(findings('superlative', text, { capabilities: grill, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        line: 1,
        column: 1,
        message: '"The best" is backed: evidence: Boston Magazine, Best of Boston 2025 (capabilities.yml:3)',
        declaredAt: 'capabilities.yml:3',
      }),
    ]);
  });

  test('evidence for another claim does not back it', () => {
    expect(findings('superlative', 'Our menu.\nThe best chowder in Boston.', { capabilities: grill })).toEqual([
      expect.objectContaining({ verdict: 'puffery', line: 2, column: 1, actual: 'The best' }),
    ]);
  });

  // Only evidence speaks to a ranking, so a capabilities file can back one but
  // never contradict it: without evidence an objective ranking stays a warning.
  test('an objective ranking without evidence stays unsubstantiated, never contradicted', () => {
    expect(findings('superlative', 'The fastest seafood delivery in Boston.', { capabilities: grill })).toEqual([
      expect.objectContaining({
        verdict: 'unsubstantiated',
        severity: 'warning',
        column: 5,
        message: '"fastest" is an unsubstantiated superlative promise: cite a source for the ranking, or declare it under evidence in capabilities.yml',
        expected: [],
        declaredAt: null,
      }),
    ]);
  });
});
