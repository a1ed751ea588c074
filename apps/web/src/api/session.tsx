/**
 * Who is signed in, in which org, with which role — and for a partner user, which partner. Read
 * once from GET /auth/status (which carries the session) and GET /orgs/:org; every page gets it
 * from `useSession()`.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Membership, SessionInfo } from '@trellis/contracts';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiError, api, setCsrfToken } from './client.ts';

export type { Membership, Role, SessionInfo } from '@trellis/contracts';

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

export interface SessionState {
  /** Null when signed out. */
  session: Session | null;
  /** No account exists yet: the first visitor sets up the org. */
  setupNeeded: boolean;
}

/**
 * The session, with the chosen org's role and partner. Asks GET /auth/status first, which always
 * answers 200, so that a signed-out visit logs no failed request.
 */
export const useSessionQuery = () =>
  useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<SessionState> => {
      const status = await api<{ signedIn: boolean; setupNeeded: boolean; session?: SessionInfo }>(
        '/auth/status',
      );
      if (!status.signedIn) return { session: null, setupNeeded: status.setupNeeded };
      return { session: await loadSession(status.session), setupNeeded: false };
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

/** The org's role and permissions for the session; `known` is the session GET /auth/status already gave. */
const loadSession = async (known?: SessionInfo): Promise<Session | null> => {
  try {
    const info = known ?? (await api<SessionInfo>('/auth/session'));
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
};

/**
 * Forgets everything cached (after sign-in, sign-out, setup, switching org): the next page starts
 * from a fresh session, never from the previous one's answer.
 */
export const useResetSession = () => {
  const qc = useQueryClient();
  return async () => {
    qc.removeQueries();
  };
};

export type { ReactNode };
