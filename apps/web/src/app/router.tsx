/**
 * The app's pages and their URLs. Every page is a deep link: its state (the assessment shown, the
 * table's sort, filters and page) lives in the URL, so back, forward and reload work.
 */
import { type ComponentType, lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { SetupPage } from '../pages/setup-page.tsx';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { HomeRedirect, SignedIn } from './signed-in.tsx';

/**
 * A page in its own chunk, loaded when first opened (the first page pays only for itself), that
 * renders at once when its chunk is already here: React 19 holds a suspended page back for up to
 * 300 ms after its chunk arrives (it batches reveals), which a preloaded page should never pay.
 */
const lazyPage = (load: () => Promise<ComponentType>) => {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((c) => {
      loaded = c;
      return c;
    });
  const Suspending = lazy(() => preload().then((c) => ({ default: c })));
  const Page = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  };
  return { Page, preload };
};

const pages = {
  admin: lazyPage(() => import('../pages/admin/admin-page.tsx').then((m) => m.AdminPage)),
  assessment: lazyPage(() => import('../pages/assessment/assessment-page.tsx').then((m) => m.AssessmentPage)),
  dashboard: lazyPage(() => import('../pages/dashboard/dashboard-page.tsx').then((m) => m.DashboardPage)),
  history: lazyPage(() => import('../pages/history/history-page.tsx').then((m) => m.HistoryPage)),
  imports: lazyPage(() => import('../pages/imports/imports-page.tsx').then((m) => m.ImportsPage)),
  partner: lazyPage(() => import('../pages/partners/partner-page.tsx').then((m) => m.PartnerPage)),
  partners: lazyPage(() => import('../pages/partners/partners-page.tsx').then((m) => m.PartnersPage)),
  readiness: lazyPage(() => import('../pages/readiness/readiness-page.tsx').then((m) => m.ReadinessPage)),
  run: lazyPage(() => import('../pages/run/run-assessment-page.tsx').then((m) => m.RunAssessmentPage)),
  calibration: lazyPage(() =>
    import('../pages/governance/calibration/calibration-page.tsx').then((m) => m.CalibrationPage),
  ),
  calibrationSession: lazyPage(() =>
    import('../pages/governance/calibration/session-page.tsx').then((m) => m.SessionPage),
  ),
  calibrationRate: lazyPage(() =>
    import('../pages/governance/calibration/rate-page.tsx').then((m) => m.RatePage),
  ),
  spotAudits: lazyPage(() =>
    import('../pages/governance/spot-audits-page.tsx').then((m) => m.SpotAuditsPage),
  ),
};

/** The page an address opens (`/` is the dashboard for the vendor's people). */
const pageFor = (path: string) => {
  const [, first, second] = path.split('/');
  if (!first || first === 'dashboard') return pages.dashboard;
  if (first === 'assessments') return second === 'new' ? pages.run : pages.assessment;
  if (first === 'partners') return second ? pages.partner : pages.partners;
  if (first === 'readiness' || first === 'imports' || first === 'admin' || first === 'history')
    return pages[first];
  if (first === 'governance' && second === 'spot-audits') return pages.spotAudits;
  if (first === 'governance' && second === 'calibration') {
    const [, , , session, rate] = path.split('/');
    if (!session) return pages.calibration;
    return rate === 'rate' ? pages.calibrationRate : pages.calibrationSession;
  }
  return undefined;
};
// The first page's chunk loads alongside the session requests, not after them.
void pageFor(window.location.pathname)?.preload();

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <SignedIn />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'dashboard', element: <pages.dashboard.Page /> },
      { path: 'assessments/new', element: <pages.run.Page /> },
      { path: 'assessments/:number', element: <pages.assessment.Page /> },
      { path: 'assessment', element: <Navigate to="/assessments/latest" replace /> },
      { path: 'partners', element: <pages.partners.Page /> },
      { path: 'partners/:id', element: <pages.partner.Page /> },
      { path: 'readiness', element: <pages.readiness.Page /> },
      { path: 'history', element: <pages.history.Page /> },
      { path: 'imports', element: <pages.imports.Page /> },
      { path: 'admin/:tab?', element: <pages.admin.Page /> },
      { path: 'governance/spot-audits', element: <pages.spotAudits.Page /> },
      { path: 'governance/calibration', element: <pages.calibration.Page /> },
      { path: 'governance/calibration/:session', element: <pages.calibrationSession.Page /> },
      { path: 'governance/calibration/:session/rate', element: <pages.calibrationRate.Page /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
