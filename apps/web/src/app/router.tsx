/**
 * The app's pages and their URLs. Every page is a deep link: its state (the assessment shown, the
 * table's sort, filters and page) lives in the URL, so back, forward and reload work.
 */
import { createBrowserRouter, Navigate } from 'react-router';
import { AdminPage } from '../pages/admin/admin-page.tsx';
import { AssessmentPage } from '../pages/assessment/assessment-page.tsx';
import { DashboardPage } from '../pages/dashboard/dashboard-page.tsx';
import { ImportsPage } from '../pages/imports/imports-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { PartnerPage } from '../pages/partners/partner-page.tsx';
import { PartnersPage } from '../pages/partners/partners-page.tsx';
import { ReadinessPage } from '../pages/readiness/readiness-page.tsx';
import { RunAssessmentPage } from '../pages/run/run-assessment-page.tsx';
import { SetupPage } from '../pages/setup-page.tsx';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { HomeRedirect, SignedIn } from './signed-in.tsx';

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
