// nodejs-jieba behind the Segmenter interface. Every rule term is added to jieba's user
// dictionary so that 充电桩, 楼道灯, 化粪池 come out as single tokens. jieba's dictionary is
// process-wide (a native singleton): terms added for one rule set stay for the process.
//
// Memory: jieba's full main dictionary (349k words) costs ~240 MB RSS. The classifier only needs
// word boundaries around rule terms (which are all inserted), so we load the main dictionary
// without its rare words (frequency < 200: 24k words remain, ~12 MB; at < 50, 52k words cost
// ~34 MB and labelled 2,061 corpus messages the same) and tiny idf/stop-word files (they only
// serve keyword extraction, which we do not use). Much further (< 1000) the rarer compounds that
// keep a term from matching across a word boundary (西门进) go, and labels change.
//
// Start-up: trimming the dictionary (splitting and filtering 349k lines) took about a second of
// every start, so the trimmed files are kept in the file cache, keyed by the source dictionary.
// We cut with HMM off (cut(text, false): unknown runs stay single characters), so jieba never
// reads its HMM model after loading it; parsing the shipped one (520 kB) cost ~13 ms of CPU per
// start, so it loads a model cut down to one emission per state instead.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Rules } from '../core/classify/rules.js';
import type { Segmenter } from '../core/classify/types.js';
import { type FileCache, fileCache, hashOf } from './file-cache.js';
import { createWordPairs, type WordPairs } from './jieba-boundaries.js';
import { jiebaNative } from './jieba-native.js';
import { createToSimplified } from './to-simplified.js';
import { allRuleTerms } from '../core/classify/all-rule-terms.js';

const MIN_FREQUENCY = 200;
let loaded = false;

// What jieba's dictionary holds, for the boundaries that are certain without cutting
// (jieba-boundaries.ts): the dictionary files (read when first needed), and the text of those
// that do not stay on disk and the words inserted before that. Then kept up to date.
const dictionaryFiles: string[] = [];
const dictionaryTexts: string[] = [];
let pairs: WordPairs | null | undefined;

/** The word pairs of jieba's dictionary, or null when its files cannot be read. */
function wordPairs(): WordPairs | null {
  if (pairs !== undefined) return pairs;
  try {
    const built = createWordPairs();
    for (const file of dictionaryFiles) built.addFields(readFileSync(file, 'utf8'));
    for (const text of dictionaryTexts.splice(0)) built.addFields(text);
    pairs = built;
  } catch {
    pairs = null;
  }
  return pairs;
}

/** Insert a word into jieba's dictionary, and its pairs into theirs. */
function insertWord(word: string): void {
  jiebaNative().insertWord(word);
  if (pairs === undefined) dictionaryTexts.push(word);
  else pairs?.add(word);
}

/** Load jieba once per process with the trimmed main dictionary (before the first cut). */
function loadJiebaDictionary(): void {
  if (loaded) return;
  loaded = true;
  const jieba = jiebaNative();
  const source = statSync(jieba.dicts.dict);
  const key = hashOf(jieba.dicts.dict, String(source.size), String(source.mtimeMs), String(MIN_FREQUENCY));
  const hmm = statSync(jieba.dicts.hmm);
  const hmmKey = hashOf(jieba.dicts.hmm, String(hmm.size), String(hmm.mtimeMs));
  const files = (cache: FileCache) => ({
    dict: cache.file(`jieba-dict-${key}.utf8`, () => trimmed(jieba.dicts.dict)),
    hmm: cache.file(`jieba-hmm-${hmmKey}.utf8`, () => unusedHmm(jieba.dicts.hmm)),
    // cppjieba refuses empty files, so one line each.
    idf: cache.file('jieba-idf.utf8', () => '的 1.0\n'),
    stop: cache.file('jieba-stop.utf8', () => '的\n'),
  });
  let f = files(fileCache());
  let scratch: string | null = null;
  if (!f.dict || !f.hmm || !f.idf || !f.stop) {
    // No usable cache directory: build the files for this load only.
    scratch = mkdtempSync(path.join(tmpdir(), 'yishiting-jieba-'));
    f = files(fileCache(scratch));
  }
  try {
    jieba.load(f.dict!, f.hmm!, jieba.dicts.user, f.idf!, f.stop!);
    dictionaryFiles.push(jieba.dicts.user);
    if (scratch) dictionaryTexts.push(readFileSync(f.dict!, 'utf8'));
    else dictionaryFiles.push(f.dict!);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The main dictionary without its rare words. */
function trimmed(file: string): string {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
  return `${lines.join('\n')}\n`;
}

/**
 * The HMM model with its start and transition probabilities and only the first emission of each
 * state (B, E, M, S): a valid model for cppjieba to load, never used with HMM off.
 */
function unusedHmm(file: string): string {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
  return `${[...lines.slice(0, 5), ...lines.slice(5, 9).map((l) => l.split(',')[0])].join('\n')}\n`;
}

/** A segmenter whose dictionary knows every term in `rules`. */
export function createJiebaSegmenter(rules: Rules): Segmenter {
  loadJiebaDictionary();
  const jieba = jiebaNative();
  for (const term of allRuleTerms(rules)) {
    // jieba works on words; whitespace or symbols-only terms are matched by substring anyway.
    if (/\s/.test(term)) continue;
    insertWord(term);
  }
  return {
    cut: (text) => jieba.cut(text, false),
    toSimplified: createToSimplified(),
    splitsAt: (text, at) => wordPairs()?.splitsAt(text, at) ?? false,
  };
}
