#!/usr/bin/env node
// Scores `yishiting classify` against a labelled JSONL corpus (one object a line: id, text, report,
// category, urgent, building; default test/fixtures/corpus/dev.jsonl).
// Usage: node test/bench/score-classify.mjs [CORPUS] [--show N] [--json] [--cmd "npx --no-install yishiting classify"]
// Run it from the project's root. Prints the figures; --show N lists N mistakes of each kind.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  if (i < 0) return dflt
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}
const show = Number(opt('--show', '0'))
const cmd = opt('--cmd', 'npx --no-install yishiting classify')
const asJson = args.includes('--json')
const corpusPath = args.find(a => !a.startsWith('--')) ??
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus', 'dev.jsonl')

const gold = readFileSync(corpusPath, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l))
const input = `${gold.map(g => JSON.stringify({ id: g.id, text: g.text })).join('\n')}\n`
const run = spawnSync('sh', ['-c', cmd], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
if (run.status !== 0) {
  console.error(`classify exited ${run.status}: ${run.stderr.slice(0, 2000)}`)
  process.exit(2)
}
const out = new Map()
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue
  try { const o = JSON.parse(line); out.set(String(o.id), o) } catch { /* counted as missing below */ }
}

let tp = 0, fp = 0, fn = 0, catOk = 0, urgTp = 0, urgFp = 0, urgFn = 0, bldOk = 0, bldN = 0, missing = 0
const mistakes = { fp: [], fn: [], cat: [], urgent: [], building: [] }
for (const g of gold) {
  const o = out.get(String(g.id))
  if (!o || o.error) { missing++; if (g.report) fn++; continue }
  if (g.report && o.report) {
    tp++
    if (o.category === g.category) catOk++
    else mistakes.cat.push(`${g.id} want ${g.category} got ${o.category}: ${g.text}`)
  } else if (!g.report && o.report) { fp++; mistakes.fp.push(`${g.id} (${o.category}) ${g.text}`) }
  else if (g.report && !o.report) { fn++; mistakes.fn.push(`${g.id} (${g.category}) ${g.text}`) }
  const gu = g.report && g.urgent, ou = Boolean(o.report && o.urgent)
  if (gu && ou) urgTp++
  else if (!gu && ou) { urgFp++; mistakes.urgent.push(`${g.id} false alarm: ${g.text}`) }
  else if (gu && !ou) { urgFn++; mistakes.urgent.push(`${g.id} missed urgent: ${g.text}`) }
  if (g.building) {
    bldN++
    if (o.building === g.building) bldOk++
    else mistakes.building.push(`${g.id} want ${g.building} got ${o.building}: ${g.text}`)
  }
}
const r = (a, b) => (b ? a / b : 1)
const fig = {
  messages: gold.length,
  missing,
  report_precision: r(tp, tp + fp),
  report_recall: r(tp, tp + fn),
  report_f1: r(2 * tp, 2 * tp + fp + fn),
  category_accuracy: r(catOk, tp),
  urgent_recall: r(urgTp, urgTp + urgFn),
  urgent_precision: r(urgTp, urgTp + urgFp),
  building_exact: r(bldOk, bldN),
}
if (asJson) console.log(JSON.stringify(fig))
else {
  for (const [k, v] of Object.entries(fig)) console.log(`${k.padEnd(18)} ${typeof v === 'number' && v <= 1 && k !== 'messages' && k !== 'missing' ? v.toFixed(3) : v}`)
  if (show > 0) {
    for (const [kind, list] of Object.entries(mistakes)) {
      if (!list.length) continue
      console.log(`\n# ${kind} (${list.length})`)
      for (const m of list.slice(0, show)) console.log(`  ${m.replace(/\n/g, ' ⏎ ')}`)
    }
  }
}
