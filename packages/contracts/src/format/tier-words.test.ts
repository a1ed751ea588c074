import { describe, expect, it } from 'vitest';
import { programAboveReadiness, programTierText, readinessTierText, tierReviewText } from './tier-words.ts';

describe('program tier and readiness tier', () => {
  it('say which tier they name', () => {
    expect(programTierText('Gold')).toBe('program tier Gold');
    expect(programTierText(null)).toBe('no program tier');
    expect(readinessTierText('bronze')).toBe('readiness tier Bronze');
    expect(readinessTierText(null)).toBe('no readiness tier');
  });

  it('flag a program tier above the readiness tier, in any letter case; no readiness tier is below Bronze', () => {
    expect(programAboveReadiness('Gold', 'bronze')).toBe(true);
    expect(programAboveReadiness('GOLD', null)).toBe(true);
    expect(programAboveReadiness('Bronze', null)).toBe(true);
    expect(programAboveReadiness('Gold', 'gold')).toBe(false);
    expect(programAboveReadiness('Silver', 'gold')).toBe(false);
    expect(programAboveReadiness(null, 'gold')).toBe(false);
    expect(programAboveReadiness(null, null)).toBe(false);
    // A tier name Trellis does not publish is never compared.
    expect(programAboveReadiness('Premier', null)).toBe(false);
  });

  it('word the review', () => {
    expect(tierReviewText('Gold', 'bronze')).toBe('Gold in the program, ready for Bronze — review');
    expect(tierReviewText('GOLD', null)).toBe('Gold in the program, not ready for any tier — review');
  });

  it('rank and name by the policy’s tiers when given them, not the four of v1', () => {
    const policy = [
      { id: 'elite', name: 'Elite Partner' },
      { id: 'gold', name: 'Gold' },
      { id: 'member', name: 'Member' },
    ];
    const ids = policy.map((t) => t.id);
    expect(programAboveReadiness('Elite', 'gold', ids)).toBe(true);
    expect(programAboveReadiness('Elite', 'gold')).toBe(false); // v1 knows no "elite"
    expect(programAboveReadiness('Member', null, ids)).toBe(true);
    expect(programAboveReadiness('Member', 'member', ids)).toBe(false);
    expect(tierReviewText('Gold', 'elite', policy)).toBe(
      'Gold in the program, ready for Elite Partner — review',
    );
  });
});
