import { useSession } from './session.tsx';

/** The API path prefix of the signed-in org: `/orgs/<org>`. */
export const useOrgPath = () => `/orgs/${encodeURIComponent(useSession().org.orgId)}`;

/** Whether the signed-in role may do `permission` (the API's permission table, e.g. `assessments:score`). */
export const useCan = () => {
  const { permissions } = useSession();
  return (permission: string) => permissions.includes(permission);
};
