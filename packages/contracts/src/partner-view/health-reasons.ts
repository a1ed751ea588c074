/**
 * Health reasons are stored as the sentences the health rules wrote (the report contract keeps
 * them as text, so that every stored assessment reads the same). Two of them carry another
 * internal field: the departed champion (a relationship role, and a person's name) and the
 * satisfaction answer. When an org shares health with its partners, those two stay internal.
 * The wording comes from packages/core/src/domain/partner-health.ts; a test there checks that
 * every rule's sentence is classified here as it should be.
 */
const INTERNAL_REASONS: readonly RegExp[] = [/^champion\b/i, /^satisfaction\b/i];

export const isInternalHealthReason = (text: string): boolean => INTERNAL_REASONS.some((r) => r.test(text));
