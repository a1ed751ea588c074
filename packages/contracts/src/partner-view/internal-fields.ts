/**
 * The vendor's internal view of a partner, which a partner user never receives (UI.md: a partner
 * user sees Trellis as their own portal, "none of the vendor's internal view of them"). This is
 * the one list: the server shapes every answer to a partner user with it, its final guard refuses
 * an answer that still carries one, the partner edition of the review is built without them, and
 * the test that walks every route a partner user may call checks against it.
 *
 * Each entry says where the field occurs and why it is internal.
 */
export const internalFields = {
  health: 'performance rows: the vendor’s judgement of the relationship (engaged, passive, at-risk, dormant)',
  healthReasons: 'performance rows: why — idle days, risks, the relationship’s notes (champion departed …)',
  satisfaction: 'performance rows: the partner’s answer to the vendor’s satisfaction survey',
  avgSatisfaction: 'program aggregates: the mean of every partner’s satisfaction answer',
  is_champion: 'people records: the vendor’s tag on a partner’s person as its champion',
  isChampion: 'the same tag in camelCase, wherever a shape carries it',
  champion: 'the same tag as a relationship role',
  championDeparted: 'partner facts: the champion who left, a health risk',
  comment: 'surveys records: the partner’s free-text answer, read by the vendor only',
  notes: 'meetings records and briefs: the vendor’s own notes',
} as const satisfies Record<string, string>;

export type InternalField = keyof typeof internalFields;

/**
 * A shape as its reader may receive it: the internal fields may be absent (a partner user's has
 * none of them, except health when their org shares it), everything else is as it was.
 */
export type PartnerView<T> = Omit<T, InternalField> & Partial<Pick<T, Extract<keyof T, InternalField>>>;

/**
 * What the org setting `shareHealthWithPartners` lets partner users see of their own partner: the
 * health state and its reasons — never the reasons that carry another internal field
 * (`isInternalHealthReason`), never satisfaction figures, champion tags or notes.
 */
export const shareableHealthFields = ['health', 'healthReasons'] as const satisfies readonly InternalField[];

/** How much of the internal view a partner user's org shares with them. */
export interface PartnerViewOptions {
  /** The org setting `shareHealthWithPartners`. */
  shareHealth: boolean;
}

/** The keys a partner user must not receive, given what their org shares. */
export const withheldFields = (o: PartnerViewOptions): ReadonlySet<string> =>
  new Set(
    Object.keys(internalFields).filter(
      (k) => !(o.shareHealth && (shareableHealthFields as readonly string[]).includes(k)),
    ),
  );
