/** Who does a write: a signed-in user, an API token, or the system itself (CLI, demo, jobs). */
export interface Actor {
  userId?: string;
  tokenId?: string;
  /** How the audit log names them: "ana@example.com", "token CRM nightly", "cli". */
  label: string;
  /** The request that caused it, for correlating the audit log with the server log. */
  requestId?: string;
}

export const systemActor = (label = 'system'): Actor => ({ label });
