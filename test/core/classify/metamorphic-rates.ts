// Prints the pass rate of every metamorphic transformation (see metamorphic.test.ts).
// Usage: npm run metamorphic [-- --show N]
import { rates } from './metamorphic-variants.js';

const i = process.argv.indexOf('--show');
const show = i >= 0 ? Number(process.argv[i + 1]) : 0;
for (const [name, r] of Object.entries(rates())) {
  console.log(`${name.padEnd(14)} ${(r.pass / r.total).toFixed(3)}  (${r.pass}/${r.total})`);
  for (const f of r.failures.slice(0, show)) console.log(`    ${f}`);
}
