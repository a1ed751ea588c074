/**
 * The one formatting module: every renderer (Markdown, terminal, API text, later HTML and the web
 * app) prints numbers through these functions, so the same value reads the same everywhere.
 * Rounding is half up on the decimal value (docs/metrics.md, "Scores and rounding").
 */

/**
 * Rounds half up to one decimal. Works on the decimal value, so 2.25 → 2.3 and 2.35 → 2.4 even
 * where binary floating point stores them as 2.2499… or 2.3499….
 */
export const roundHalfUp1 = (value: number): number => {
  const scaled = value * 10;
  const nearest = Math.round(scaled);
  // Treat anything within 1e-9 of a .5 boundary as on it, then round away from zero.
  const floor = Math.floor(scaled);
  if (Math.abs(scaled - floor - 0.5) < 1e-9) return (floor + 1) / 10;
  return nearest / 10;
};

/** A score as printed: one decimal, half up ("2.7"). */
export const formatScore = (value: number): string => roundHalfUp1(value).toFixed(1);

const trimZero = (s: string) => (s.endsWith('.0') ? s.slice(0, -2) : s);

/** $8M, $2.5M, $1.2M, $990K, $50K, $12.5K, $0 — the compact form, from integer cents, rounding half up once. */
export const formatMoneyShort = (cents: number): string => {
  const dollars = Math.round(cents) / 100;
  const sign = dollars < 0 ? '-' : '';
  const abs = Math.abs(dollars);
  const thousands = abs / 1_000;
  // Switch to millions where thousands would print as 1000K or more.
  if (Math.round(thousands) >= 1000) return `${sign}$${trimZero(roundHalfUp1(abs / 1_000_000).toFixed(1))}M`;
  if (thousands >= 100) return `${sign}$${Math.round(thousands)}K`;
  if (abs >= 1000) return `${sign}$${trimZero(roundHalfUp1(thousands).toFixed(1))}K`;
  return `${sign}$${Math.round(abs)}`;
};

/** The compact money form of an amount in dollars (report JSON carries dollars). */
export const usdShort = (dollars: number): string => formatMoneyShort(Math.round(dollars * 100));

/** A share 0–1 as a whole percent: 0.456 → "46%". */
export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;

/** A share that may be unknown: "46%" or "n/a". */
export const pct = (share: number | null): string => (share === null ? 'n/a' : formatPercent(share));

/** A one-decimal figure that may be unknown: "8.8" or "n/a". */
export const num1 = (x: number | null): string => (x === null ? 'n/a' : formatScore(x));

/** "gold" → "Gold": an id or enum word as people read it. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The published tiers, highest first. */
export const TIER_ORDER: readonly string[] = ['platinum', 'gold', 'silver', 'bronze'];

/** The one spelling of a partner without a tier, in documents and on screen alike. */
export const NO_TIER = 'no tier';

/**
 * A tier id as its name: the policy's name when its tiers are given ({ id, name }, as
 * GET …/readiness/policies/:version/tiers sends them), else the id capitalised ("Gold"); "no tier" for none.
 */
export const tierName = (
  tier: string | null | undefined,
  tiers?: readonly { id: string; name: string }[],
): string => (tier ? (tiers?.find((t) => t.id === tier)?.name ?? capitalise(tier)) : NO_TIER);

/**
 * Where a tier sorts: highest first, unknown tiers after the published ones, none last. `order`:
 * the policy's tier ids, highest first.
 */
export const tierRank = (tier: string | null | undefined, order: readonly string[] = TIER_ORDER): number => {
  if (!tier) return order.length + 1;
  const i = order.indexOf(tier);
  return i < 0 ? order.length : i;
};

/** "1 deal", "3 deals". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "+0.3", "−0.2", "0.0": a change of score, one decimal, with its sign. */
export const formatDelta = (delta: number): string => {
  const r = roundHalfUp1(delta);
  if (r === 0) return '0.0';
  return r > 0 ? `+${formatScore(r)}` : `−${formatScore(-r)}`;
};

/** "1,234": counts with a thousands separator. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "30 Sep 2026" from an ISO date (the calendar day as written: no time zone shifts it) or the date
 * part of an ISO timestamp; "—" for none.
 */
export const formatDate = (iso: string | null | undefined): string => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return '—';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
};

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** Whole days from `today` to `due` (negative when past), both ISO dates. */
export const daysUntil = (due: string, today: string): number => dayNumber(due) - dayNumber(today);

/** "due today", "in 12 days", "14 days overdue". */
export const formatDue = (due: string, today: string): string => {
  const days = daysUntil(due, today);
  if (days === 0) return 'due today';
  return days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} overdue`;
};

/** "812 B", "4.2 KB", "37 MB": file sizes. */
export const formatBytes = (n: number): string => {
  if (n < 1024) return `${n} B`;
  const kb = n / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
};
