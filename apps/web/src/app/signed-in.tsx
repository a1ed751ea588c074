/**
 * The signed-in part of the app: loads the session, sends the signed-out to sign-in (or to
 * first-run setup on an empty server), and gives a partner user their own portal — their partner's
 * page, nothing else.
 */
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionProvider, useSession, useSessionQuery } from '../api/session.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { AppLayout } from './app-layout.tsx';

/** Paths a partner user may open (their partner's page); anything else sends them there. */
const partnerPath = (partner: string) => `/partners/${encodeURIComponent(partner)}`;

export const SignedIn = () => {
  const state = useSessionQuery();
  const location = useLocation();
  if (state.isPending) return <Loading label="Signing in…" />;
  if (state.isError) return <ErrorState error={state.error} />;
  const s = state.data.session;
  if (s === null) {
    if (state.data.setupNeeded) return <Navigate to="/setup" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  if (s.partner && location.pathname !== partnerPath(s.partner))
    return <Navigate to={partnerPath(s.partner)} replace />;
  return (
    <SessionProvider value={s}>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </SessionProvider>
  );
};

export const HomeRedirect = () => {
  const { partner } = useSession();
  return <Navigate to={partner ? partnerPath(partner) : '/dashboard'} replace />;
};
