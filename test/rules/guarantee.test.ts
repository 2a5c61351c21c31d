// guarantee: a promise with no exit ("guaranteed", "money back", "no
// questions asked", "risk-free", "lifetime warranty").
import { describe, expect, test } from 'vitest';
import { capabilities, expectOneFinding, findings, type Flag, type NearMiss } from './helpers.js';

describe('guarantee flags promises with no exit', () => {
  test.each<Flag>([
    // "With most competitors" names the rivals matched, not a hedge (found by a review).
    { text: 'Free shipping, and we price match with most competitors.', line: 1, column: 23, endColumn: 34, actual: 'price match' },
    { text: 'In such cases, we will refund your payment.', line: 1, column: 16, endColumn: 30, actual: 'we will refund' },
    // What a business guarantees, in the same shape as an API's behaviour.
    { text: 'Your event is guaranteed to be a success.', line: 1, column: 15, endColumn: 25, actual: 'guaranteed' },
    { text: 'Every call is guaranteed to be answered.', line: 1, column: 15, endColumn: 25, actual: 'guaranteed' },
    { text: 'Great value guaranteed.', line: 1, column: 13, endColumn: 23, actual: 'guaranteed' },
    // A remedy after "in such a case", and in the conditional passive.
    { text: 'In such a case we will refund any payments already made by you for the order.', line: 1, column: 16, endColumn: 30, actual: 'we will refund' },
    { text: 'If part of your order is short, its value would be refunded to you.', line: 1, column: 43, endColumn: 60, actual: 'would be refunded' },
    // A condition asked about starts no question when a new subject promises after it.
    { text: 'Let us know if your delivery is late and we will refund you.', line: 1, column: 42, endColumn: 56, actual: 'we will refund' },
    // A firm's no-win-no-fee policy: a remedy, said as the price.
    { text: 'We work on a no win, no fee basis.', line: 1, column: 14, endColumn: 28, actual: 'no win, no fee' },
    { text: "You won't pay a penny unless we win your case!", line: 1, column: 5, endColumn: 29, actual: "won't pay a penny unless" },
    { text: "We're not happy until your space sparkles.", line: 1, column: 1, endColumn: 42, actual: "We're not happy until your space sparkles" },
    { text: 'Lifetime warranties on sewer replacements.', line: 1, column: 1, endColumn: 20, actual: 'Lifetime warranties' },
    { text: "We're not done until you're 100% happy.", line: 1, column: 1, endColumn: 39, actual: "We're not done until you're 100% happy" },
    // An aim hedges only up to a contrast.
    { text: 'Our goal is modest - we guarantee a reply within 1 hour.', line: 1, column: 25, endColumn: 34, actual: 'guarantee' },
    // A remedy promised in plain words, by the business.
    { text: 'At the Pizza Shop we always make it right!', line: 1, column: 29, endColumn: 42, actual: 'make it right' },
    { text: 'We will return and complete the job to your satisfaction.', line: 1, column: 37, endColumn: 57, actual: 'to your satisfaction' },
    // Everyday words that are also technical properties, and a word in quotes that the sentence promises by.
    { text: 'We guarantee the durability of every roof we install.', line: 1, column: 4, endColumn: 13, actual: 'guarantee' },
    { text: 'Every roof comes with our durability guarantee.', line: 1, column: 38, endColumn: 47, actual: 'guarantee' },
    { text: '"Guaranteed" means we fix it or you pay nothing.', line: 1, column: 2, endColumn: 12, actual: 'Guaranteed' },
    { text: 'Every install has a one year parts and labor warranty.', line: 1, column: 21, endColumn: 54, actual: 'one year parts and labor warranty' },
    // A remedy the business binds itself to; the condition is what sets it off.
    { text: 'If you are not entirely happy with your first lesson we will refund you.', line: 1, column: 54, endColumn: 68, actual: 'we will refund' },
    // The remedy said with a noun, or as a cost the business takes on.
    { text: 'If the florist did not make the delivery attempt, we will gladly provide you with a refund.', line: 1, column: 51, endColumn: 91, actual: 'we will gladly provide you with a refund' },
    { text: 'We will also pay the return shipping costs if the return is a result of our error.', line: 1, column: 1, endColumn: 43, actual: 'We will also pay the return shipping costs' },
    { text: 'You will love them or we will re-shoot.', line: 1, column: 23, endColumn: 39, actual: 'we will re-shoot' },
    { text: 'If the pests come back, we come back.', line: 1, column: 25, endColumn: 37, actual: 'we come back' },
    // Another verb first.
    { text: "If things go wrong, we'll investigate and fix it for you.", line: 1, column: 21, endColumn: 49, actual: "we'll investigate and fix it" },
    // No charge as the remedy: the business pays for its own failure.
    { text: 'If we have not made an improvement in the stains, we will not charge you.', line: 1, column: 51, endColumn: 73, actual: 'we will not charge you' },
    { text: "We won't charge you if we cannot fix your device.", line: 1, column: 1, endColumn: 20, actual: "We won't charge you" },
    { text: 'We will keep making revisions until you are completely satisfied.', line: 1, column: 31, endColumn: 65, actual: 'until you are completely satisfied' },
    { text: 'Found it cheaper? Let us know and we will match or beat the offer.', line: 1, column: 35, endColumn: 48, actual: 'we will match' },
    { text: "We'll do whatever it takes.", line: 1, column: 7, endColumn: 27, actual: 'do whatever it takes' },
    { text: 'Our online tutoring shall fully satisfy you.', line: 1, column: 21, endColumn: 44, actual: 'shall fully satisfy you' },
    { text: 'Homeowners get extended warranty coverage.', line: 1, column: 16, endColumn: 33, actual: 'extended warranty' },
    // The negation is part of what is guaranteed, in a clause of its own.
    { text: "We guarantee that you won't be disappointed.", line: 1, column: 4, endColumn: 13, actual: 'guarantee' },
    { text: 'Satisfaction guaranteed.', line: 1, column: 1, endColumn: 24, actual: 'Satisfaction guaranteed' },
    // Adjacent claims of one class are one promise and one finding.
    { text: 'Your money back, guaranteed, no questions asked.', line: 1, column: 1, endColumn: 48, actual: 'Your money back, guaranteed, no questions asked' },
    { text: 'Try it risk-free.', line: 1, column: 8, endColumn: 17, actual: 'risk-free' },
    { text: 'Full refund if you are unhappy.', line: 1, column: 1, endColumn: 12, actual: 'Full refund' },
    { text: 'Built to last.\nEvery bike comes with a lifetime warranty.', line: 2, column: 25, endColumn: 42, actual: 'lifetime warranty' },
    // "Vision" as sight, not an aim.
    { text: 'Night vision to 100 feet with a lifetime warranty.', line: 1, column: 33, endColumn: 50, actual: 'lifetime warranty' },
    { text: 'A 5-year warranty on all parts.', line: 1, column: 3, endColumn: 18, actual: '5-year warranty' },
    // Any words of what kind it is, up to four.
    { text: '10 Year Transferable Expanded Metal Warranty', line: 1, column: 1, endColumn: 45, actual: '10 Year Transferable Expanded Metal Warranty' },
    { text: 'We provide a 90-day limited warranty on all repair labour.', line: 1, column: 14, endColumn: 37, actual: '90-day limited warranty' },
    { text: 'All installed parts are covered under our 30-day parts warranty.', line: 1, column: 43, endColumn: 64, actual: '30-day parts warranty' },
    { text: 'Results guaranteed.', line: 1, column: 9, endColumn: 19, actual: 'guaranteed' },
    { text: 'We guarantee 99.9% uptime.', line: 1, column: 4, endColumn: 26, actual: 'guarantee 99.9% uptime' },
    { text: 'No risk.', line: 1, column: 1, endColumn: 8, actual: 'No risk' },
    { text: 'Fast couriers.\n\n**Guaranteed** delivery the next business day.', path: 'x.md', line: 3, column: 3, endColumn: 13, actual: 'Guaranteed' },
    { text: '<footer>\n<p>100% satisfaction on every job.</p>\n</footer>', path: 'x.html', line: 2, column: 4, endColumn: 21, actual: '100% satisfaction' },
    { text: 'If an incident occurs, you are fully protected.', line: 1, column: 24, endColumn: 47, actual: 'you are fully protected' },
    // The reader's things declared out of harm's way.
    { text: 'Your information is safe.', line: 1, column: 1, endColumn: 25, actual: 'Your information is safe' },
    // A remedy in the passive binds the business as "we will refund" does.
    { text: 'If you cancel the lesson, 50% will be refunded.', line: 1, column: 31, endColumn: 47, actual: 'will be refunded' },
    // The business's word for it, after "know".
    { text: 'Rest easy and know your data is safe with us.', line: 1, column: 20, endColumn: 45, actual: 'your data is safe with us' },
    // Protected by the business, or to a standard: still declared.
    { text: 'Your home is protected by our team.', line: 1, column: 1, endColumn: 23, actual: 'Your home is protected' },
    { text: 'If the lesson is cancelled, the fee will be refunded.', line: 1, column: 37, endColumn: 53, actual: 'will be refunded' },
    { text: 'We replace your details to ensure your personal information remains protected.', line: 1, column: 35, endColumn: 78, actual: 'your personal information remains protected' },
    { text: "We promise you'll love it.", line: 1, column: 1, endColumn: 11, actual: 'We promise' },
    { text: 'Satisfaction assured.', line: 1, column: 1, endColumn: 21, actual: 'Satisfaction assured' },
    { text: 'Full warranty on every repair.', line: 1, column: 1, endColumn: 14, actual: 'Full warranty' },
    { text: 'We beat any quote.', line: 1, column: 1, endColumn: 18, actual: 'We beat any quote' },
    { text: "We won't be beaten on price.", line: 1, column: 4, endColumn: 28, actual: "won't be beaten on price" },
    { text: "Mowing done on schedule or you don't pay.", line: 1, column: 25, endColumn: 41, actual: "or you don't pay" },
    { text: "If you're unhappy, your order can be cancelled and we'll give you a full refund.", line: 1, column: 69, endColumn: 80, actual: 'full refund' },
    // Satisfaction said of the customer, and the business staying until it is there.
    { text: 'Everyone is 100% satisfied with us.', line: 1, column: 10, endColumn: 27, actual: 'is 100% satisfied' },
    { text: "We don't leave until you've inspected our work and are 100% satisfied.", line: 1, column: 1, endColumn: 21, actual: "We don't leave until" },
    // A sole trader promises as "I"; a past tense before the business's own clause is the customer's.
    { text: 'If the song is not right, tell me why you were unhappy and I will refund your money in full.', line: 1, column: 60, endColumn: 73, actual: 'I will refund' },
    { text: '99.99% uptime SLA.', line: 1, column: 1, endColumn: 18, actual: '99.99% uptime SLA' },
    { text: 'If you find a lower price elsewhere, we either match that price or give you a credit.', line: 1, column: 38, endColumn: 64, actual: 'we either match that price' },
    // "No-questions-asked" describes the offer; it negates nothing.
    { text: 'We offer a 30-day, no-questions-asked money-back guarantee.', line: 1, column: 20, endColumn: 59, actual: 'no-questions-asked money-back guarantee' },
    { text: 'I guaranty my work.', line: 1, column: 3, endColumn: 11, actual: 'guaranty' },
    // The business's own word, before whatever it promises, and a sole trader's.
    { text: 'We promise individual attention for all of our customers.', line: 1, column: 1, endColumn: 11, actual: 'We promise' },
    { text: 'I promise to treat your pet like my own.', line: 1, column: 1, endColumn: 10, actual: 'I promise' },
    // The reader's things declared safe, with a word between.
    { text: 'I verify restores so you know your files are truly protected.', line: 1, column: 31, endColumn: 61, actual: 'your files are truly protected' },
    { text: 'Your files are encrypted and secure.', line: 1, column: 1, endColumn: 36, actual: 'Your files are encrypted and secure' },
    { text: 'Your passwords are safe with us.', line: 1, column: 1, endColumn: 32, actual: 'Your passwords are safe with us' },
    { text: "You're safe with us.", line: 1, column: 1, endColumn: 20, actual: "You're safe with us" },
    // No charge as the remedy for a customer let down, and the remedy said as the price.
    { text: 'If for any reason you are not satisfied with our services, we will never charge you.', line: 1, column: 60, endColumn: 84, actual: 'we will never charge you' },
    { text: "Delivered in 30 minutes or it's free.", line: 1, column: 25, endColumn: 37, actual: "or it's free" },
    { text: 'Our work is warrantied for 10 years.', line: 1, column: 13, endColumn: 36, actual: 'warrantied for 10 years' },
    { text: 'Love it or return it.', line: 1, column: 1, endColumn: 21, actual: 'Love it or return it' },
    { text: 'Life Time Warranty on All Parts .', line: 1, column: 1, endColumn: 19, actual: 'Life Time Warranty' },
    { text: 'We come by, look it over, and make it right.', line: 1, column: 31, endColumn: 44, actual: 'make it right' },
    // "Not only" after the hit intensifies, as it does before.
    { text: "From start to finish, you'll stay in the know, guaranteeing not only a beautiful end product but also a smooth process.", line: 1, column: 48, endColumn: 60, actual: 'guaranteeing' },
    { text: "We'll refund every penny.", line: 1, column: 7, endColumn: 25, actual: 'refund every penny' },
    { text: 'You will be completely satisfied.', line: 1, column: 1, endColumn: 33, actual: 'You will be completely satisfied' },
    { text: 'Boston Solar provides an extended 25-year product warranty for solar panels.', line: 1, column: 35, endColumn: 59, actual: '25-year product warranty' },
    { text: 'Your data is kept strictly confidential.', line: 1, column: 1, endColumn: 40, actual: 'Your data is kept strictly confidential' },
    // A negation in another clause, before the business's own reason, negates nothing of it.
    { text: 'People will not regret choosing our company because we guarantee quality.', line: 1, column: 56, endColumn: 65, actual: 'guarantee' },
    { text: 'We guarantee nothing but the best.', line: 1, column: 4, endColumn: 13, actual: 'guarantee' },
    // Assurance said in other words; "we spare no effort" intensifies, it negates nothing.
    { text: 'Our movers calculate every cost properly to assure successful relocation.', line: 1, column: 45, endColumn: 62, actual: 'assure successful' },
    { text: 'We spare no effort to assure you of safe and organized moving.', line: 1, column: 23, endColumn: 41, actual: 'assure you of safe' },
    { text: 'Rest assured, we will fix it.', line: 1, column: 1, endColumn: 13, actual: 'Rest assured' },
    { text: 'You can be assured that your pet will receive personal attention.', line: 1, column: 9, endColumn: 19, actual: 'be assured' },
    { text: 'Giving you the peace of mind that your event will run smoothly.', line: 1, column: 16, endColumn: 34, actual: 'peace of mind that' },
    // Safe for those in the reader's care.
    { text: 'Every treatment is designed to be safe for your family, pets, and the environment.', line: 1, column: 35, endColumn: 55, actual: 'safe for your family' },
    { text: 'All our products are pet-safe.', line: 1, column: 22, endColumn: 30, actual: 'pet-safe' },
    // A remedy in other words: fees voided, a missed lesson made up or credited (the booking missed sets it off, as "if" does).
    { text: "If you aren't satisfied with my work, I will void my fees.", line: 1, column: 39, endColumn: 58, actual: 'I will void my fees' },
    { text: 'Lessons missed by the instructor will be made-up or credited.', line: 1, column: 34, endColumn: 49, actual: 'will be made-up' },
    { text: 'Online lessons that are unable to meet due to technical difficulties will be made up.', line: 1, column: 70, endColumn: 85, actual: 'will be made up' },
    { text: 'Whether your pet is a cat or dog you can be assured that it will receive individual personal attention.', line: 1, column: 42, endColumn: 52, actual: 'be assured' },
    { text: 'With Reliable Plumbing you can rest assured your plumbing needs will be handled with care.', line: 1, column: 32, endColumn: 44, actual: 'rest assured' },
    { text: "If issues persist, contact us and we'll intervene.", line: 1, column: 35, endColumn: 50, actual: "we'll intervene" },
    { text: 'If the work is not satisfactory, contact us within 24 hours and we will make arrangements to rectify the situation.', line: 1, column: 65, endColumn: 115, actual: 'we will make arrangements to rectify the situation' },
    { text: "If a part fails, we'll remedy it.", line: 1, column: 18, endColumn: 33, actual: "we'll remedy it" },
    { text: "In rare cases where an operator match isn't working, we'll rematch you.", line: 1, column: 54, endColumn: 71, actual: "we'll rematch you" },
    { text: 'We keep your data safe and secure.', line: 1, column: 4, endColumn: 23, actual: 'keep your data safe' },
  ])('$text', (flag) => expectOneFinding('guarantee', flag));

  test.each<Flag>([
    { text: "We've got your back.", line: 1, column: 1, endColumn: 20, actual: "We've got your back" },
    { text: 'We stand behind the service we provide.', line: 1, column: 1, endColumn: 16, actual: 'We stand behind' },
    { text: 'Rest assured, your home is in good hands.', line: 1, column: 28, endColumn: 41, actual: 'in good hands' },
  ])('standing by the customer with no remedy named is puffery: $text', (flag) => expectOneFinding('guarantee', flag, 'puffery', 'info'));
});

