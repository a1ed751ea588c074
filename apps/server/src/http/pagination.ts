import { z } from 'zod';

/** Offset pagination shared by every list: `limit` (1–500, default 50) and `offset`. */
export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('items per page (1–500)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
};

/** Every list answers `{ items, total, limit, offset }`. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const paged = <T>(r: { items: T[]; total: number }, q: { limit: number; offset: number }) => ({
  items: r.items,
  total: r.total,
  limit: q.limit,
  offset: q.offset,
});
