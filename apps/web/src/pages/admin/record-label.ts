/**
 * Audit entries name members and tokens by id (a UUID); the page already has the members and
 * tokens lists, so it shows their name or email instead, keeping the id for anything else.
 */
import { useCan } from '../../api/org-path.ts';
import { useMembers, useTokens } from './admin-api.ts';

export const useRecordLabel = () => {
  const can = useCan();
  const members = useMembers(can('members:read'));
  const tokens = useTokens(can('api-tokens:manage'));
  return (entity: string, id: string | null): string | null => {
    if (!id) return null;
    if (entity === 'member' || entity === 'user') {
      const m = members.data?.items.find((x) => x.userId === id);
      if (m) return m.name ? `${m.name} (${m.email})` : m.email;
    }
    if (entity === 'api-token') {
      const t = tokens.data?.items.find((x) => x.id === id);
      if (t) return t.name;
    }
    return shortId(id);
  };
};

/** A machine id (a UUID, a sha256) cut to its first characters: enough to tell entries apart. */
export const shortId = (id: string) => (/^[0-9a-f-]{20,}$/i.test(id) ? `${id.slice(0, 12)}…` : id);
