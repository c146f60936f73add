import { describe, expect, it } from 'vitest';
import { readCorpus, realClassifier, score } from './real-classifier.js';

// The acceptance thresholds of issue 2, on the development corpus and on our own second set
// (written in different wording), with the real rules and the real jieba segmenter.
describe.each(['dev', 'extra'] as const)('the shipped rules on the %s corpus', (name) => {
  const corpus = readCorpus(name);
  const figures = score(corpus, realClassifier().classify);

  it('has enough labelled messages to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    expect(corpus.filter((g) => g.urgent).length).toBeGreaterThanOrEqual(8);
  });

  it('finds reports with precision ≥ 0.95 and recall ≥ 0.92', () => {
    expect(figures.reportPrecision, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(figures.reportRecall, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  it('puts ≥ 0.92 of the found reports in the right category', () => {
    expect(figures.categoryAccuracy, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  it('misses no urgent report, with urgent precision ≥ 0.85', () => {
    expect(figures.urgentRecall, figures.mistakes.join('\n')).toBe(1);
    expect(figures.urgentPrecision, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('names the building exactly in ≥ 0.90 of the messages that have one', () => {
    expect(figures.buildingExact, figures.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

// Three more sets of 300, each written by a different author from the spec alone (2026-12-02) and
// scored before any rule was changed for them (tune-a: P .865 R .901 category .903 urgent recall
// .822 precision .804; tune-b: .852 .934 .872 .872 .854; tune-c: .887 .940 .901 .804 .774); the
// rules were then tuned on them (tune-c on its mistakes by cause, not by its wording), so
// they no longer measure generalisation. They pin what was reached, a little below it, so that a
// later change that undoes a fixed class of mistakes fails here.
describe.each([
  ['tune-a', { precision: 0.97, recall: 0.96, category: 0.95, urgentRecall: 1, urgentPrecision: 0.95 }],
  ['tune-b', { precision: 0.97, recall: 0.96, category: 0.94, urgentRecall: 1, urgentPrecision: 0.93 }],
  ['tune-c', { precision: 0.97, recall: 0.97, category: 0.91, urgentRecall: 1, urgentPrecision: 0.95 }],
  // Four more sets of 300 (2026-12-02, second round; same method), scored before tuning at 6972e87:
  // tune-d P .912 R .945 category .885 urgent recall .978 precision .882; tune-e .881 .886 .892 .864
  // .776; tune-f .863 .926 .801 .844 .826; tune-g .865 .925 .899 .848 .813. d and e were tuned on
  // fully, f and g only for a few causes, so their floors are lower.
  ['tune-d', { precision: 0.97, recall: 0.98, category: 0.92, urgentRecall: 1, urgentPrecision: 0.9 }],
  ['tune-e', { precision: 0.95, recall: 0.97, category: 0.93, urgentRecall: 0.97, urgentPrecision: 0.9 }],
  ['tune-f', { precision: 0.86, recall: 0.91, category: 0.81, urgentRecall: 0.9, urgentPrecision: 0.84 }],
  ['tune-g', { precision: 0.86, recall: 0.93, category: 0.92, urgentRecall: 0.93, urgentPrecision: 0.83 }],
  // Three more (2026-12-02, third round: older residents' rambling speech, hotline-style formal
  // complaints, terse young residents' slang), scored before tuning at d6448ae: tune-h P .933 R .956
  // category .889 urgent recall .980 precision .893; tune-i .928 .963 .864 .981 .911; tune-j .899
  // .921 .842 .893 .893. Tuned on by cause (water into electrics, steam from radiators, fallen
  // trees, homes of relatives, figures of speech, others' fixes), not by wording.
  ['tune-h', { precision: 0.93, recall: 0.95, category: 0.9, urgentRecall: 0.98, urgentPrecision: 0.88 }],
  ['tune-i', { precision: 0.93, recall: 0.97, category: 0.88, urgentRecall: 1, urgentPrecision: 0.92 }],
  ['tune-j', { precision: 0.9, recall: 0.93, category: 0.88, urgentRecall: 0.96, urgentPrecision: 0.91 }],
  // A fourth set of that round (an older estate's renters, shopkeepers and riders), kept unseen while
  // the three above were tuned on and scored at f4e25ed: P .929 R .975 category .891 urgent recall
  // .940 precision .870 (at d6448ae, before this round: .929 .975 .872 .940 .870); then tuned on by cause.
  ['tune-k', { precision: 0.92, recall: 0.97, category: 0.9, urgentRecall: 1, urgentPrecision: 0.87 }],
  // One more (young residents' panicked phone typing, and urgent-sounding slang about trivia: 救命
  // about prices, 着火了 about a stock), scored at a7054b4: P .872 R .969 category .892 urgent recall
  // .935 precision .817; then tuned on by cause (救命 as a figure of speech, shows, dog bites, lights full of water).
  ['tune-l', { precision: 0.88, recall: 0.96, category: 0.88, urgentRecall: 0.95, urgentPrecision: 0.86 }],
  // A fourth round (2026-12-03), each set by a fresh author from the spec alone, scored at b87dace
  // before any rule changed for them: tune-m (hard non-reports with complaint words) P .862 R .933
  // category .946 urgent recall 1.000 precision .682; tune-n (every category, faults told without
  // their keyword) .969 .775 .882 1.000 .667; tune-o (90 emergencies in everyday words) .898 .835 .826
  // .822 .881; tune-p (hotline, letters, questions) .920 .889 .931 1.000 .625; tune-q (a new
  // high-rise estate; written as a held-out set, turned into a tuning set mid-round) .867 .873 .896
  // 1.000 .769. Then tuned on by cause.
  ['tune-m', { precision: 0.88, recall: 0.96, category: 0.94, urgentRecall: 0.93, urgentPrecision: 0.75 }],
  ['tune-n', { precision: 0.98, recall: 0.88, category: 0.9, urgentRecall: 0.95, urgentPrecision: 0.72 }],
  ['tune-o', { precision: 0.94, recall: 0.95, category: 0.85, urgentRecall: 0.97, urgentPrecision: 0.93 }],
  ['tune-p', { precision: 0.97, recall: 0.96, category: 0.93, urgentRecall: 0.95, urgentPrecision: 0.68 }],
  ['tune-q', { precision: 0.89, recall: 0.9, category: 0.91, urgentRecall: 0.96, urgentPrecision: 0.73 }],
  // Four sets of that round kept unseen (only their figures were read) while the five above were tuned
  // on, the held-out measure of the round: tune-r (an old estate by an urban village), tune-s (a
  // resettlement estate), tune-t (a southern owners' group that argues in quotes), tune-u (public
  // rental housing in a northern winter). At b87dace, pooled: P .906 R .891 category .922 urgent recall
  // .942 precision .785; after the round's tuning (fbafdc8): .910 .905 .920 .942 .807. Pinned as they
  // stand, never tuned on in that round.
  ['tune-r', { precision: 0.89, recall: 0.87, category: 0.9, urgentRecall: 0.9, urgentPrecision: 0.84 }],
  ['tune-s', { precision: 0.91, recall: 0.89, category: 0.9, urgentRecall: 0.93, urgentPrecision: 0.75 }],
  ['tune-t', { precision: 0.88, recall: 0.88, category: 0.93, urgentRecall: 0.96, urgentPrecision: 0.82 }],
  ['tune-u', { precision: 0.88, recall: 0.9, category: 0.87, urgentRecall: 0.83, urgentPrecision: 0.69 }],
  // Fifth round (2026-12-03), nine new authors. Five sets tuned on by cause, scored first at 3dc4d9e:
  // tune-ja (old Shanghai lane houses) P .937 R .858 category .908 urgent recall .750 precision .846
  // building .233; tune-jb (a Henan resettlement estate) .948 .887 .915 .756 .895 B .750; tune-jc (90
  // emergencies) .949 .908 .887 .833 .915; tune-jd (65% chatter full of complaint words) .733 .947
  // .916 1 .891; tune-je (a Guangzhou village written in Cantonese, written mid-round) .892 .681
  // .782 .529 .804. Pinned as tuning left them.
  ['tune-ja', { precision: 0.94, recall: 0.91, category: 0.92, urgentRecall: 0.97, urgentPrecision: 0.92 }],
  ['tune-jb', { precision: 0.95, recall: 0.9, category: 0.92, urgentRecall: 0.97, urgentPrecision: 0.92 }],
  ['tune-jc', { precision: 0.95, recall: 0.93, category: 0.91, urgentRecall: 0.96, urgentPrecision: 0.94 }],
  ['tune-jd', { precision: 0.75, recall: 0.94, category: 0.94, urgentRecall: 1, urgentPrecision: 0.9 }],
  ['tune-je', { precision: 0.9, recall: 0.83, category: 0.83, urgentRecall: 0.77, urgentPrecision: 0.86 }],
  // Four sets of round five never read in that round: tune-ka (a Chengdu work-unit compound), tune-kb
  // (a Shenzhen high-rise estate), tune-kc (a Shenyang grid group in winter), tune-kd (hotline and
  // message-board letters). Pooled at 3dc4d9e: P .947 R .911 category .901 urgent recall .890
  // precision .847 building .883; .951 .915 .909 .906 .850 .961 when round five ended. Round six read
  // their mistakes and fixed them by cause: .960 .963 .933 .983 .868 .994 at 9fd2af0.
  ['tune-ka', { precision: 0.94, recall: 0.93, category: 0.91, urgentRecall: 0.99, urgentPrecision: 0.92, building: 0.98 }],
  ['tune-kb', { precision: 0.95, recall: 0.95, category: 0.87, urgentRecall: 0.99, urgentPrecision: 0.77, building: 0.98 }],
  ['tune-kc', { precision: 0.95, recall: 0.94, category: 0.95, urgentRecall: 0.94, urgentPrecision: 0.87, building: 0.99 }],
  ['tune-kd', { precision: 0.94, recall: 0.97, category: 0.94, urgentRecall: 0.96, urgentPrecision: 0.87, building: 0.98 }],
  // Round six (2026-12-03): tune-la (a Hangzhou high-rise estate) and tune-lb (a Beijing old estate
  // under renovation, dictated by voice) were scored first (pooled P .967 R .901 category .926 urgent
  // recall .956 precision .916 at 5b51ab9) and then read; tune-lc (Wuhan in the rainy season) and
  // tune-ld (a Shandong resettlement community's grid group) were never read in that round — the
  // held-out measure: .924 .914 .921 .884 .894 building 1 at 5b51ab9, .928 .928 .922 .895 .904 at 9fd2af0.
  ['tune-la', { precision: 0.94, recall: 0.92, category: 0.9, urgentRecall: 0.92, urgentPrecision: 0.9, building: 0.99 }],
  ['tune-lb', { precision: 0.97, recall: 0.87, category: 0.94, urgentRecall: 0.96, urgentPrecision: 0.9, building: 0.99 }],
  ['tune-lc', { precision: 0.93, recall: 0.92, category: 0.9, urgentRecall: 0.86, urgentPrecision: 0.9, building: 0.99 }],
  ['tune-ld', { precision: 0.9, recall: 0.9, category: 0.91, urgentRecall: 0.9, urgentPrecision: 0.88, building: 0.99 }],
  // Round seven (2026-12-04): fourteen new authors, never read before scoring. The rules alone, then
  // with the learned second opinion trained without them (e407037 … 8b4c5f3), pooled P/R/cat/UR/UP:
  // tune-ma…me (Chongqing hillside, Xiamen typhoon, Suzhou new estate, Tianjin grid group, Kunming
  // shops-and-flats) .932 .912 .900 .889 .827 → .934 .948 .916 .951 .833; tune-na…ne (Nanning work-unit
  // compound, Urumqi, Pudong, Haikou retirees, Hefei chatter-heavy) .924 .922 .917 .947 .843 → .925
  // .961 .929 .976 .846; tune-oa…od (formal letters and questions, urgent in plain words, category
  // boundaries, Changchun voice input) .932 .936 .901 .927 .849 → .935 .973 .941 .956 .849. All are
  // now in the model's training data, so these floors sit under what the shipped model reaches on them.
  ['tune-ma', { precision: 0.91, recall: 0.94, category: 0.97, urgentRecall: 0.96, urgentPrecision: 0.92, building: 0.97 }],
  ['tune-mb', { precision: 0.89, recall: 0.96, category: 0.88, urgentRecall: 0.94, urgentPrecision: 0.63, building: 0.98 }],
  ['tune-mc', { precision: 0.94, recall: 0.96, category: 0.92, urgentRecall: 0.96, urgentPrecision: 0.87, building: 0.98 }],
  ['tune-md', { precision: 0.9, recall: 0.96, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.83, building: 0.97 }],
  ['tune-me', { precision: 0.94, recall: 0.88, category: 0.96, urgentRecall: 0.89, urgentPrecision: 0.94, building: 0.98 }],
  ['tune-na', { precision: 0.94, recall: 0.94, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.85, building: 0.94 }],
  ['tune-nb', { precision: 0.92, recall: 0.97, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.87, building: 0.98 }],
  ['tune-nc', { precision: 0.96, recall: 0.94, category: 0.94, urgentRecall: 0.96, urgentPrecision: 0.94, building: 0.98 }],
  ['tune-nd', { precision: 0.91, recall: 0.96, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.84, building: 0.98 }],
  ['tune-ne', { precision: 0.79, recall: 0.96, category: 0.98, urgentRecall: 0.98, urgentPrecision: 0.63, building: 0.98 }],
  ['tune-oa', { precision: 0.94, recall: 0.96, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.83, building: 0.98 }],
  ['tune-ob', { precision: 0.91, recall: 0.97, category: 0.94, urgentRecall: 0.97, urgentPrecision: 0.9, building: 0.98 }],
  ['tune-oc', { precision: 0.91, recall: 0.97, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.82, building: 0.98 }],
  ['tune-od', { precision: 0.91, recall: 0.93, category: 0.93, urgentRecall: 0.94, urgentPrecision: 0.78, building: 0.98 }],
  // tune-pa…pd (Nanjing university staff quarters, Guiyang mountainside resettlement, Qingdao old courtyards,
  // Dongguan rental estate), written last and scored with the shipped model of the 51 files before:
  // rules alone .938 .902 .910 .949 .800 building .982 → with it .941 .952 .944 .989 .806 .982; then added.
  ['tune-pa', { precision: 0.91, recall: 0.94, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.81, building: 0.98 }],
  ['tune-pb', { precision: 0.92, recall: 0.94, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.75, building: 0.98 }],
  ['tune-pc', { precision: 0.91, recall: 0.93, category: 0.92, urgentRecall: 0.93, urgentPrecision: 0.75, building: 0.98 }],
  ['tune-pd', { precision: 0.94, recall: 0.95, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.83, building: 0.98 }],
  // tune-qa…qd, qg (Wuhan work-unit compound, Shenzhen urban village, Harbin winter, Chengdu, Guangzhou in
  // Cantonese): written 2026-12-04 round 8, scored before anything was tuned on them (see README), then fixtures.
  ['tune-qa', { precision: 0.94, recall: 0.94, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.8, building: 0.98 }],
  ['tune-qb', { precision: 0.94, recall: 0.93, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.81, building: 0.97 }],
  ['tune-qc', { precision: 0.92, recall: 0.96, category: 0.88, urgentRecall: 0.98, urgentPrecision: 0.82, building: 0.98 }],
  ['tune-qd', { precision: 0.94, recall: 0.97, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.93, building: 0.98 }],
  ['tune-qg', { precision: 0.95, recall: 0.95, category: 0.9, urgentRecall: 0.95, urgentPrecision: 0.89, building: 0.95 }],
  // tune-qe, qf, ra, rb, rc (Beijing hutong, Xi'an new estate, Zhengzhou resettlement, Hangzhou formal letters,
  // Chongqing/Lanzhou grid group): round 8's held-out sets, scored as pooled figures only until the end of the round.
  ['tune-qe', { precision: 0.94, recall: 0.96, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.93, building: 0.97 }],
  ['tune-qf', { precision: 0.93, recall: 0.96, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.91, building: 0.98 }],
  ['tune-ra', { precision: 0.93, recall: 0.96, category: 0.97, urgentRecall: 0.98, urgentPrecision: 0.91, building: 0.98 }],
  ['tune-rb', { precision: 0.94, recall: 0.95, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.87, building: 0.98 }],
  ['tune-rc', { precision: 0.94, recall: 0.95, category: 0.94, urgentRecall: 0.98, urgentPrecision: 0.81, building: 0.96 }],
  // tune-sa…sd (Changsha, Tianjin notices, Suzhou factory estate, Chongqing high-rise) and tune-ta…td (Jinan,
  // Fuzhou, Taiyuan grid notices, Shenzhen rental lofts): round 8's last held-out sets, never read; scored at the
  // round's start and end only (see README), then fixtures.
  ['tune-sa', { precision: 0.92, recall: 0.95, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.85, building: 0.98 }],
  ['tune-sb', { precision: 0.91, recall: 0.95, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.84, building: 0.97 }],
  ['tune-sc', { precision: 0.94, recall: 0.96, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.88, building: 0.98 }],
  ['tune-sd', { precision: 0.93, recall: 0.96, category: 0.95, urgentRecall: 0.98, urgentPrecision: 0.86, building: 0.98 }],
  ['tune-ta', { precision: 0.95, recall: 0.98, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.91, building: 0.98 }],
  ['tune-tb', { precision: 0.95, recall: 0.95, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.88, building: 0.98 }],
  ['tune-tc', { precision: 0.94, recall: 0.96, category: 0.96, urgentRecall: 0.98, urgentPrecision: 0.87, building: 0.98 }],
  ['tune-td', { precision: 0.94, recall: 0.96, category: 0.93, urgentRecall: 0.98, urgentPrecision: 0.84, building: 0.98 }],
] as const)('the shipped rules on the %s corpus keep what tuning reached', (name, floor) => {
  const corpus = readCorpus(name);
  const figures = score(corpus, realClassifier().classify);
  const why = figures.mistakes.join('\n');

  it('finds reports as well as when the set was tuned on', () => {
    expect(corpus.length).toBe(300);
    expect(figures.reportPrecision, why).toBeGreaterThanOrEqual(floor.precision);
    expect(figures.reportRecall, why).toBeGreaterThanOrEqual(floor.recall);
  });

  it('categorises and flags urgency as well as when the set was tuned on', () => {
    expect(figures.categoryAccuracy, why).toBeGreaterThanOrEqual(floor.category);
    expect(figures.urgentRecall, why).toBeGreaterThanOrEqual(floor.urgentRecall);
    expect(figures.urgentPrecision, why).toBeGreaterThanOrEqual(floor.urgentPrecision);
  });

  it('names the building exactly in ≥ 0.95 of the messages that have one (less only where a set says so)', () => {
    expect(figures.buildingExact, why).toBeGreaterThanOrEqual('building' in floor ? floor.building : 0.95);
  });
});
