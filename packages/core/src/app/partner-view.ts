/**
 * What a caller may receive. Partner users get the partner view of every answer — the same value
 * without the vendor's internal fields (the one list: @trellis/contracts, partner-view/) — and
 * the partner edition of their review; staff get everything and choose the edition. The server
 * applies `answerFor` to every answer of every route, in one place (apps/server/src/http/route.ts).
 */
import {
  type DocumentEdition,
  type PartnerViewOptions,
  toPartnerView,
  withheldFields,
} from '@trellis/contracts';
import { AppError } from '../errors.ts';
import type { Caller } from './accounts/caller.ts';

/** The partner view `caller` is held to, or null for staff (who see everything). */
export const partnerViewOf = (caller: Caller): PartnerViewOptions | null =>
  caller.role === 'partner' ? { shareHealth: caller.partner?.seesHealth ?? false } : null;

/** `value` as `caller` may receive it. */
export const answerFor = <T>(caller: Caller, value: T): T => {
  const view = partnerViewOf(caller);
  return view ? toPartnerView(value, view) : value;
};

/**
 * A partner user may not filter or sort by an internal field either: `?health=at-risk` answering
 * one row or none, or `people?is_champion=true`, would tell what the answer leaves out. Refused
 * whatever the route (a range filter's `_from` / `_to` and `sort=-field` included).
 */
export const checkPartnerQuery = (caller: Caller, query: Record<string, unknown>): void => {
  const view = partnerViewOf(caller);
  if (!view) return;
  const withheld = withheldFields(view);
  const named = Object.entries(query).flatMap(([k, v]) => [
    k.replace(/_(from|to)$/, ''),
    ...(k === 'sort' && typeof v === 'string' ? [v.replace(/^-/, '')] : []),
  ]);
  const internal = named.filter((n) => withheld.has(n));
  if (internal.length)
    throw new AppError(
      'FORBIDDEN',
      `Partner users may not filter or sort by ${internal.join(', ')}: it is the vendor's internal view`,
      internal.map((n) => ({ field: `query.${n}`, reason: 'internal to the vendor' })),
    );
};

/** The edition of a partner's review `caller` gets: staff choose (internal by default); partner users get theirs. */
export const documentEditionFor = (caller: Caller, asked?: DocumentEdition): DocumentEdition => {
  if (caller.role !== 'partner') return asked ?? 'internal';
  if (asked === 'internal')
    throw new AppError(
      'FORBIDDEN',
      'Partner users get the partner edition of their review; the internal edition is for staff',
    );
  return 'partner';
};
