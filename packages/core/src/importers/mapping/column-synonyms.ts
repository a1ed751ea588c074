/**
 * The names CRMs and spreadsheets give the canonical columns, for --infer to match a header and for
 * a rejected header to say "did you mean …?".
 */
/** A header name compared without case or punctuation. */
export const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header names CRMs and spreadsheets use for each canonical column (compared without case or punctuation). */
export const SYNONYMS: Record<string, string[]> = {
  external_id: [
    'id',
    'recordid',
    'externalid',
    'accountid',
    'opportunityid',
    'dealid',
    'projectid',
    'contactid',
    'surveyid',
    'meetingid',
    'activityid',
  ],
  partner_external_id: [
    'partnerid',
    'partneraccountid',
    'partnerexternalid',
    'partner',
    'partnername',
    'associatedcompany',
    'partneraccount',
  ],
  person_external_id: ['personid', 'contactid', 'personexternalid'],
  name: ['name', 'accountname', 'opportunityname', 'dealname', 'fullname', 'contactname', 'partnername'],
  type: ['type', 'partnertype', 'accounttype'],
  tier: ['tier', 'partnertier', 'partnerlevel', 'level'],
  region: ['region', 'billingregion', 'territory', 'geo', 'billingcountry'],
  segment: ['segment', 'customersegment', 'marketsegment'],
  joined_on: ['joinedon', 'partnersince', 'joindate', 'onboardeddate', 'createddate'],
  lifecycle: ['lifecycle', 'status', 'partnerstatus', 'accountstatus'],
  executive_sponsor: ['executivesponsor', 'sponsor'],
  owner: ['owner', 'accountowner', 'partnermanager', 'dealowner'],
  amount: ['amount', 'dealvalue', 'value', 'opportunityamount', 'totalamount', 'acv', 'arr'],
  stage: ['stage', 'dealstage', 'opportunitystage', 'salesstage'],
  created_on: ['createdon', 'createddate', 'createdate', 'datecreated'],
  closed_on: ['closedon', 'closedate', 'closeddate', 'dateclosed'],
  sourced_by_partner: ['sourcedbypartner', 'leadsource', 'originalsource', 'dealsource', 'source'],
  registered: ['registered', 'dealregistration', 'registereddeal'],
  customer: ['customer', 'client', 'account', 'customername'],
  started_on: ['startedon', 'startdate', 'kickoffdate'],
  planned_live_on: ['plannedliveon', 'plannedgolive', 'plannedenddate'],
  actual_live_on: ['actualliveon', 'actualgolive', 'actualenddate'],
  csat: ['csat', 'customersatisfaction'],
  defects: ['defects', 'defectcount', 'bugs'],
};

/** Edit distance of two short strings (insertions, deletions, substitutions). */
const distance = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
};

/**
 * The one of `columns` that `name` most likely means: the same name in another letter case or
 * punctuation, a known synonym, or a near spelling (a typo, `joined_at` for `joined_on`).
 */
export const suggestColumn = (columns: readonly string[], name: string): string | undefined => {
  const k = key(name);
  if (k === '') return undefined;
  const exact = columns.find((c) => key(c) === k || SYNONYMS[c]?.includes(k));
  if (exact) return exact;
  const near = columns
    .map((c) => ({ c, d: distance(key(c), k) }))
    .filter(({ c, d }) => d <= Math.min(2, Math.floor(key(c).length / 3)))
    .sort((a, b) => a.d - b.d);
  return near[0]?.c;
};
