// nodejs-jieba behind the Segmenter interface. Every rule term is added to jieba's user
// dictionary so that 充电桩, 楼道灯, 化粪池 come out as single tokens. jieba's dictionary is
// process-wide (a native singleton): terms added for one rule set stay for the process.
//
// Memory: jieba's full main dictionary (349k words) costs ~240 MB RSS. The classifier only needs
// word boundaries around rule terms (which are all inserted), so we load the main dictionary
// without its rare words (frequency < 50: 52k words remain, ~35 MB) and tiny idf/stop-word files
// (they only serve keyword extraction, which we do not use).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cut, DEFAULT_DICT, DEFAULT_HMM_DICT, DEFAULT_USER_DICT, insertWord, load } from 'nodejs-jieba';
import type { Segmenter } from '../core/classify/types.js';
import type { Rules } from '../core/classify/rules.js';
import { allRuleTerms } from './rules/load-rules.js';

const MIN_FREQUENCY = 50;
let loaded = false;

/** Load jieba once per process with the trimmed main dictionary (before the first cut). */
function loadJiebaDictionary(): void {
  if (loaded) return;
  loaded = true;
  const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-jieba-'));
  try {
    const dict = path.join(dir, 'dict.utf8');
    const words = readFileSync(DEFAULT_DICT, 'utf8')
      .split('\n')
      .filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
    writeFileSync(dict, `${words.join('\n')}\n`);
    // cppjieba refuses empty files, so one line each.
    writeFileSync(path.join(dir, 'idf.utf8'), '的 1.0\n');
    writeFileSync(path.join(dir, 'stop.utf8'), '的\n');
    load({ dict, hmmDict: DEFAULT_HMM_DICT, userDict: DEFAULT_USER_DICT, idfDict: path.join(dir, 'idf.utf8'), stopWordDict: path.join(dir, 'stop.utf8') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A segmenter whose dictionary knows every term in `rules`. */
export function createJiebaSegmenter(rules: Rules): Segmenter {
  loadJiebaDictionary();
  for (const term of allRuleTerms(rules)) {
    // jieba works on words; whitespace or symbols-only terms are matched by substring anyway.
    if (/\s/.test(term)) continue;
    insertWord(term);
  }
  return { cut: (text) => cut(text) };
}
