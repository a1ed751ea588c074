/**
 * The app's pages and their URLs. Every page is a deep link: its state (the assessment shown, the
 * table's sort, filters and page) lives in the URL, so back, forward and reload work.
 */
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { SetupPage } from '../pages/setup-page.tsx';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { HomeRedirect, SignedIn } from './signed-in.tsx';

// Each signed-in page is its own chunk, loaded when first opened: the first page pays only for itself.
const AdminPage = lazy(() => import('../pages/admin/admin-page.tsx').then((m) => ({ default: m.AdminPage })));
const AssessmentPage = lazy(() =>
  import('../pages/assessment/assessment-page.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const DashboardPage = lazy(() =>
  import('../pages/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const ImportsPage = lazy(() =>
  import('../pages/imports/imports-page.tsx').then((m) => ({ default: m.ImportsPage })),
);
const PartnerPage = lazy(() =>
  import('../pages/partners/partner-page.tsx').then((m) => ({ default: m.PartnerPage })),
);
const PartnersPage = lazy(() =>
  import('../pages/partners/partners-page.tsx').then((m) => ({ default: m.PartnersPage })),
);
const ReadinessPage = lazy(() =>
  import('../pages/readiness/readiness-page.tsx').then((m) => ({ default: m.ReadinessPage })),
);
const RunAssessmentPage = lazy(() =>
  import('../pages/run/run-assessment-page.tsx').then((m) => ({ default: m.RunAssessmentPage })),
);

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <SignedIn />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'assessments/new', element: <RunAssessmentPage /> },
      { path: 'assessments/:number', element: <AssessmentPage /> },
      { path: 'assessment', element: <Navigate to="/assessments/latest" replace /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'partners/:id', element: <PartnerPage /> },
      { path: 'readiness', element: <ReadinessPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'admin/:tab?', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
