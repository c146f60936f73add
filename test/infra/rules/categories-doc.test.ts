// docs/categories.md lists the stable category codes; the default rules must define exactly those.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../src/infra/rules/load-rules.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('docs/categories.md', () => {
  it('names exactly the category codes of the default rules', () => {
    const doc = readFileSync(path.join(root, 'docs/categories.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
    const defined = loadRules(path.join(root, 'rules'))
      .categories.map((c) => c.code)
      .sort();
    expect(documented.length).toBeGreaterThan(10);
    expect(defined).toEqual(documented);
  });
});
