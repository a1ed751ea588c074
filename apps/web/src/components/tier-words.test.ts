import { describe, expect, it } from 'vitest';
import { tierWordsOf } from './tier-words.ts';

const words = tierWordsOf([
  { id: 'elite', name: 'Elite Partner' },
  { id: 'gold', name: 'Gold' },
  { id: 'member', name: 'Member' },
]);

describe('tier words from the published policy', () => {
  it('name a tier as the policy does, and no tier in one spelling', () => {
    expect(words.name('elite')).toBe('Elite Partner');
    expect(words.name('none')).toBe('no tier');
    expect(words.name(null)).toBe('no tier');
    expect(words.name('premier')).toBe('Premier');
  });

  it('order ids as the policy does: highest first, unknown after, none last; a CRM’s case does not matter', () => {
    expect(words.order(['none', 'member', 'premier', 'gold', 'elite'])).toEqual([
      'elite',
      'gold',
      'member',
      'premier',
      'none',
    ]);
    expect(words.rank('GOLD')).toBe(1);
  });

  it('before the policy arrives: names from ids, alphabetical order', () => {
    const none = tierWordsOf([]);
    expect(none.name('gold')).toBe('Gold');
    expect(none.order(['silver', 'none', 'gold'])).toEqual(['gold', 'silver', 'none']);
  });
});
