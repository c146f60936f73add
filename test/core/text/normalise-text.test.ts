import { describe, expect, it } from 'vitest';
import { nameOrFallback, normaliseName, normaliseText, toAsciiDigits, toWellFormed } from '../../../src/core/text/normalise-text.js';

describe('the edge normaliser', () => {
  it('replaces lone surrogates and keeps real pairs', () => {
    expect(toWellFormed('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('drops zero-width and control characters from text but keeps line breaks', () => {
    expect(normaliseText('3号\u200B楼\uFEFF路灯\u0007坏了\n谢谢')).toBe('3号楼路灯坏了\n谢谢');
  });

  it('gives names one clean line and a fallback when nothing readable is left', () => {
    expect(normaliseName('  张\uD800阿姨 \n ')).toBe('张阿姨');
    expect(nameOrFallback('\u200B\u200D')).toBe('居民');
    expect(nameOrFallback('…')).toBe('居民');
    expect(nameOrFallback('A-3')).toBe('A-3');
    expect(nameOrFallback('🌸🌸')).toBe('🌸🌸');
    expect(nameOrFallback('\uD83D')).toBe('居民');
  });

  it('turns full-width digits into ASCII', () => {
    expect(toAsciiDigits('＃接单１２')).toBe('＃接单12');
  });
});