describe('guarantee leaves qualified wording and code alone', () => {
  test.each<NearMiss>([
    // Found by a review of the rules from sets 41 and 42.
    { why: "a tutorial's case, not a remedy", text: 'In that case we will replace the placeholder with the real value.' },
    { why: "a bank's conditional, no business or booking", text: 'If the payment is reversed, the balance would be credited to your account.' },
    { why: "an API's behaviour", text: 'This event is guaranteed to be emitted in the same order as the tests are run.' },
    { why: "an API's behaviour", text: 'The after hook is guaranteed to run.' },
    { why: "an API's behaviour", text: 'This method guarantees that newly allocated buffers are zeroed.' },
    { why: "a project's versioning policy", text: 'This feature is still covered by semantic versioning guarantees.' },
    { why: "a system's refund, no business or reader", text: 'If the transaction fails, the gas fee would be refunded.' },
    { why: 'negated', text: "We can't promise a reply within the hour." },
    { why: 'a promise of code', text: 'This results in a promise that resolves later.' },
    { why: 'the reader told to see to it', text: 'Make sure your files are encrypted and secure.' },
    { why: 'the reader told to see to it, with us', text: 'Make sure your keys are safe with us before rotating.' },
    { why: 'no charge as a price, not a remedy', text: "If you're a student, we will never charge you the setup fee." },
    { why: 'a choice between prices', text: "Whether it's paid or it's free, the API is the same." },
    { why: 'the reader remedies it', text: 'If the build fails, you can remedy this by running the command again.' },
    { why: 'a remedy with no condition is a procedure', text: 'We will rectify the records once the audit is complete.' },
    { why: 'a choice between prices, with no standard to meet', text: "Pay for the hosted tier, or it's free if you self-host." },
    { why: 'a relation satisfied, no one served', text: 'They are completely satisfied by Sub.' },
    { why: 'a dedication, an aim', text: 'Our team is dedicated to making sure that you are completely satisfied with the work we do on your vehicle.' },
    { why: 'a promise of nothing', text: 'We promise nothing about the ordering of keys.' },
    { why: 'an author, no reader promised anything', text: 'I promise to keep this changelog short.' },
    { why: 'hedged after: only in transit', text: 'Your data is encrypted and secure only in transit.' },
    { why: 'in good hands, said of no reader', text: 'The project is in good hands with its new maintainers.' },
    { why: 'a price above a threshold, not a return paid for', text: 'If you spend over $50, we will pay the shipping.' },
    { why: 'the customer\'s duty, in a sentence that opens on a purpose', text: 'To get a full refund, cancellations must be made 72 hours before the chosen date.' },
    { why: 'a sentence that opens on an aim', text: 'Our goal is to provide you with the peace that our slogan guarantees.' },
    { why: 'a refund procedure in the passive, with nothing to set it off', text: 'Your payment will be refunded to the original card.' },
    { why: 'the reader told to see to it', text: 'Make sure your account is secure.' },
    { why: 'the reader told to check', text: 'You should verify that your data is safe before you upgrade.' },
    { why: 'a condition', text: 'If your files are safe, restart the server.' },
    { why: 'a feature, not a state promised', text: 'Your data is encrypted at rest.' },
    { why: 'protection by something named', text: 'Your account is protected by a password and a TOTP code.' },
    { why: 'a use, not a state promised', text: 'Your data is safe to delete once the backup completes.' },
    { why: 'a condition after it', text: 'Your files are safe as long as you keep a backup.' },
    { why: 'a condition after it', text: 'Your data is secure only if you enable encryption.' },
    { why: 'the reader told to see to it', text: 'Be sure your data is safe before you run this command.' },
    { why: 'the reader told to check, after a clause', text: 'Before you start, make sure you are fully insured.' },
    { why: 'a refund by a system, no business or reader in the sentence', text: 'If the transaction fails, the gas fee will be refunded.' },
    { why: 'negation', text: "We can't guarantee delivery dates." },
    { why: 'negation', text: 'Refunds are not guaranteed after 30 days.' },
    { why: 'negated subject', text: 'No cleaning company can guarantee that.' },
    { why: 'question', text: 'Is my refund guaranteed?' },
    { why: 'negation', text: 'We will not deduct any shipping fees.' },
    { why: 'a refund procedure, with nothing to set it off', text: 'We will refund your payment once the returned item is inspected.' },
    { why: 'a restriction', text: 'If the item is unused, we will only refund it to store credit.' },
    { why: 'a counterfactual', text: 'We would refund you, but the item was marked final sale.' },
    { why: 'a tutorial pointing ahead to its own fix', text: "If the build fails, we'll fix it in the next section." },
    { why: 'a tutorial pointing ahead to its own fix', text: 'If you see an error, we will fix it later in this tutorial.' },
    { why: 'tutorial voice', text: "We'll come back to this topic in chapter 4." },
    { why: 'a procedure, another verb first, no condition', text: "Once your return arrives, we'll inspect and refund it." },
    { why: 'no charge with no condition: a price, not a remedy', text: "We won't charge you for parking." },
    { why: "no charge on the reader's condition: a price", text: "If you're a student, we won't charge you the setup fee." },
    { why: "no charge on the reader's condition, at the end", text: "If your usage stays under the free tier, we won't charge you." },
    { why: 'the reader keeps going', text: 'We recommend experimenting with the layout until you are satisfied.' },
    { why: 'a warranty the reader buys elsewhere', text: 'You can buy an extended warranty from the manufacturer.' },
    { why: 'a length and a warranty in different phrases', text: 'Claims made 2 years after the warranty ends are refused.' },
    { why: 'pairs, not a price matched', text: 'We will match you with another instructor.' },
    { why: 'the reader does whatever it takes', text: 'Do whatever it takes to pass.' },
    { why: "the guarantee's terms, not a promise", text: 'Failure to do this will invalidate the Triple Guarantee.' },
    { why: 'negation: unable to', text: 'We are unable to guarantee delivery at a specific time.' },
    { why: 'negation: prevents us from', text: 'The holiday volume prevents us from guaranteeing delivery.' },
    { why: 'hedge: may', text: 'We may refund your deposit.' },
    { why: 'code documented in the present tense', text: 'Here we replace the placeholder with the value.' },
    { why: 'the reader keeps going, not the business', text: 'Adjust the colours until you are happy.' },
    { why: "the customer's right under a refund policy", text: 'You may return new, unopened items within 30 days for a full refund.' },
    { why: "the customer's right under a refund policy", text: 'You can request a full refund if you are not happy with our design.' },
    { why: "the reader's job, not the business's", text: 'Adjust the settings to your satisfaction.' },
    { why: 'hedge: try to', text: 'We try to make it right when things go wrong.' },
    { why: 'negation', text: 'We cannot always make it right.' },
    { why: "a system's design, in technical prose", text: 'The queue guarantees at-least-once delivery.' },
    { why: "a system's design, in technical prose", text: 'Kafka gives ordering guarantees within a partition.' },
    { why: 'limited scope', text: 'Delivery is guaranteed on eligible orders.' },
    { why: 'disclaimer later in the sentence', text: 'Money-back guarantee, terms apply.' },
    { why: 'hedge after', text: 'A 2-year warranty is available on request.' },
    { why: 'a report of the past', text: 'Guaranteed delivery was standard until 2020.' },
    { why: 'URL', text: 'Read https://example.com/money-back-guarantee first.' },
    { why: 'inline code', path: 'x.md', text: 'Pass `--guaranteed` to retry failed jobs.' },
    { why: 'fenced code', path: 'x.md', text: 'Code:\n\n```\nguarantee(order, { moneyBack: "no questions asked" });\n```\n' },
    { why: 'HTML comment', path: 'x.html', text: '<!-- add money-back guarantee here -->\n<p>Shop now.</p>' },
    { why: 'script', path: 'x.html', text: "<script>const terms = 'risk-free, guaranteed';</script>\n<p>Shop now.</p>" },
    { why: "the customer's right under a policy, in the passive", text: 'Unused items may be returned within 15 days of sale with a full refund.' },
    { why: 'the reader told to check', text: 'Make sure you are fully insured before driving abroad.' },
    { why: 'protection by someone else', text: 'You are fully protected by the Consumer Rights Act.' },
    { why: 'matching in code, not a price', text: 'In this function we match any string that starts with a digit.' },
    { why: 'a condition of a price, not a remedy', text: "Register your card, or you won't pay the discounted rate." },
    { why: 'where the terms are, not a warranty given', text: "Full warranty details are available on the manufacturer's site." },
    { why: 'the guarantee\'s terms', text: 'Our guarantee applies only to identical merchandise.' },
    { why: 'negated by "seldom"', text: "It's a best-effort service: response times vary and guarantees are seldom made." },
    { why: 'a negation carried down a list', text: 'A listing is not a recommendation, endorsement, or guarantee of claims service.' },
    { why: 'cancelling, with no money promised back', text: 'You can cancel your subscription anytime — no questions asked!' },
    { why: 'a heading naming a section of guarantees', text: 'Reliability Guarantees' },
    { why: 'a guarantee of nothing', text: "We don't offer refunds since we guarantee nothing." },
    { why: 'a negation in the business\'s own clause, before its reason', text: "We can't guarantee it since we rely on carriers." },
    { why: 'a setting of the reader\'s account', text: 'Your account is kept private.' },
    { why: 'effort, not assurance', text: 'Our movers work hard to assure successful relocation.' },
    { why: 'a tutorial reassuring the reader', text: 'Rest assured, this warning is harmless.' },
    { why: 'a library\'s design', text: 'Rest assured behavior is consistently like POSIX regardless of your input paths.' },
    { why: 'safety of code', text: 'Make sure the function is safe for concurrent use.' },
    { why: 'an aim of safety for everyone', text: 'I am dedicated to making sure that technology is accessible, intuitive, and safe for people of all ages and skill sets.' },
    { why: 'a maintainer\'s note, nothing of the reader\'s', text: 'You can rest assured that this release is backward compatible.' },
    { why: 'an incident report', text: 'We assure you that no data was exposed in the incident.' },
    { why: 'a language\'s design', text: 'Rust assures you of safe concurrency through ownership.' },
    { why: 'a search setting', text: 'Family-safe search filters explicit results.' },
    { why: 'advice to the reader', text: 'Keep your child safe online.' },
    { why: 'what something consists of, not a remedy', text: 'If a lesson is cancelled, the term will be made up of the remaining weeks.' },
    { why: 'a remedy refused', text: 'Lessons missed by the student will not be made up.' },
    { why: 'a maintainer\'s reassurance, nothing of the reader\'s before it', text: 'You can rest assured that it will keep working after the upgrade.' },
    { why: 'the reader told to keep it safe', text: 'Keep your account secure with a strong password.' },
    { why: 'a maintainer\'s note on upgrading (review)', text: 'Rest assured your config will be migrated automatically on upgrade.' },
    { why: 'a maintainer\'s note on a cluster (review)', text: 'If you upgrade your cluster, rest assured it will keep serving traffic.' },
    { why: 'a cache, no reader in sight (review)', text: 'In rare cases we will replace the cached value with a fresh one.' },
    { why: 'a program stepping in (review)', text: 'If the heartbeat stops, we will step in and restart the worker.' },
    { why: 'a scheduler\'s classes (review)', text: 'Classes missed during the outage will be made up on the next run of the scheduler.' },
    { why: 'a library\'s design (review)', text: 'Our library keeps your data safe from race conditions by copying on write.' },
  ])('$why: $text', ({ text, path }) => {
    expect(findings('guarantee', text, { path })).toEqual([]);
  });
});

