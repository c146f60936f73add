// Prints the pass rate of every metamorphic transformation (see metamorphic.test.ts) and of the
// urgency probes (urgency-probes.test.ts).
// Usage: npm run metamorphic [-- --show N]
import { categoryRates } from './category-probes.js';
import { framedRates, rescueUnderWay } from './metamorphic-frames.js';
import { notNewRates } from './metamorphic-not-new.js';
import { resolvedRates } from './metamorphic-resolved.js';
import { rates } from './metamorphic-variants.js';
import { calmingRates, urgencyRates } from './urgency-probes.js';

const i = process.argv.indexOf('--show');
const show = i >= 0 ? Number(process.argv[i + 1]) : 0;
const over = resolvedRates();
const frames = framedRates();
const notNew = notNewRates();
for (const [name, r] of [
  ...Object.entries(rates()),
  ...Object.entries(over.keeps),
  ...Object.entries(frames.keeps),
  ...Object.entries(notNew.keeps),
]) {
  console.log(`${name.padEnd(14)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
const u = urgencyRates();
for (const [name, r] of Object.entries(u.recall)) {
  console.log(`urgent: ${name.padEnd(42)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
console.log(`urgency probes: recall ${u.urgentRecall.toFixed(3)}, precision ${u.urgentPrecision.toFixed(3)}`);
for (const f of u.falseAlarms.slice(0, show)) console.log(`    false alarm: ${f}`);
for (const [name, r] of Object.entries(calmingRates())) {
  console.log(`calm: ${name.padEnd(12)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
for (const [name, r] of [...Object.entries(over.calming), ...Object.entries(frames.calming), ...Object.entries(notNew.calming)]) {
  console.log(`calm: ${name.padEnd(12)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
const rescue = rescueUnderWay();
console.log(`urgent: rescue under way ${(rescue.pass / rescue.total).toFixed(3)}  (${rescue.pass}/${rescue.total})`);
for (const f of rescue.failures.slice(0, show)) console.log(`    ${f}`);
const cats = categoryRates();
for (const [name, r] of [...Object.entries(cats.categories), ...Object.entries(cats.boundaries)]) {
  console.log(`category: ${name.padEnd(44)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
