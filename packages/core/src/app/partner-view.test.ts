import { describe, expect, it } from 'vitest';
import type { Caller } from './accounts/caller.ts';
import { orgSettingsOf } from './org-settings/org-settings-of.ts';
import { answerFor, checkPartnerQuery, documentEditionFor, partnerViewOf } from './partner-view.ts';

const owner: Caller = { orgId: 'demo', role: 'owner', label: 'owner' };
const partnerUser = (seesHealth: boolean): Caller => ({
  orgId: 'demo',
  role: 'partner',
  label: 'partner',
  partner: { id: 1, externalId: 'P-A', seesHealth },
});
const row = {
  name: 'Partner A',
  health: 'at-risk',
  healthReasons: ['satisfaction 3/10', 'QBR overdue'],
  satisfaction: 3,
};

describe('what a caller may receive', () => {
  it('staff get the answer as it is; partner users the partner view', () => {
    expect(answerFor(owner, row)).toBe(row);
    expect(answerFor(partnerUser(false), row)).toEqual({ name: 'Partner A' });
    expect(answerFor(partnerUser(true), row)).toEqual({
      name: 'Partner A',
      health: 'at-risk',
      healthReasons: ['QBR overdue'],
    });
    expect(partnerViewOf(owner)).toBeNull();
  });

  it('the review: staff choose (internal by default); a partner user gets the partner edition only', () => {
    expect(documentEditionFor(owner)).toBe('internal');
    expect(documentEditionFor(owner, 'partner')).toBe('partner');
    expect(documentEditionFor(partnerUser(true))).toBe('partner');
    expect(documentEditionFor(partnerUser(true), 'partner')).toBe('partner');
    expect(() => documentEditionFor(partnerUser(true), 'internal')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

describe('filters and sorts of a partner user', () => {
  it('refuses an internal field as a filter, a range or a sort key; the rest and staff pass', () => {
    const refused = (caller: Caller, q: Record<string, unknown>) => {
      try {
        checkPartnerQuery(caller, q);
        return null;
      } catch (err) {
        return (err as { code: string }).code;
      }
    };
    expect(refused(partnerUser(false), { is_champion: 'true' })).toBe('FORBIDDEN');
    expect(refused(partnerUser(false), { health: 'at-risk' })).toBe('FORBIDDEN');
    expect(refused(partnerUser(false), { satisfaction_from: '1' })).toBe('FORBIDDEN');
    expect(refused(partnerUser(false), { sort: '-satisfaction' })).toBe('FORBIDDEN');
    expect(refused(partnerUser(true), { health: 'at-risk', sort: 'health' })).toBeNull();
    expect(refused(partnerUser(true), { sort: 'satisfaction' })).toBe('FORBIDDEN');
    expect(refused(partnerUser(false), { q: 'champion', sort: '-name', limit: 5 })).toBeNull();
    expect(refused(owner, { is_champion: 'true', sort: '-health' })).toBeNull();
  });
});

describe('org settings as stored', () => {
  it('take their defaults when never set, and a broken value shares nothing', () => {
    expect(orgSettingsOf({})).toEqual({ shareHealthWithPartners: false });
    expect(orgSettingsOf(null)).toEqual({ shareHealthWithPartners: false });
    expect(orgSettingsOf({ shareHealthWithPartners: true, other: 1 })).toEqual({
      shareHealthWithPartners: true,
    });
    expect(orgSettingsOf({ shareHealthWithPartners: 'yes' })).toEqual({ shareHealthWithPartners: false });
  });
});
