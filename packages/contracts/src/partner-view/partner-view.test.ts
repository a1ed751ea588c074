import { describe, expect, it } from 'vitest';
import { isInternalHealthReason } from './health-reasons.ts';
import { internalFields, withheldFields } from './internal-fields.ts';
import { internalFieldPaths, toPartnerView } from './partner-view.ts';

const row = {
  externalId: 'P-X',
  name: 'Partner X',
  revenue: 100,
  health: 'at-risk',
  healthReasons: [
    'no activity for 133 days',
    'champion departed (Jordan Reyes left 2026-06-01)',
    'satisfaction 3/10',
    'QBR overdue (none held)',
  ],
  satisfaction: 3,
  readiness: { tier: 'gold', composite: 71.5 },
};
const page = {
  items: [row, { ...row, externalId: 'P-Y' }],
  people: [{ name: 'Jordan Reyes', is_champion: true, nested: { isChampion: true, notes: 'internal' } }],
  total: 2,
};

describe('the partner view of an answer', () => {
  it('drops every internal field wherever it occurs, and keeps the rest as it was', () => {
    const view = toPartnerView(page, { shareHealth: false });
    expect(view).toEqual({
      items: [
        { externalId: 'P-X', name: 'Partner X', revenue: 100, readiness: { tier: 'gold', composite: 71.5 } },
        { externalId: 'P-Y', name: 'Partner X', revenue: 100, readiness: { tier: 'gold', composite: 71.5 } },
      ],
      people: [{ name: 'Jordan Reyes', nested: {} }],
      total: 2,
    });
    expect(internalFieldPaths(view, { shareHealth: false })).toEqual([]);
    // The value it was made from is untouched (the server may cache it).
    expect(page.items[0]!.health).toBe('at-risk');
  });

  it('with health shared: the state and the reasons that carry nothing else internal', () => {
    const view = toPartnerView(row, { shareHealth: true });
    expect(view.health).toBe('at-risk');
    expect(view.healthReasons).toEqual(['no activity for 133 days', 'QBR overdue (none held)']);
    expect('satisfaction' in view).toBe(false);
    expect(internalFieldPaths(view, { shareHealth: true })).toEqual([]);
    // Shared health is still internal for an org that does not share it.
    expect(internalFieldPaths(view, { shareHealth: false })).toEqual(['health', 'healthReasons']);
  });

  it('names the path of every internal field and internal reason it finds', () => {
    expect(internalFieldPaths(page, { shareHealth: true })).toEqual([
      'items[0].healthReasons[1]',
      'items[0].healthReasons[2]',
      'items[0].satisfaction',
      'items[1].healthReasons[1]',
      'items[1].healthReasons[2]',
      'items[1].satisfaction',
      'people[0].is_champion',
      'people[0].nested.isChampion',
      'people[0].nested.notes',
    ]);
  });

  it('withholds health only while the org does not share it', () => {
    expect([...withheldFields({ shareHealth: false })].sort()).toEqual(Object.keys(internalFields).sort());
    expect(withheldFields({ shareHealth: true }).has('health')).toBe(false);
    expect(withheldFields({ shareHealth: true }).has('satisfaction')).toBe(true);
    expect(withheldFields({ shareHealth: true }).has('is_champion')).toBe(true);
  });

  it('tells the health reasons that carry a champion or a satisfaction figure', () => {
    expect(isInternalHealthReason('champion departed (Jordan Reyes left 2026-06-01)')).toBe(true);
    expect(isInternalHealthReason('satisfaction 3/10')).toBe(true);
    expect(isInternalHealthReason('no executive relationship')).toBe(false);
    expect(isInternalHealthReason('open pipeline $400K')).toBe(false);
  });
});
