import { ParseEnglish } from 'parse-english';

/** One parser for the whole process: parse-english keeps no per-document state. */
export const english = new ParseEnglish();
