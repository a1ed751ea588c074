/**
 * The signed-in part of the app: loads the session, sends the signed-out to sign-in (or to
 * first-run setup on an empty server), and gives a partner user their own portal — their partner's
 * page, nothing else.
 */
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionProvider, useSession, useSessionQuery } from '../api/session.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { AppLayout } from './app-layout.tsx';

/** A partner user's home: their partner's page. */
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
  // A partner user's portal is their partner's page. Another partner's page is left to the API,
  // which answers "not found" (the page says so); every other page sends them home.
  if (s.partner && !location.pathname.startsWith('/partners/'))
    return <Navigate to={partnerPath(s.partner)} replace />;
  return (
    <SessionProvider value={s}>
      <AppLayout>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppLayout>
    </SessionProvider>
  );
};

export const HomeRedirect = () => {
  const { partner } = useSession();
  return <Navigate to={partner ? partnerPath(partner) : '/dashboard'} replace />;
};
