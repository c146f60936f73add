// A category as staff type it in #改类 / #登记: its code (drainage), its display name (下水排污),
// or a short form of the name whose characters all occur in exactly one display name (排水).
import type { CategoryName } from '../deps.js';

export type CategoryMatch = { ok: true; category: CategoryName } | { ok: false };

export function findCategory(categories: readonly CategoryName[], typed: string): CategoryMatch {
  const text = typed.trim();
  if (text === '') return { ok: false };
  const exact = categories.find((c) => c.code === text.toLowerCase() || c.name === text);
  if (exact) return { ok: true, category: exact };
  const chars = [...text];
  const near = categories.filter((c) => c.name.includes(text) || chars.every((ch) => c.name.includes(ch)));
  return near.length === 1 ? { ok: true, category: near[0]! } : { ok: false };
}
