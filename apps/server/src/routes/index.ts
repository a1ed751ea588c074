import type { RouteSpec } from '../http/route.ts';
import { adminRoutes } from './admin-routes.ts';
import { assessmentRoutes } from './assessment-routes.ts';
import { authRoutes } from './auth-routes.ts';
import { calibrationRoutes } from './calibration-routes.ts';
import { evidenceFileRoutes } from './evidence-file-routes.ts';
import { historyRoutes } from './history-routes.ts';
import { importRoutes } from './import-routes.ts';
import { jobRoutes } from './job-routes.ts';
import { readinessRoutes } from './readiness-routes.ts';
import { recordRoutes } from './record-routes.ts';
import { remediationRoutes } from './remediation-routes.ts';
import { spotAuditRoutes } from './spot-audit-routes.ts';

/** Every route of /api/v1 (the permission tests iterate over this list). */
export const allRoutes: readonly RouteSpec[] = [
  ...authRoutes,
  ...adminRoutes,
  ...recordRoutes,
  ...jobRoutes,
  ...importRoutes,
  ...assessmentRoutes,
  ...readinessRoutes,
  ...historyRoutes,
  ...remediationRoutes,
  ...evidenceFileRoutes,
  ...calibrationRoutes,
  ...spotAuditRoutes,
];
