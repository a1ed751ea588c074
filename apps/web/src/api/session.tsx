/**
 * Who is signed in, in which org, with which role — and for a partner user, which partner. Read
 * once from GET /auth/session and GET /orgs/:org; every page gets it from `useSession()`.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiError, api, setCsrfToken } from './client.ts';

export type Role = 'owner' | 'admin' | 'program_manager' | 'assessor' | 'viewer' | 'partner';

export interface Membership {
  orgId: string;
  orgName: string;
  role: Role;
}

export interface SessionInfo {
  user: { id: string; email: string; name: string };
  memberships: Membership[];
  csrfToken: string;
}

export interface Session extends SessionInfo {
  org: Membership;
  /** A partner user's partner (external id); null for the vendor's own people. */
  partner: string | null;
  /** What the role may do, from the API's permission table (`assessments:score` …). */
  permissions: string[];
}

const SessionContext = createContext<Session | null>(null);

/** The current session; only inside the signed-in part of the app. */
export const useSession = (): Session => {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
};

export const SessionProvider = SessionContext.Provider;

export const SESSION_KEY = ['session'] as const;

/** The session (null when signed out), with the chosen org's role and partner. */
export const useSessionQuery = () =>
  useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        const info = await api<SessionInfo>('/auth/session');
        setCsrfToken(info.csrfToken);
        const stored = localStorage.getItem('trellis.org');
        const org = info.memberships.find((m) => m.orgId === stored) ?? info.memberships[0];
        if (!org)
          return { ...info, org: { orgId: '', orgName: '', role: 'viewer' }, partner: null, permissions: [] };
        const me = await api<{ partner: string | null; permissions: string[] }>(
          `/orgs/${encodeURIComponent(org.orgId)}`,
        );
        return { ...info, org, partner: me.partner, permissions: me.permissions };
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

/** Refetches the session (after sign-in, sign-out, switching org) and drops everything cached. */
export const useResetSession = () => {
  const qc = useQueryClient();
  return async () => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    await qc.invalidateQueries({ queryKey: SESSION_KEY });
  };
};

export type { ReactNode };