describe('guarantee against capabilities', () => {
  const shop = capabilities(`business: Bike Barn
refunds:
  window: 30d
  conditions: unused items with receipt
warranty: 2y
uptime: 99.5%
`);

  test('"no questions asked" is contradicted by refund conditions', () => {
    expect(findings('guarantee', 'Your money back, no questions asked.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        severity: 'error',
        line: 1,
        column: 1,
        endColumn: 36,
        message:
          '"Your money back, no questions asked" is contradicted: refunds are limited: within 30 days for unused items with receipt (capabilities.yml:4); say "refunds within 30 days for unused items with receipt" instead',
        expected: ['refunds within 30 days for unused items with receipt'],
        declaredAt: 'capabilities.yml:4',
      }),
    ]);
  });

  test('a refund as a remedy is not judged, but its advice names the declared terms', () => {
    const text = 'If you are not happy with your bike, we will refund you.';
    const message = '"we will refund" is an unsubstantiated guarantee promise: its condition is not checked against the declared refunds (within 30 days for unused items with receipt, capabilities.yml:4); say those terms';
    expect(findings('guarantee', text, { capabilities: shop })).toEqual([expect.objectContaining({ verdict: 'unsubstantiated', severity: 'warning', column: 38, endColumn: 52, message })]);
    // With nothing declared, the advice asks for the declaration.
    expect(findings('guarantee', text, { capabilities: capabilities('business: Bike Barn\n') })[0]?.message).toMatch(/declare it in capabilities\.yml$/);
  });

  test('a lifetime warranty is contradicted by a 2-year one', () => {
    expect(findings('guarantee', 'Built to last.\nEvery bike has a lifetime warranty.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        line: 2,
        column: 18,
        message: '"lifetime warranty" is contradicted: warranty is 2y (capabilities.yml:5); say "2-year warranty" instead',
        expected: ['2-year warranty'],
        declaredAt: 'capabilities.yml:5',
      }),
    ]);
  });

  test('a guaranteed uptime above the declared one is contradicted', () => {
    expect(findings('guarantee', 'We guarantee 100% uptime.', { capabilities: shop })).toEqual([
      expect.objectContaining({
        verdict: 'contradicted',
        column: 4,
        message: '"guarantee 100% uptime" is contradicted: uptime is 99.5% (capabilities.yml:6); say "99.5% uptime" instead',
        expected: ['99.5% uptime'],
        declaredAt: 'capabilities.yml:6',
      }),
    ]);
  });

  test('a guarantee of days is a refund promise, not a warranty: not checked against the warranty length', () => {
    const [finding] = findings('guarantee', 'Try it with our 30-day guarantee.', { capabilities: capabilities('business: Bike Barn\nwarranty: 7d\n') });
    expect(finding).toMatchObject({ verdict: 'unsubstantiated', actual: 'guarantee', quantity: null });
    expect(finding.message).not.toMatch(/warranty/);
  });

  test('a shorter warranty than declared is backed: not reported, info with verbose', () => {
    const text = 'A 1-year warranty on every frame.';
    expect(findings('guarantee', text, { capabilities: shop })).toEqual([]);
    expect(findings('guarantee', 'A 90-day limited warranty on every repair.', { capabilities: shop })).toEqual([]);
    expect(findings('guarantee', text, { capabilities: shop, verbose: true })).toEqual([
      expect.objectContaining({
        verdict: 'substantiated',
        severity: 'info',
        column: 3,
        endColumn: 18,
        message: '"1-year warranty" is backed: warranty is 2y (capabilities.yml:5)',
        declaredAt: 'capabilities.yml:5',
      }),
    ]);
  });
});
