// Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts): do not edit.
export interface paths {
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether first-run setup is still open (no user exists yet)
         * @description No sign-in needed.
         */
        get: operations["getSetup"];
        put?: never;
        /**
         * First run: create the org and its owner, and sign the owner in
         * @description Only while no user exists; afterwards 409. Sets the session cookie.
         *
         *     No sign-in needed.
         */
        post: operations["postSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the caller is signed in, and whether first-run setup is open
         * @description Always 200, so that a browser app can ask before it asks for the session (GET /auth/session answers 401 when signed out). A signed-in browser session also gets what GET /auth/session gives, saving the app a round trip on every page load.
         *
         *     No sign-in needed.
         */
        get: operations["getAuthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the session cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). Failed attempts back off per account from one address, per address and (briefly) per account: 429 with Retry-After, never a lock-out of the owner elsewhere.
         *
         *     No sign-in needed.
         */
        post: operations["postAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out this browser
         * @description Any signed-in user or API token.
         */
        post: operations["postAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in user, this one included
         * @description Any signed-in user or API token.
         */
        post: operations["postAuthSignOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, their orgs and roles, and the CSRF token (or the API token’s org and role)
         * @description Any signed-in user or API token.
         */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (ends every other session)
         * @description Any signed-in user or API token.
         */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The orgs the caller belongs to, with the role in each
         * @description Any signed-in user or API token.
         */
        get: operations["getOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org, the caller’s role in it and what that role permits
         * @description A partner user’s `partner` is the external id of their partner; `permissions` lists what the role may do (the permission table), so that a client shows only what will work.
         *
         *     Permission `org:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org’s settings (each with its default when never set)
         * @description Permission `settings:manage` — roles: owner, admin.
         */
        get: operations["getOrgSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some of the org’s settings; the others keep their values
         * @description `shareHealthWithPartners`: partner users also see their own partner’s health and its reasons — never satisfaction figures, champion tags or notes, and not the reasons that rest on them (off by default). Answers every setting; audited (`org.settings`, before and after).
         *
         *     Permission `settings:manage` — roles: owner, admin.
         */
        patch: operations["patchOrgSettings"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org’s members and their roles
         * @description Permission `members:read` — roles: owner, admin.
         */
        get: operations["getOrgMembers"];
        put?: never;
        /**
         * Add a member (creating the account with an initial password when the email is new)
         * @description Permission `members:manage` — roles: owner, admin.
         */
        post: operations["postOrgMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from the org
         * @description Permission `members:manage` — roles: owner, admin.
         */
        delete: operations["deleteOrgMembersByUserId"];
        options?: never;
        head?: never;
        /**
         * Change a member’s role (and partner, for partner users)
         * @description Permission `members:manage` — roles: owner, admin.
         */
        patch: operations["patchOrgMembersByUserId"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API tokens of the org (never their secrets)
         * @description Permission `api-tokens:manage` — roles: owner, admin.
         */
        get: operations["getOrgApiTokens"];
        put?: never;
        /**
         * Create an API token for one role of this org; the secret is in this response only
         * @description Permission `api-tokens:manage` — roles: owner, admin.
         */
        post: operations["postOrgApiTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (it stops working at once)
         * @description Permission `api-tokens:manage` — roles: owner, admin.
         */
        delete: operations["deleteOrgApiTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log: every write, who, when, before and after; newest first
         * @description Permission `audit:read` — roles: owner, admin.
         */
        get: operations["getOrgAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partners
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `partners:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartners"];
        put?: never;
        /**
         * Create one of partners
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `partners:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgPartners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of partners by external_id
         * @description Permission `partners:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersById"];
        put?: never;
        post?: never;
        /**
         * Delete one of partners
         * @description 409 while other records still refer to it.
         *
         *     Permission `partners:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgPartnersById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of partners
         * @description Permission `partners:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgPartnersById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `people:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPeople"];
        put?: never;
        /**
         * Create one of people
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `people:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of people by external_id
         * @description Permission `people:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPeopleById"];
        put?: never;
        post?: never;
        /**
         * Delete one of people
         * @description 409 while other records still refer to it.
         *
         *     Permission `people:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgPeopleById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of people
         * @description Permission `people:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgPeopleById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List opportunities
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `opportunities:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgOpportunities"];
        put?: never;
        /**
         * Create one of opportunities
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `opportunities:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of opportunities by external_id
         * @description Permission `opportunities:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgOpportunitiesById"];
        put?: never;
        post?: never;
        /**
         * Delete one of opportunities
         * @description 409 while other records still refer to it.
         *
         *     Permission `opportunities:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgOpportunitiesById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of opportunities
         * @description Permission `opportunities:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgOpportunitiesById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `activities:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgActivities"];
        put?: never;
        /**
         * Create one of activities
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `activities:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of activities by external_id
         * @description Permission `activities:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgActivitiesById"];
        put?: never;
        post?: never;
        /**
         * Delete one of activities
         * @description 409 while other records still refer to it.
         *
         *     Permission `activities:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgActivitiesById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of activities
         * @description Permission `activities:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgActivitiesById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List surveys
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `surveys:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSurveys"];
        put?: never;
        /**
         * Create one of surveys
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `surveys:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgSurveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of surveys by external_id
         * @description Permission `surveys:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSurveysById"];
        put?: never;
        post?: never;
        /**
         * Delete one of surveys
         * @description 409 while other records still refer to it.
         *
         *     Permission `surveys:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgSurveysById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of surveys
         * @description Permission `surveys:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgSurveysById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `meetings:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgMeetings"];
        put?: never;
        /**
         * Create one of meetings
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `meetings:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of meetings by external_id
         * @description Permission `meetings:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgMeetingsById"];
        put?: never;
        post?: never;
        /**
         * Delete one of meetings
         * @description 409 while other records still refer to it.
         *
         *     Permission `meetings:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgMeetingsById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of meetings
         * @description Permission `meetings:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgMeetingsById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List evaluations
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `evaluations:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgEvaluations"];
        put?: never;
        /**
         * Create one of evaluations
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `evaluations:write` — roles: owner, admin, program manager, assessor.
         */
        post: operations["postOrgEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of evaluations by external_id
         * @description Permission `evaluations:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgEvaluationsById"];
        put?: never;
        post?: never;
        /**
         * Delete one of evaluations
         * @description 409 while other records still refer to it.
         *
         *     Permission `evaluations:write` — roles: owner, admin, program manager, assessor.
         */
        delete: operations["deleteOrgEvaluationsById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of evaluations
         * @description Permission `evaluations:write` — roles: owner, admin, program manager, assessor.
         */
        patch: operations["patchOrgEvaluationsById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List evidence
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `evidence:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgEvidence"];
        put?: never;
        /**
         * Create one of evidence
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `evidence:write` — roles: owner, admin, program manager, assessor.
         */
        post: operations["postOrgEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of evidence by external_id
         * @description Permission `evidence:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgEvidenceById"];
        put?: never;
        post?: never;
        /**
         * Delete one of evidence
         * @description 409 while other records still refer to it.
         *
         *     Permission `evidence:write` — roles: owner, admin, program manager, assessor.
         */
        delete: operations["deleteOrgEvidenceById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of evidence
         * @description Permission `evidence:write` — roles: owner, admin, program manager, assessor.
         */
        patch: operations["patchOrgEvidenceById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `projects:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgProjects"];
        put?: never;
        /**
         * Create one of projects
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `projects:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of projects by external_id
         * @description Permission `projects:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgProjectsById"];
        put?: never;
        post?: never;
        /**
         * Delete one of projects
         * @description 409 while other records still refer to it.
         *
         *     Permission `projects:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgProjectsById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of projects
         * @description Permission `projects:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgProjectsById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List references
         * @description Filters: equality on text, boolean and reference fields; `<field>_from` / `<field>_to` (inclusive) on dates and numbers; `q` searches ids and names. `sort` by any field, `-` for descending.
         *
         *     Permission `references:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgReferences"];
        put?: never;
        /**
         * Create one of references
         * @description Validated exactly like a row of the CSV import; 409 when the external_id exists.
         *
         *     Permission `references:write` — roles: owner, admin, program manager.
         */
        post: operations["postOrgReferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/references/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of references by external_id
         * @description Permission `references:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgReferencesById"];
        put?: never;
        post?: never;
        /**
         * Delete one of references
         * @description 409 while other records still refer to it.
         *
         *     Permission `references:write` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgReferencesById"];
        options?: never;
        head?: never;
        /**
         * Update fields of one of references
         * @description Permission `references:write` — roles: owner, admin, program manager.
         */
        patch: operations["patchOrgReferencesById"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/imports/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a canonical CSV to import, as a job
         * @description Send the CSV as the body (Content-Type: text/csv; name it with X-Filename) or as multipart field `file`. Answers 202 with the job; poll it for progress, the counts, or every rejected row. All-or-nothing; `dryRun=true` validates and counts without writing. A CRM export is read through one mapping: `preset=`, `mapping=` (one the org saved; 404 if unknown) or a mapping file as the multipart field `mapping`; a mapping for another entity is 400.
         *
         *     Permission `imports:run` — roles: owner, admin, program manager.
         */
        post: operations["postOrgImportsByEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent jobs, newest first
         * @description Permission `jobs:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One job: status, progress, result or the problem with every rejected row
         * @description Permission `jobs:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgJobsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/imports/infer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Detect an export’s format and propose a mapping for it (nothing is stored)
         * @description Send the file as for an import: the body (Content-Type: text/csv, or the .xlsx type; name it with X-Filename) or multipart field `file`; up to TRELLIS_MAX_IMPORT_MB. Answers the encoding and delimiter read, the header, the first rows, and a proposed mapping (as an object and as YAML with a comment on each guess) for `entity`, or for the entity the header matches best.
         *
         *     Permission `imports:run` — roles: owner, admin, program manager.
         */
        post: operations["postOrgImportsInfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The built-in mappings for common exports (POST /imports/:entity?preset=<name>)
         * @description Permission `imports:run` — roles: owner, admin, program manager.
         */
        get: operations["getOrgPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mappings the org keeps for its imports (POST /imports/:entity?mapping=<name>)
         * @description Permission `imports:run` — roles: owner, admin, program manager.
         */
        get: operations["getOrgMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/mappings/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save a mapping file under a name (201 when new, 200 when replaced)
         * @description The YAML is validated like `trellis import --mapping`: a problem is 400 naming its line. Audited with the file before and after.
         *
         *     Permission `imports:run` — roles: owner, admin, program manager.
         */
        put: operations["putOrgMappingsByName"];
        post?: never;
        /**
         * Forget a saved mapping
         * @description Permission `imports:run` — roles: owner, admin, program manager.
         */
        delete: operations["deleteOrgMappingsByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/data-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the org holds of each kind of record, and what each kind feeds
         * @description For the ten kinds: how many records, the span of their dates, the criteria of the program framework (v1) whose signals read them, and what of partner readiness reads them. A kind never imported leaves those criteria "not measured".
         *
         *     Permission `data-coverage:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgDataCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assessments, newest first
         * @description Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessments"];
        put?: never;
        /**
         * Assess the program from a brief (runs as a job)
         * @description The brief is validated at once (400 naming the field); the assessment itself runs as a job whose result names the new assessment’s number.
         *
         *     Permission `assessments:create` — roles: owner, admin, program manager.
         */
        post: operations["postOrgAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One assessment: date, status, overall score and band, framework
         * @description Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The brief the assessment was made from, as POST /assessments takes it
         * @description Context, objectives, initiatives, constraints and the manual scores — with the assessor’s scores as they stand — so that an assessment of another date can start from it.
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberBrief"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The six deliverables: the report JSON contract (schemas/program-report.schema.json)
         * @description Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assessment as a document for people: Markdown, or one self-contained HTML file with its charts
         * @description The executive summary (with the trend against the assessment before), the six deliverables with charts, the 30/60/90-day plan and an appendix of sources — what `trellis report` writes. Sent as a download (`Content-Disposition: attachment`). The HTML makes no request of any kind; the PDF is it printed by the server’s Chromium (503 when the server has none).
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report without the per-partner rows and per-criterion partner lists (page those with /performance, read one criterion with /criteria/:criterion)
         * @description Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The performance dashboard’s partner rows, filtered, sorted and paginated
         * @description A partner user gets their own partner’s row only.
         *
         *     Permission `performance:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgAssessmentsByNumberPerformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/criteria/{criterion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One criterion: its signal and the partners behind it, suggested, manual and final score
         * @description Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberCriteriaByCriterion"];
        /**
         * Score or override one criterion (a reason is required); drafts only
         * @description Recomputes the deliverables with the assessor’s score; the audit log records before and after. 409 once the assessment is final.
         *
         *     Permission `assessments:score` — roles: owner, admin, program manager, assessor.
         */
        put: operations["putOrgAssessmentsByNumberCriteriaByCriterion"];
        post?: never;
        /**
         * Withdraw the assessor’s score of one criterion (back to the data’s suggestion)
         * @description Permission `assessments:score` — roles: owner, admin, program manager, assessor.
         */
        delete: operations["deleteOrgAssessmentsByNumberCriteriaByCriterion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/criteria/{criterion}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every unit behind one criterion’s signal, failing ones first, a page at a time, each with its own figure
         * @description Each partner (or target region and segment) behind the value: counted ones first, failing before passing, then those outside the denominator (`counted: false`: no survey, no QBR due). `detail` is its figure ("0 of 4 QBRs held", "no program tier"), `value`/`of` its numbers, adding up to the signal’s basis; partners carry their performance row’s name, type, program and readiness tiers and health. `counts` covers every unit whatever the search; `status` keeps one kind. A criterion without a signal has no units.
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgAssessmentsByNumberCriteriaByCriterionUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/plan/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the progress of one action of the 30/60/90-day plan (todo, in progress, done) and its owner; drafts only
         * @description Send `status`, `owner` (a name; null clears it) or both. The report, the dashboard and the documents show them on the plan item; they stay with the action when the plan is recomputed. 404 for an action not in the plan, 409 once the assessment is final; audited.
         *
         *     Permission `assessments:score` — roles: owner, admin, program manager, assessor.
         */
        patch: operations["patchOrgAssessmentsByNumberPlanByAction"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/assessments/{number}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise: the assessment becomes immutable
         * @description Permission `assessments:finalize` — roles: owner, admin, program manager.
         */
        post: operations["postOrgAssessmentsByNumberFinalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/scorings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score every partner’s readiness as of a date (runs as a job)
         * @description Skills × capacity × outcomes → composite, tier with gates and grace period, next-tier needs; stores the tiers, reconciles remediation items, logs tier changes.
         *
         *     Permission `readiness:score` — roles: owner, admin, program manager.
         */
        post: operations["postOrgReadinessScorings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness summary of the latest scoring: tier distribution, readiness by role, largest gaps, remediation
         * @description Permission `readiness:summary` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partners’ readiness tiers, composites and components in a scoring, a page at a time
         * @description Each row names both tiers: `tier` (the readiness tier in effect, computed) and `programTier` (recorded in the CRM); `tierReview` is true when the program tier is above the readiness tier. A partner user gets their own partner’s row only.
         *
         *     Permission `readiness:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgReadinessTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner’s readiness: components, contributions, gates, tier, next-tier needs, remediation plan
         * @description Permission `readiness:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersByIdReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partner readiness across the program as a document: HTML with its charts, PDF or Markdown
         * @description Tier distribution and readiness by role (charts), the largest gaps by name, one row per partner — the scoring of `asOf` (default the latest), what `trellis score partners` writes as readiness-report.md. Sent as a download.
         *
         *     Permission `readiness:summary` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgReadinessDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner’s review (QBR pack) as a document: HTML with its charts, PDF or Markdown
         * @description Where the partner stands (tier, composite, performance — and in the internal edition health and why, satisfaction), its readiness components and what they cost, the gates of its tier, what the next tier needs, and the remediation plan with overdue items flagged. `edition`: staff choose `internal` (the default) or `partner` (what the partner’s own users get: no health unless the org shares it, no satisfaction, no champion); a partner user gets the partner edition of their own partner only, and asking for `internal` is 403. Sent as a download.
         *
         *     Permission `readiness:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersByIdDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}/next-tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What one partner needs for the next tier, and the gates of its current one
         * @description Permission `readiness:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersByIdNextTier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/policies/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published tier policy as written: the YAML a simulation starts from
         * @description Permission `tiers:simulate` — roles: owner, admin, program manager.
         */
        get: operations["getOrgReadinessPoliciesByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/policies/{version}/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tiers of a published tier policy, highest first: their ids, names and order
         * @description What every page that shows a tier reads its name and rank from (the web app hard-codes no tier). Open to every role that reads readiness; the policy itself is not.
         *
         *     Permission `readiness:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgReadinessPoliciesByVersionTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/readiness/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a candidate tier policy to current data: who would move up or down, and why (writes nothing)
         * @description Permission `tiers:simulate` — roles: owner, admin, program manager.
         */
        post: operations["postOrgReadinessSimulations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The program quarter over quarter: assessments, readiness scorings and the partners that moved
         * @description Oldest first. `assessments`: one per as-of date (the latest made of that date) with its overall and dimension scores; `scorings`: each readiness scoring’s partners per readiness tier; `moves`: each partner whose readiness tier in effect changed from one scoring to the next.
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/history/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery outcomes between two dates: time to live, CSAT, renewal and expansion, and what changed
         * @description Each date reads the delivery projects that went live in the window before it, as long as the gap between the dates (so the windows are adjacent): (from − w, from] against (to − w, to]. `change.statement` is the sentence ("Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …"); `byPartner` lists each partner’s own figures.
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgHistoryOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/history/remediation-impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outcomes between two dates for partners who went through remediation against those who did not
         * @description The same windows and figures as /history/outcomes, for two cohorts: `remediated` (partners with a remediation item opened on or before `from`) and `others`; the cohorts add up to the program. `statement` says both ("… partners who went through remediation cut time-to-live by 24% …; … partners who did not …").
         *
         *     Permission `assessments:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgHistoryRemediationImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One partner’s program tier, lifecycle, executive sponsor and partner manager over time
         * @description Each value with the day it took effect (`validFrom`) and the day the next one took over (`validTo`, null while current), oldest first. Partners imports keep this history (an optional `valid_from` column dates a change, else the import’s date); an assessment as of a date reads the values valid then. Partner users see their own partner.
         *
         *     Permission `partners:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/remediation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Remediation items (all partners, or one), optionally of one status
         * @description A partner user gets their own partner’s items only.
         *
         *     Permission `remediation:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgRemediation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/remediation/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an item: status, owner, mentor, due date
         * @description Permission `remediation:write` — roles: owner, admin, program manager, assessor.
         */
        patch: operations["patchOrgRemediationByNumber"];
        trace?: never;
    };
    "/api/v1/orgs/{org}/remediation/{number}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an item: done (the gap is closed) or dropped
         * @description Permission `remediation:write` — roles: owner, admin, program manager, assessor.
         */
        post: operations["postOrgRemediationByNumberClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/evidence-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Evidence files, newest first (a partner user sees their own partner’s)
         * @description Permission `evidence-files:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgEvidenceFiles"];
        put?: never;
        /**
         * Upload an evidence file for a person (multipart: `file`, `person`)
         * @description Accepted types: application/pdf, image/png, image/jpeg, image/webp, video/mp4, video/webm, application/zip, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.presentationml.presentation, text/plain, text/markdown, text/csv, application/json; the bytes must match the declared type. Stored per partner and content (sha256): the same bytes again for the same partner answer its stored file; for another partner they are stored for that partner too. A partner user may upload for their own partner's people only.
         *
         *     Permission `evidence-files:upload` — roles: owner, admin, program manager, assessor, partner.
         */
        post: operations["postOrgEvidenceFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/partners/{id}/evidence-files/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one of a partner’s evidence files
         * @description Permission `evidence-files:read` — roles: owner, admin, program manager, assessor, viewer, partner.
         */
        get: operations["getOrgPartnersByIdEvidenceFilesBySha256"];
        put?: never;
        post?: never;
        /**
         * Delete one of a partner’s evidence files
         * @description Removes the partner’s record of the file; its bytes go once no other partner of the org holds the same file.
         *
         *     Permission `evidence-files:delete` — roles: owner, admin, program manager, assessor.
         */
        delete: operations["deleteOrgPartnersByIdEvidenceFilesBySha256"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calibration sessions, newest first
         * @description An assessor sees only the sessions they rate.
         *
         *     Permission `calibration:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgCalibrationSessions"];
        put?: never;
        /**
         * Open a calibration session: evaluations to rate and the members who rate them
         * @description Permission `calibration:run` — roles: owner, admin, program manager.
         */
        post: operations["postOrgCalibrationSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One calibration session, with its raters’ progress (counts, never ratings)
         * @description Permission `calibration:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgCalibrationSessionsBySession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions/{session}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units you are to rate, with their evidence and your own ratings
         * @description Never the evaluation’s stored level nor another rater’s rating; none for someone who does not rate.
         *
         *     Permission `calibration:rate` — roles: owner, admin, program manager, assessor.
         */
        get: operations["getOrgCalibrationSessionsBySessionUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions/{session}/units/{unit}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rate a unit (once; a rater of an open session only)
         * @description Permission `calibration:rate` — roles: owner, admin, program manager, assessor.
         */
        put: operations["putOrgCalibrationSessionsBySessionUnitsByUnitRating"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions/{session}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a session: no more ratings; its results can be read
         * @description Permission `calibration:run` — roles: owner, admin, program manager.
         */
        post: operations["postOrgCalibrationSessionsBySessionClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/calibration-sessions/{session}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A closed session’s agreement: alpha with its interval, per competency and overall; drift; flags
         * @description Permission `calibration:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgCalibrationSessionsBySessionResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/spot-audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The spot audits, newest first, with how many items are decided and overturned
         * @description Permission `audits:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSpotAudits"];
        put?: never;
        /**
         * Draw a spot audit: a seeded share of the quarter’s passing evaluations, by tier × assessor
         * @description Without a seed, one is chosen at random and stored: the same date, share and seed draw the same evaluations again.
         *
         *     Permission `audits:run` — roles: owner, admin, program manager.
         */
        post: operations["postOrgSpotAudits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/spot-audits/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overturn rates per assessor and per competency, over every spot audit
         * @description Permission `audits:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSpotAuditsResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/spot-audits/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One spot audit with its items and their decisions
         * @description Permission `audits:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSpotAuditsByNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/spot-audits/{number}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overturn rates per assessor and per competency, of one spot audit
         * @description Permission `audits:read` — roles: owner, admin, program manager, assessor, viewer.
         */
        get: operations["getOrgSpotAuditsByNumberResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/spot-audits/{number}/items/{evaluation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Decide a drawn evaluation: upheld, or overturned with the new level and a reason
         * @description A decision is final (409 the second time). An overturn writes the new level to the evaluation and re-scores readiness at once. No one decides an evaluation they scored themselves (403).
         *
         *     Permission `audits:decide` — roles: owner, admin, program manager, assessor.
         */
        put: operations["putOrgSpotAuditsByNumberItemsByEvaluation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CalibrationSessionCreateInput: {
            name: string;
            /**
             * @description how levels compare in alpha: ordinal for competency levels
             * @default ordinal
             * @enum {string}
             */
            level: "nominal" | "ordinal" | "interval";
            /** @description evaluation external ids: one unit each */
            evaluations: string[];
            /** @description user ids of members who rate: assessors, program managers, admins or owners */
            raters: string[];
            /** @description the bootstrap’s seed (default: drawn at random); stored, so the results read the same every time */
            seed?: number;
        };
        CalibrationRatingRequestInput: {
            /** @description a level of the rubric the unit was scored on */
            value: number;
        };
        SpotAuditDrawRequestInput: {
            /** @description the audit covers this date’s calendar quarter up to it (default: today) */
            asOf?: string;
            /** @description the share of each stratum (tier × assessor) to draw; at least one of every stratum */
            share: number;
            /** @description repeat a draw with its seed; default: a random one, stored with the audit */
            seed?: number;
        };
        AuditOutcomeRequestInput: {
            /** @enum {string} */
            outcome: "upheld" | "overturned";
            /** @description overturned: the level the evaluation should have had */
            level?: number | null;
            /** @description overturned: why (required); upheld: optional */
            reason?: string | null;
        };
        Issue: {
            field?: string;
            file?: string;
            line?: number;
            column?: string;
            path?: string;
            /** @description the offending value as given (cut to 100 characters) */
            value?: string;
            reason: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            code: string;
            requestId: string;
            issues?: components["schemas"]["Issue"][];
        };
        Session: {
            user: {
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                orgId: string;
                orgName: string;
                /** @enum {string} */
                role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
            }[];
            /** @description send as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
        };
        Member: {
            userId: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
            partner: string | null;
            createdAt: string;
        };
        ApiToken: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
            partner: string | null;
            /** @description the first characters, to recognise the token */
            prefix: string;
            /** @description who created it (name, else email); its tokens are revoked when they leave or lose the role */
            createdBy: string | null;
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        CalibrationSession: {
            number: number;
            name: string;
            /**
             * @description how levels compare in alpha: ordinal for competency levels
             * @enum {string}
             */
            level: "nominal" | "ordinal" | "interval";
            /** @enum {string} */
            status: "open" | "closed";
            seed: number;
            createdBy: string;
            createdAt: string;
            closedBy: string | null;
            closedAt: string | null;
        };
        CalibrationSessionSummary: {
            number: number;
            name: string;
            /**
             * @description how levels compare in alpha: ordinal for competency levels
             * @enum {string}
             */
            level: "nominal" | "ordinal" | "interval";
            /** @enum {string} */
            status: "open" | "closed";
            seed: number;
            createdBy: string;
            createdAt: string;
            closedBy: string | null;
            closedAt: string | null;
            units: number;
            raters: number;
            /** @description ratings given so far (counted, never shown before the close) */
            ratings: number;
            /** @description units the caller has rated; null when the caller is not a rater of the session */
            myRated: number | null;
        };
        CalibrationSessionDetail: {
            number: number;
            name: string;
            /**
             * @description how levels compare in alpha: ordinal for competency levels
             * @enum {string}
             */
            level: "nominal" | "ordinal" | "interval";
            /** @enum {string} */
            status: "open" | "closed";
            seed: number;
            createdBy: string;
            createdAt: string;
            closedBy: string | null;
            closedAt: string | null;
            units: number;
            raters: {
                userId: string;
                email: string | null;
                name: string | null;
                /** @description units this rater has rated */
                rated: number;
            }[];
        };
        CalibrationUnitToRate: {
            /** @description the evaluation’s external id */
            unit: string;
            competency: string;
            competencyName: string | null;
            rubricVersion: string;
            partner: {
                id: string;
                name: string;
            };
            person: {
                id: string;
                name: string;
                role: string;
            };
            evidence: {
                id: string;
                artifactType: string;
                uri: string;
                sha256: string;
            }[];
            levels: {
                level: number;
                name: string;
                description: string;
                descriptor: string | null;
            }[];
            myRating: {
                value: number;
                ratedAt: string;
            } | null;
        };
        CalibrationRating: {
            unit: string;
            rater: string;
            value: number;
            ratedAt: string;
        };
        CalibrationResult: {
            /**
             * @description how levels compare in alpha: ordinal for competency levels
             * @enum {string}
             */
            level: "nominal" | "ordinal" | "interval";
            /** @description Krippendorff’s alpha; null when undefined (see undefinedReason) */
            alpha: number | null;
            undefinedReason: ("no-pairable-values" | "no-variation") | null;
            /** @description pairable units: rated by at least two raters */
            units: number;
            pairableValues: number;
            observedDisagreement: number | null;
            expectedDisagreement: number | null;
            droppedUnits: number;
            interval: {
                draws: number;
                confidence: number;
                lower: number | null;
                upper: number | null;
                undefinedDraws: number;
                minimumAlpha: number;
                shareBelowMinimum: number | null;
                seed: number;
            } | null;
            raters: {
                rater: string;
                rated: number;
                units: number;
                drift: number | null;
            }[];
            flags: ({
                /** @constant */
                kind: "rubric-needs-work";
                alpha: number;
                minimumAlpha: number;
            } | {
                /** @constant */
                kind: "recalibrate-rater";
                rater: string;
                drift: number;
                maximumDrift: number;
            })[];
        };
        CalibrationSessionResults: {
            session: components["schemas"]["CalibrationSession"];
            /** @description who the rater ids in the results are */
            raters: {
                userId: string;
                email: string | null;
                name: string | null;
                /** @description units this rater has rated */
                rated: number;
            }[];
            overall: components["schemas"]["CalibrationResult"];
            competencies: {
                /**
                 * @description how levels compare in alpha: ordinal for competency levels
                 * @enum {string}
                 */
                level: "nominal" | "ordinal" | "interval";
                /** @description Krippendorff’s alpha; null when undefined (see undefinedReason) */
                alpha: number | null;
                undefinedReason: ("no-pairable-values" | "no-variation") | null;
                /** @description pairable units: rated by at least two raters */
                units: number;
                pairableValues: number;
                observedDisagreement: number | null;
                expectedDisagreement: number | null;
                droppedUnits: number;
                interval: {
                    draws: number;
                    confidence: number;
                    lower: number | null;
                    upper: number | null;
                    undefinedDraws: number;
                    minimumAlpha: number;
                    shareBelowMinimum: number | null;
                    seed: number;
                } | null;
                raters: {
                    rater: string;
                    rated: number;
                    units: number;
                    drift: number | null;
                }[];
                flags: ({
                    /** @constant */
                    kind: "rubric-needs-work";
                    alpha: number;
                    minimumAlpha: number;
                } | {
                    /** @constant */
                    kind: "recalibrate-rater";
                    rater: string;
                    drift: number;
                    maximumDrift: number;
                })[];
                competency: string;
                unitsRated: number;
            }[];
            /** @description units rated at least twice, the most disagreement first */
            disagreement: {
                unit: string;
                competency: string;
                ratings: {
                    rater: string;
                    value: number | string;
                }[];
                pairsApart: number;
                range: number | null;
                variance: number | null;
            }[];
        };
        ProgramHistory: {
            /** @description one per as-of date (the latest made of that date), oldest first */
            assessments: {
                number: number;
                asOf: string;
                /** @enum {string} */
                status: "draft" | "final";
                overall: {
                    score: number;
                    band: string;
                } | null;
                dimensions: {
                    id: string;
                    dimension: string;
                    score: number | null;
                }[];
            }[];
            /** @description every readiness scoring, oldest first */
            scorings: {
                asOf: string;
                partners: number;
                /** @description partners per readiness tier in effect; "none" for none */
                tierDistribution: {
                    [key: string]: number;
                };
                programAboveReadiness: number | null;
            }[];
            /** @description every partner whose readiness tier moved from one scoring to the next */
            moves: {
                /** @description the scoring before */
                from: string;
                /** @description the scoring the partner moved at */
                to: string;
                externalId: string;
                name: string;
                /** @description readiness tier in effect before (null: none) */
                before: string | null;
                after: string | null;
                /** @enum {string} */
                direction: "up" | "down";
            }[];
        };
        OutcomesComparison: {
            /** @description each date reads the projects that went live in the days before it */
            windowDays: number;
            before: {
                asOf: string;
                /** @description the window is (from, asOf] */
                from: string;
                /** @description delivery projects that went live in the window */
                projects: number;
                partners: number;
                /** @description mean days from start to go-live */
                timeToLiveDays: number | null;
                /** @description mean CSAT, 0–10 */
                csat: number | null;
                csatN: number;
                renewalRate: number | null;
                renewalN: number;
                expansionRate: number | null;
                expansionN: number;
                byPartner: {
                    externalId: string;
                    name: string;
                    projects: number;
                    timeToLiveDays: number | null;
                    csat: number | null;
                    /** @description "2 of 3", or "—" when unknown */
                    renewed: string;
                    expanded: string;
                }[];
            };
            after: {
                asOf: string;
                /** @description the window is (from, asOf] */
                from: string;
                /** @description delivery projects that went live in the window */
                projects: number;
                partners: number;
                /** @description mean days from start to go-live */
                timeToLiveDays: number | null;
                /** @description mean CSAT, 0–10 */
                csat: number | null;
                csatN: number;
                renewalRate: number | null;
                renewalN: number;
                expansionRate: number | null;
                expansionN: number;
                byPartner: {
                    externalId: string;
                    name: string;
                    projects: number;
                    timeToLiveDays: number | null;
                    csat: number | null;
                    /** @description "2 of 3", or "—" when unknown */
                    renewed: string;
                    expanded: string;
                }[];
            };
            change: {
                timeToLive: {
                    days: number;
                    share: number | null;
                } | null;
                csat: {
                    points: number;
                    share: number | null;
                } | null;
                renewalRate: {
                    points: number;
                } | null;
                expansionRate: {
                    points: number;
                } | null;
                /** @description "Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …" */
                statement: string;
            };
        };
        RemediationImpact: {
            windowDays: number;
            /** @description partners with a remediation item opened on or before the earlier date */
            remediated: {
                /** @description partners of the cohort with a project live in either window */
                partners: number;
                before: {
                    asOf: string;
                    /** @description the window is (from, asOf] */
                    from: string;
                    /** @description delivery projects that went live in the window */
                    projects: number;
                    partners: number;
                    /** @description mean days from start to go-live */
                    timeToLiveDays: number | null;
                    /** @description mean CSAT, 0–10 */
                    csat: number | null;
                    csatN: number;
                    renewalRate: number | null;
                    renewalN: number;
                    expansionRate: number | null;
                    expansionN: number;
                };
                after: {
                    asOf: string;
                    /** @description the window is (from, asOf] */
                    from: string;
                    /** @description delivery projects that went live in the window */
                    projects: number;
                    partners: number;
                    /** @description mean days from start to go-live */
                    timeToLiveDays: number | null;
                    /** @description mean CSAT, 0–10 */
                    csat: number | null;
                    csatN: number;
                    renewalRate: number | null;
                    renewalN: number;
                    expansionRate: number | null;
                    expansionN: number;
                };
                change: {
                    timeToLive: {
                        days: number;
                        share: number | null;
                    } | null;
                    csat: {
                        points: number;
                        share: number | null;
                    } | null;
                    renewalRate: {
                        points: number;
                    } | null;
                    expansionRate: {
                        points: number;
                    } | null;
                    /** @description "Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …" */
                    statement: string;
                };
            };
            /** @description every other partner */
            others: {
                /** @description partners of the cohort with a project live in either window */
                partners: number;
                before: {
                    asOf: string;
                    /** @description the window is (from, asOf] */
                    from: string;
                    /** @description delivery projects that went live in the window */
                    projects: number;
                    partners: number;
                    /** @description mean days from start to go-live */
                    timeToLiveDays: number | null;
                    /** @description mean CSAT, 0–10 */
                    csat: number | null;
                    csatN: number;
                    renewalRate: number | null;
                    renewalN: number;
                    expansionRate: number | null;
                    expansionN: number;
                };
                after: {
                    asOf: string;
                    /** @description the window is (from, asOf] */
                    from: string;
                    /** @description delivery projects that went live in the window */
                    projects: number;
                    partners: number;
                    /** @description mean days from start to go-live */
                    timeToLiveDays: number | null;
                    /** @description mean CSAT, 0–10 */
                    csat: number | null;
                    csatN: number;
                    renewalRate: number | null;
                    renewalN: number;
                    expansionRate: number | null;
                    expansionN: number;
                };
                change: {
                    timeToLive: {
                        days: number;
                        share: number | null;
                    } | null;
                    csat: {
                        points: number;
                        share: number | null;
                    } | null;
                    renewalRate: {
                        points: number;
                    } | null;
                    expansionRate: {
                        points: number;
                    } | null;
                    /** @description "Between 31 Mar 2026 and 30 Sep 2026, partners cut time-to-live by 24% …" */
                    statement: string;
                };
            };
            /** @description both cohorts’ sentences, remediated first */
            statement: string;
        };
        PartnerAttributeHistory: {
            partner: string;
            attributes: {
                /**
                 * @description tier is the program tier recorded in the CRM; owner the partner manager
                 * @enum {string}
                 */
                attribute: "tier" | "lifecycle" | "executive_sponsor" | "owner";
                /** @description what pages call it ("Program tier", "Partner manager") */
                label: string;
                values: {
                    value: string | null;
                    validFrom: string;
                    /** @description the day the next value took over; null: still current */
                    validTo: string | null;
                }[];
            }[];
        };
        Mapping: {
            /** @constant */
            kind: "mapping";
            name?: string;
            /** @description what the export is, in words ("Salesforce opportunities") */
            title?: string;
            description?: string;
            /** @enum {string} */
            entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            dateFormat?: string;
            /** @description canonical column → the source column, or a rule (from, value, format, map, …) */
            columns: {
                [key: string]: unknown;
            };
        };
        ImportInference: {
            /**
             * @description the entity given, or the one the header matches best
             * @enum {string}
             */
            entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            /** @description utf-8, utf-16le, utf-16be, windows-1252; "xlsx" for a workbook */
            encoding: string;
            /** @description "," ";" "\t" or "|"; empty for a workbook */
            delimiter: string;
            /** @description the header row (title lines above it skipped) */
            header: string[];
            /** @description the first rows after the header (at most 10) */
            sample: string[][];
            mapping: components["schemas"]["Mapping"];
            /** @description the mapping as a file to review and edit, with a comment on each guess */
            yaml: string;
            /** @description one line per guess, and per required column not found */
            notes: string[];
            /** @description the shipped preset whose columns the header has (then `entity` is its entity), or null */
            preset: {
                /** @description import with ?preset=<name> */
                name: string;
                /** @description what the export is: "Salesforce opportunities" */
                title: string;
                /** @enum {string} */
                entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
                /** @description "This looks like a Salesforce opportunities export: choose the Salesforce opportunities preset" */
                message: string;
                /** @description the date format to import with (`?dateFormat=`) when most of the file’s dates are in another order than the preset reads, else null */
                dateFormat: string | null;
            } | null;
            /** @description how the file orders its day-month dates, decided by most of them; null when it has none */
            dates: {
                /** @description as the file writes dates: "M/D/YYYY", "DD.MM.YYYY" */
                format: string;
                /** @enum {string} */
                order: "MDY" | "DMY";
                /**
                 * @description majority: most dates can only be read this way; assumed: every date reads either way
                 * @enum {string}
                 */
                basis: "majority" | "assumed";
            } | null;
        };
        ImportPreset: {
            name: string;
            /** @description what the export is, in words: "Salesforce opportunities" */
            title: string;
            /** @enum {string} */
            entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            description: string;
            /** @description how it reads day-month dates (M/D/YYYY), or null */
            dateFormat: string | null;
            /** @description the columns of the export it reads (the first name of each) */
            columns: string[];
        };
        ImportMapping: {
            name: string;
            /** @enum {string} */
            entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            yaml: string;
            updatedAt: string;
            updatedBy: string;
        };
        DataCoverage: {
            /** @enum {string} */
            kind: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            rows: number;
            /** @description the earliest date of the kind’s own date (joined, created, …) */
            from: string | null;
            to: string | null;
            /** @description criteria of the program framework whose signals read this kind */
            feeds: string[];
            /** @description what of partner readiness reads it (empty: nothing) */
            readiness: string;
        };
        JobProgress: {
            rows: number;
            bytes: number;
            totalBytes: number;
            /** @description 0–1 where it can be known */
            fraction: number | null;
            stage: string;
        };
        ColumnProblems: {
            column: string;
            count: number;
            examples: components["schemas"]["Issue"][];
            /** @description the fix the examples point to */
            hint?: string;
        };
        JobError: {
            code: string;
            message: string;
            issues: components["schemas"]["Issue"][];
            /** @description an import: how many problems in all */
            total?: number;
            /** @description an import: reading stopped at the problem limit, so `total` is "at least" */
            stoppedEarly?: boolean;
            /** @description an import: problems per column, most first, with the first examples */
            byColumn?: components["schemas"]["ColumnProblems"][];
        };
        Job: {
            id: string;
            /** @enum {string} */
            kind: "import" | "score-readiness" | "assess-program";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description an import’s: ImportPayload */
            payload: {
                [key: string]: unknown;
            };
            progress: components["schemas"]["JobProgress"] | null;
            /** @description the outcome of a finished job (an import’s counts: ImportResult; an assessment’s number) */
            result: unknown;
            /** @description why a failed job failed: for an import, the first 1,000 problems (line, column, value, reason) */
            error: components["schemas"]["JobError"] | null;
            createdBy: string;
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            attempts: number;
        };
        OrgSettings: {
            /**
             * @description partner users also see their own health and its reasons (never satisfaction figures, champion tags or notes); off by default
             * @default false
             */
            shareHealthWithPartners: boolean;
        };
        TierRow: {
            externalId: string;
            name: string;
            type: string;
            /** @description the readiness tier in effect (computed; grace periods included) */
            tier: string | null;
            earned: string | null;
            composite: number;
            /** @enum {string} */
            change: "new" | "promoted" | "held" | "grace" | "demoted" | "none";
            skills: number;
            capacity: number;
            outcomes: number;
            /** @description the program tier recorded in the CRM, as the scoring reported it (else the current one) */
            programTier: string | null;
            /** @description the program tier is above the readiness tier: to review */
            tierReview: boolean;
            /** @description the next tier up (null: at the top tier) */
            nextTier: string | null;
        };
        TierSimulation: {
            asOf: string;
            /** @description the published policy compared with */
            current: {
                version: string;
                sha256: string;
            };
            candidate: {
                version: string;
                sha256: string;
                /** @description the candidate’s file or upload name */
                source: string;
            };
            /** @description partners scored under both policies */
            partners: number;
            /** @description every partner whose tier would move */
            moves: {
                partner: string;
                name: string;
                from: string | null;
                to: string | null;
                /** @enum {string} */
                direction: "up" | "down";
                /** @description the tier the candidate would earn; differs from `to` while a grace period defers a demotion */
                earned: string | null;
                deferredByGrace: boolean;
                why: string[];
            }[];
        };
        PublishedTiers: {
            version: string;
            /** @description highest first */
            tiers: {
                /** @description what the API speaks: `gold` */
                id: string;
                /** @description what people read: "Gold" */
                name: string;
            }[];
        };
        TierPolicySource: {
            version: string;
            /** @description of the YAML text */
            sha256: string;
            /** @description the policy as published, comments included */
            yaml: string;
        };
        SpotAuditItem: {
            /** @description the evaluation’s external id */
            evaluation: string;
            partner: string;
            person: string;
            competency: string;
            /** @description the level when drawn */
            level: number;
            assessor: string;
            /** @description the partner’s readiness tier in effect at the draw (null: none) */
            tier: string | null;
            /** @description tier × assessor, as one text: "gold × Bea Novak", "none × Ari Stone" */
            stratum: string;
            /** @description null: not decided yet */
            outcome: ("upheld" | "overturned") | null;
            /** @description an overturn’s level */
            newLevel: number | null;
            reason: string | null;
            auditor: string | null;
            decidedAt: string | null;
        };
        SpotAuditSummary: {
            /** @description the audit’s number within the org */
            number: number;
            asOf: string;
            /** @description the calendar quarter audited: "2026-Q1" */
            quarter: string;
            quarterStart: string;
            share: number;
            seed: number;
            createdBy: string;
            createdAt: string;
            /** @description evaluations drawn */
            drawn: number;
            decided: number;
            overturned: number;
        };
        SpotAudit: {
            /** @description the audit’s number within the org */
            number: number;
            asOf: string;
            /** @description the calendar quarter audited: "2026-Q1" */
            quarter: string;
            quarterStart: string;
            share: number;
            seed: number;
            createdBy: string;
            createdAt: string;
            /** @description evaluations drawn */
            drawn: number;
            decided: number;
            overturned: number;
            items: components["schemas"]["SpotAuditItem"][];
        };
        SpotAuditDrawn: {
            /** @description the audit’s number within the org */
            number: number;
            asOf: string;
            /** @description the calendar quarter audited: "2026-Q1" */
            quarter: string;
            quarterStart: string;
            share: number;
            seed: number;
            createdBy: string;
            createdAt: string;
            /** @description evaluations drawn */
            drawn: number;
            decided: number;
            overturned: number;
            items: components["schemas"]["SpotAuditItem"][];
            strata: {
                tier: string | null;
                assessor: string;
                /** @description passing evaluations of the stratum in the quarter */
                size: number;
                drawn: number;
            }[];
        };
        AuditOutcomeResult: {
            item: components["schemas"]["SpotAuditItem"];
            /** @description after an overturn: the re-scoring and the partner’s standing before and after */
            rescored: {
                /** @description the scoring date re-scored */
                asOf: string;
                partner: string;
                /** @description the partner’s readiness at that scoring date (null: not scored) */
                before: {
                    tier: string | null;
                    earned: string | null;
                    composite: number;
                } | null;
                /** @description the partner’s readiness at that scoring date (null: not scored) */
                after: {
                    tier: string | null;
                    earned: string | null;
                    composite: number;
                } | null;
            } | null;
        };
        SpotAuditResults: {
            /** @description the audit counted (null: every audit of the org) */
            audit: number | null;
            overall: {
                /** @description items drawn */
                n: number;
                /** @description items decided: the rate’s denominator */
                audited: number;
                upheld: number;
                overturned: number;
                pending: number;
                /** @description overturned ÷ audited (null while nothing is decided) */
                rate: number | null;
            };
            byAssessor: {
                /** @description items drawn */
                n: number;
                /** @description items decided: the rate’s denominator */
                audited: number;
                upheld: number;
                overturned: number;
                pending: number;
                /** @description overturned ÷ audited (null while nothing is decided) */
                rate: number | null;
                /** @description the assessor’s name or the competency */
                key: string;
            }[];
            byCompetency: {
                /** @description items drawn */
                n: number;
                /** @description items decided: the rate’s denominator */
                audited: number;
                upheld: number;
                overturned: number;
                pending: number;
                /** @description overturned ÷ audited (null while nothing is decided) */
                rate: number | null;
                /** @description the assessor’s name or the competency */
                key: string;
            }[];
        };
        CriterionUnit: {
            /** @description the partner’s external id, or the target region’s or segment’s name */
            id: string;
            /** @enum {string} */
            kind: "partner" | "region" | "segment";
            name: string;
            type: string | null;
            /** @description the tier recorded in the CRM, as of the assessment */
            programTier: string | null;
            /** @description the computed tier of the latest readiness scoring on or before the as-of date */
            readinessTier: string | null;
            health: string | null;
            /** @description in the value’s denominator */
            counted: boolean;
            /** @description meets the signal’s condition; null for a mean or median */
            passes: boolean | null;
            /** @description its own number behind the value (numerator, score, days, dollars) */
            value: number | null;
            /** @description its own denominator, for a ratio of sums */
            of: number | null;
            /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
            detail: string;
        };
        PlanItem: {
            action: string;
            title: string;
            practice: number;
            /** @enum {string} */
            effort: "low" | "medium" | "high";
            priority: number;
            criteria: string[];
            objectives: string[];
            because: string;
            /**
             * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
             * @enum {string}
             */
            status: "todo" | "in_progress" | "done";
            /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
            owner?: string | null;
            /** @enum {string} */
            bucket: "days30" | "days60" | "days90" | "deferred";
            /** @description a deferred action: why it waits */
            reason?: string;
            /** @description when the status was last set (null: never) */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        Assessment: {
            number: number;
            kind: string;
            asOf: string;
            /** @enum {string} */
            status: "draft" | "final";
            overall: {
                score: number;
                band: string;
            } | null;
            framework: {
                version: string;
                sha256: string;
            };
            createdAt: string;
            createdBy: string | null;
            finalizedAt: string | null;
            finalizedBy: string | null;
            /** @description the assessment "what changed" compares this one with: the newest of an earlier as-of date (null: none) */
            previous: number | null;
            /** @description rows imported or changed per kind after the assessment was made: re-assess to include them */
            importedSince: {
                entity: string;
                rows: number;
            }[];
        };
        RemediationItem: {
            /** @description the item’s number within the org */
            id: number;
            gapKey: string;
            gap: string;
            action: string;
            owner: string | null;
            mentor: string | null;
            /** @enum {string} */
            bucket: "days30" | "days60" | "days90";
            dueOn: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "done" | "dropped";
            partner: string;
            gapKind: string;
            openedOn: string;
            closedOn: string | null;
        };
        EvidenceFile: {
            sha256: string;
            partner: string;
            person: string | null;
            filename: string;
            contentType: string;
            size: number;
            uploadedBy: string;
            uploadedAt: string;
        };
        AuditEntry: {
            id: string;
            at: string;
            actor: string;
            actorUserId: string | null;
            actorTokenId: string | null;
            action: string;
            entity: string;
            entityId: string | null;
            before: unknown;
            after: unknown;
            requestId: string | null;
        };
        PartnersRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description text, required */
            name: string | null;
            /** @description text, required */
            type: string | null;
            /** @description text */
            tier: string | null;
            /** @description text */
            region: string | null;
            /** @description text */
            segment: string | null;
            /** @description date, required */
            joined_on: string | null;
            /** @description text, required */
            lifecycle: string | null;
            /** @description text */
            executive_sponsor: string | null;
            /** @description text */
            owner: string | null;
        };
        PeopleRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text, required */
            name: string | null;
            /** @description text */
            email: string | null;
            /** @description text, required */
            role: string | null;
            /** @description boolean */
            is_champion: boolean | null;
            /** @description date */
            started_on: string | null;
            /** @description date */
            left_on: string | null;
        };
        OpportunitiesRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text */
            name: string | null;
            /** @description numeric, required */
            amount: number | null;
            /** @description text, required */
            stage: string | null;
            /** @description date, required */
            created_on: string | null;
            /** @description date */
            closed_on: string | null;
            /** @description boolean, required */
            sourced_by_partner: boolean | null;
            /** @description boolean */
            registered: boolean | null;
            /** @description text */
            region: string | null;
            /** @description text */
            segment: string | null;
        };
        ActivitiesRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text, required */
            kind: string | null;
            /** @description date, required */
            occurred_on: string | null;
            /** @description text */
            person_external_id: string | null;
            /** @description text */
            detail: string | null;
        };
        SurveysRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description date, required */
            responded_on: string | null;
            /** @description numeric */
            satisfaction: number | null;
            /** @description numeric */
            training: number | null;
            /** @description numeric */
            resources: number | null;
            /** @description numeric */
            support: number | null;
            /** @description text */
            comment: string | null;
        };
        MeetingsRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text, required */
            kind: string | null;
            /** @description date, required */
            scheduled_on: string | null;
            /** @description date */
            held_on: string | null;
            /** @description text */
            notes: string | null;
        };
        EvaluationsRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description external_id of a person of the org */
            person_external_id: string | null;
            /** @description text, required */
            competency: string | null;
            /** @description smallint, required */
            level: number | null;
            /** @description text, required */
            assessor: string | null;
            /** @description text, required */
            rubric_version: string | null;
            /** @description date, required */
            evaluated_on: string | null;
            /** @description date */
            expires_on: string | null;
            /** @description boolean */
            proctored: boolean | null;
        };
        EvidenceRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a evaluation of the org */
            evaluation_external_id: string | null;
            /** @description text, required */
            artifact_type: string | null;
            /** @description text, required */
            uri: string | null;
            /** @description text, required */
            sha256: string | null;
        };
        ProjectsRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text, required */
            customer: string | null;
            /** @description date, required */
            started_on: string | null;
            /** @description date, required */
            planned_live_on: string | null;
            /** @description date */
            actual_live_on: string | null;
            /** @description numeric */
            csat: number | null;
            /** @description integer */
            defects: number | null;
            /** @description boolean */
            renewed: boolean | null;
            /** @description boolean */
            expanded: boolean | null;
        };
        ReferencesRecord: {
            /** @description text, required */
            external_id: string | null;
            /** @description external_id of a partner of the org */
            partner_external_id: string | null;
            /** @description text, required */
            customer: string | null;
            /** @description date, required */
            referenced_on: string | null;
            /** @description boolean, required */
            verified: boolean | null;
            /** @description text */
            verified_by: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needed: boolean;
                    };
                };
            };
        };
    };
    postSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    org: {
                        id: string;
                        name: string;
                    };
                    owner: {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedIn: boolean;
                        setupNeeded: boolean;
                        session?: components["schemas"]["Session"];
                    };
                };
            };
        };
    };
    postAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthSignOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"] | {
                        token: {
                            id: string;
                            name: string;
                            orgId: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                        };
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current: string;
                    next: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        otherSessionsEnded: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            orgId: string;
                            orgName?: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                        /** @description a partner user’s partner (external id) */
                        partner: string | null;
                        /** @description what the role may do (the permission table) */
                        permissions: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shareHealthWithPartners?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name?: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                    /** @description partner users: the external_id of their partner */
                    partner?: string;
                    /** @description initial password when the email has no account yet */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgMembersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgMembersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                    partner?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                    partner?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "program_manager" | "assessor" | "viewer" | "partner";
                        partner: string | null;
                        /** @description the first characters, to recognise the token */
                        prefix: string;
                        /** @description who created it (name, else email); its tokens are revoked when they leave or lose the role */
                        createdBy: string | null;
                        createdAt: string;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** @description the secret: shown this once, stored only as a hash */
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgApiTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAudit: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                entity?: string;
                entityId?: string;
                action?: string;
                actorUserId?: string;
                since?: string;
                until?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartners: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                name?: string;
                type?: string;
                tier?: string;
                region?: string;
                segment?: string;
                joined_on_from?: string;
                joined_on_to?: string;
                lifecycle?: string;
                executive_sponsor?: string;
                owner?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartnersRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgPartners: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description text, required */
                    name: string;
                    /** @description text, required */
                    type: string;
                    tier?: string | null;
                    region?: string | null;
                    segment?: string | null;
                    /** @description date, required */
                    joined_on: string;
                    /** @description text, required */
                    lifecycle: string;
                    executive_sponsor?: string | null;
                    owner?: string | null;
                    valid_from?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnersRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnersRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgPartnersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgPartnersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    name?: string | null;
                    type?: string | null;
                    tier?: string | null;
                    region?: string | null;
                    segment?: string | null;
                    joined_on?: string | null;
                    lifecycle?: string | null;
                    executive_sponsor?: string | null;
                    owner?: string | null;
                    valid_from?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnersRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPeople: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                name?: string;
                email?: string;
                role?: string;
                is_champion?: string;
                started_on_from?: string;
                started_on_to?: string;
                left_on_from?: string;
                left_on_to?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PeopleRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgPeople: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description text, required */
                    name: string;
                    email?: string | null;
                    /** @description text, required */
                    role: string;
                    is_champion?: boolean | null;
                    started_on?: string | null;
                    left_on?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgPeopleById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    name?: string | null;
                    email?: string | null;
                    role?: string | null;
                    is_champion?: boolean | null;
                    started_on?: string | null;
                    left_on?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgOpportunities: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                name?: string;
                amount_from?: string;
                amount_to?: string;
                stage?: string;
                created_on_from?: string;
                created_on_to?: string;
                closed_on_from?: string;
                closed_on_to?: string;
                sourced_by_partner?: string;
                registered?: string;
                region?: string;
                segment?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OpportunitiesRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    name?: string | null;
                    /** @description numeric, required */
                    amount: number;
                    /** @description text, required */
                    stage: string;
                    /** @description date, required */
                    created_on: string;
                    closed_on?: string | null;
                    /** @description boolean, required */
                    sourced_by_partner: boolean;
                    registered?: boolean | null;
                    region?: string | null;
                    segment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgOpportunitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    name?: string | null;
                    amount?: number | null;
                    stage?: string | null;
                    created_on?: string | null;
                    closed_on?: string | null;
                    sourced_by_partner?: boolean | null;
                    registered?: boolean | null;
                    region?: string | null;
                    segment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgActivities: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                kind?: string;
                occurred_on_from?: string;
                occurred_on_to?: string;
                person_external_id?: string;
                detail?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActivitiesRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgActivities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description text, required */
                    kind: string;
                    /** @description date, required */
                    occurred_on: string;
                    person_external_id?: string | null;
                    detail?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgActivitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    kind?: string | null;
                    occurred_on?: string | null;
                    person_external_id?: string | null;
                    detail?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivitiesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSurveys: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                responded_on_from?: string;
                responded_on_to?: string;
                satisfaction_from?: string;
                satisfaction_to?: string;
                training_from?: string;
                training_to?: string;
                resources_from?: string;
                resources_to?: string;
                support_from?: string;
                support_to?: string;
                comment?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveysRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description date, required */
                    responded_on: string;
                    satisfaction?: number | null;
                    training?: number | null;
                    resources?: number | null;
                    support?: number | null;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveysRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSurveysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveysRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgSurveysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgSurveysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    responded_on?: string | null;
                    satisfaction?: number | null;
                    training?: number | null;
                    resources?: number | null;
                    support?: number | null;
                    comment?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveysRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgMeetings: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                kind?: string;
                scheduled_on_from?: string;
                scheduled_on_to?: string;
                held_on_from?: string;
                held_on_to?: string;
                notes?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeetingsRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description text, required */
                    kind: string;
                    /** @description date, required */
                    scheduled_on: string;
                    held_on?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    kind?: string | null;
                    scheduled_on?: string | null;
                    held_on?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgEvaluations: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                person_external_id?: string;
                competency?: string;
                level_from?: string;
                level_to?: string;
                assessor?: string;
                rubric_version?: string;
                evaluated_on_from?: string;
                evaluated_on_to?: string;
                expires_on_from?: string;
                expires_on_to?: string;
                proctored?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvaluationsRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description external_id of a person of the org */
                    person_external_id: string;
                    /** @description text, required */
                    competency: string;
                    /** @description smallint, required */
                    level: number;
                    /** @description text, required */
                    assessor: string;
                    /** @description text, required */
                    rubric_version: string;
                    /** @description date, required */
                    evaluated_on: string;
                    expires_on?: string | null;
                    proctored?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgEvaluationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgEvaluationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgEvaluationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    person_external_id?: string | null;
                    competency?: string | null;
                    level?: number | null;
                    assessor?: string | null;
                    rubric_version?: string | null;
                    evaluated_on?: string | null;
                    expires_on?: string | null;
                    proctored?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgEvidence: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                evaluation_external_id?: string;
                artifact_type?: string;
                uri?: string;
                sha256?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvidenceRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a evaluation of the org */
                    evaluation_external_id: string;
                    /** @description text, required */
                    artifact_type: string;
                    /** @description text, required */
                    uri: string;
                    /** @description text, required */
                    sha256: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgEvidenceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgEvidenceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgEvidenceById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    evaluation_external_id?: string | null;
                    artifact_type?: string | null;
                    uri?: string | null;
                    sha256?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgProjects: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                customer?: string;
                started_on_from?: string;
                started_on_to?: string;
                planned_live_on_from?: string;
                planned_live_on_to?: string;
                actual_live_on_from?: string;
                actual_live_on_to?: string;
                csat_from?: string;
                csat_to?: string;
                defects_from?: string;
                defects_to?: string;
                renewed?: string;
                expanded?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProjectsRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgProjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description text, required */
                    customer: string;
                    /** @description date, required */
                    started_on: string;
                    /** @description date, required */
                    planned_live_on: string;
                    actual_live_on?: string | null;
                    csat?: number | null;
                    defects?: number | null;
                    renewed?: boolean | null;
                    expanded?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    customer?: string | null;
                    started_on?: string | null;
                    planned_live_on?: string | null;
                    actual_live_on?: string | null;
                    csat?: number | null;
                    defects?: number | null;
                    renewed?: boolean | null;
                    expanded?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectsRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReferences: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                q?: string;
                external_id?: string;
                partner_external_id?: string;
                customer?: string;
                referenced_on_from?: string;
                referenced_on_to?: string;
                verified?: string;
                verified_by?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReferencesRecord"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgReferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description text, required */
                    external_id: string;
                    /** @description external_id of a partner of the org */
                    partner_external_id: string;
                    /** @description text, required */
                    customer: string;
                    /** @description date, required */
                    referenced_on: string;
                    /** @description boolean, required */
                    verified: boolean;
                    verified_by?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferencesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReferencesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferencesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgReferencesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgReferencesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    external_id?: string | null;
                    partner_external_id?: string | null;
                    customer?: string | null;
                    referenced_on?: string | null;
                    verified?: boolean | null;
                    verified_by?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferencesRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgImportsByEntity: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                /** @description a built-in mapping (salesforce-opportunities, …) */
                preset?: string;
                /** @description a mapping the org saved (PUT /orgs/:org/mappings/:name) */
                mapping?: string;
                /** @description M/D/YYYY or DD.MM.YYYY: the order of dates written with / or . */
                dateFormat?: string;
                /** @description the worksheet of an .xlsx workbook (default: the first) */
                sheet?: string;
            };
            header?: never;
            path: {
                org: string;
                entity: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgJobs: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Job"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgJobsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgImportsInfer: {
        parameters: {
            query?: {
                /** @description the entity to map to (default: guessed from the header) */
                entity?: "partners" | "people" | "opportunities" | "activities" | "surveys" | "meetings" | "evaluations" | "evidence" | "projects" | "references";
                /** @description the worksheet of an .xlsx workbook (default: the first) */
                sheet?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportInference"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPresets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportPreset"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgMappings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportMapping"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrgMappingsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the mapping file (YAML): docs/import-format.md#mapping-files */
                    yaml: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportMapping"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportMapping"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgMappingsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgDataCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DataCoverage"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessments: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                status?: "draft" | "final";
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Assessment"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the brief: context, objectives, constraints, manual scores */
                    brief: {
                        [key: string]: unknown;
                    };
                    /** @default v1 */
                    frameworkVersion?: string;
                    asOf?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberBrief: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the brief: context, objectives, constraints, manual scores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schemaVersion: "1";
                        program: string;
                        asOf: string;
                        period: {
                            start: string;
                            end: string;
                            days: number;
                            activeDays: number;
                        };
                        brief: {
                            context: {
                                notes: string | null;
                                companyRevenue: number | null;
                                tools: string[];
                                targetRegions: string[];
                                targetSegments: string[];
                            };
                            objectives: {
                                metric: string;
                                target: number;
                                deadline: string | null;
                                note: string | null;
                            }[];
                            initiatives: {
                                title: string;
                                count: number | null;
                                deadline: string | null;
                            }[];
                            constraints: {
                                teamSize: number;
                                budget: string;
                                executiveBandwidth: string;
                                notes: string | null;
                            };
                        };
                        framework: {
                            /** @enum {string} */
                            kind: "program-readiness";
                            version: string;
                            sha256: string;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                        summary: {
                            overall: {
                                /** @description one decimal, rounded half up */
                                score: number;
                                band: string;
                            };
                            valueRealized: {
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                partnerRevenue: number;
                                revenueShare: number | null;
                                partners: number;
                                active: number;
                                engaged: number;
                                passive: number;
                                atRisk: number;
                                dormant: number;
                            };
                            topImprovements: {
                                action: string;
                                title: string;
                            }[];
                            /** @description how many criteria have a score, and why the others do not */
                            criteria: {
                                total: number;
                                scored: number;
                                fromData: number;
                                fromAssessor: number;
                                /** @description their records were never imported */
                                notMeasured: number;
                                /** @description no signal and no assessor score */
                                notAssessed: number;
                            };
                            headline: string[];
                        };
                        scorecard: {
                            id: string;
                            dimension: string;
                            /** @description null: not assessed (no criterion of it has a score) */
                            score: number | null;
                            band: string;
                            weight: number;
                            findings: {
                                criterion: string;
                                score: number | null;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                } | null;
                            }[];
                            criteria: {
                                id: string;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                    rule: {
                                        /** @enum {string} */
                                        better: "higher" | "lower";
                                        cuts: number[];
                                    };
                                    /** @description every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form) */
                                    units?: {
                                        /** @description the partner’s external id, or the target region’s or segment’s name */
                                        id: string;
                                        /**
                                         * @description absent: a partner
                                         * @enum {string}
                                         */
                                        kind?: "region" | "segment";
                                        /** @description in the value’s denominator (listed after those that are, when not) */
                                        counted: boolean;
                                        /** @description meets the signal’s condition; null for a mean or median (no pass or fail) */
                                        passes: boolean | null;
                                        /** @description its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count */
                                        value: number | null;
                                        /** @description its own denominator, for a ratio of sums */
                                        of?: number;
                                        /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
                                        detail: string;
                                    }[];
                                } | null;
                                suggested: number | null;
                                manual: {
                                    score: number;
                                    reason: string;
                                } | null;
                                final: number | null;
                                /** @enum {string} */
                                source: "signal" | "manual" | "none";
                                claimedVsObserved: boolean;
                                smallSample: boolean;
                                /** @description kinds of record the signal needs and the org has none of: then the data measured nothing */
                                missingData: string[];
                            }[];
                        }[];
                        claimsVsObserved: {
                            criterion: string;
                            text: string;
                            claimed: number;
                            observed: number;
                            reason: string;
                            signal: {
                                metric: string;
                                value: number | null;
                                display: string;
                                basis: string;
                                /** @description records or partners the value rests on */
                                sample: number | null;
                            };
                            dimension: string;
                            dimensionScore: number;
                            /** @description the dimension score had the data’s suggestion been used */
                            dimensionScoreOnData: number;
                        }[];
                        portfolio: {
                            segments: {
                                type: string;
                                partners: number;
                                /** @description US dollars */
                                revenue: number;
                                health: {
                                    engaged: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    passive: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    "at-risk": {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    dormant: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                };
                                launching: number;
                                stalled: number;
                            }[];
                            topPerformers: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                /** @description 0–1 */
                                revenueShare: number;
                                deals: number;
                            }[];
                            coverage: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            coverageGaps: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            atRisk: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                reasons: string[];
                            }[];
                        };
                        enablement: {
                            target: number;
                            feedback: {
                                /** @enum {string} */
                                area: "training" | "resources" | "support" | "satisfaction";
                                n: number;
                                mean: number | null;
                                /** @description partners per score 0–10 */
                                distribution: number[];
                                belowTarget: boolean;
                            }[];
                            trainingCompletion: {
                                partners: number;
                                share: number | null;
                                completions: number;
                            };
                            recommendations: {
                                action: string;
                                title: string;
                                practice: number;
                                because: string;
                            }[];
                        };
                        performance: {
                            partners: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date */
                                programTier: string | null;
                                /** @description US dollars */
                                pipeline: number;
                                /** @description US dollars */
                                revenue: number;
                                /** @description US dollars */
                                sourcedRevenue: number;
                                deals: number;
                                /** @enum {string} */
                                engagement: "high" | "medium" | "low";
                                activitiesRecent: number;
                                satisfaction: number | null;
                                timeToFirstDealDays: number | null;
                                /** @enum {string} */
                                health: "engaged" | "passive" | "at-risk" | "dormant";
                                healthReasons: string[];
                                /** @description the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json) */
                                readiness: {
                                    tier: string | null;
                                    earned: string | null;
                                    composite: number;
                                    asOf: string;
                                } | null;
                                lastActivityOn: string | null;
                            }[];
                            topContributors: string[];
                            underperformers: {
                                externalId: string;
                                name: string;
                                why: string;
                            }[];
                            aggregates: {
                                /** @description US dollars */
                                partnerRevenue: number;
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                pipeline: number;
                                deals: number;
                                avgTimeToFirstDealDays: number | null;
                                medianTimeToFirstDealDays: number | null;
                                activeShare: number | null;
                                avgSatisfaction: number | null;
                            };
                        };
                        /** @description what the org holds of each kind of record (all dates, not only the period) */
                        dataCoverage: {
                            kind: string;
                            rows: number;
                            from: string | null;
                            to: string | null;
                            /** @description its newest date on or before the as-of date: how fresh the data is (absent in older reports) */
                            newest?: string | null;
                            /** @description criteria whose signals read this kind of record */
                            feeds: string[];
                        }[];
                        plan: {
                            days30: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days60: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days90: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            deferred: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                                reason: string;
                            }[];
                            capacityPerBucket: number;
                            metrics: {
                                metric: string;
                                label: string;
                                /** @enum {string} */
                                unit: "usd" | "share" | "score10" | "days" | "count";
                                baseline: number | null;
                                target: number | null;
                                deadline: string | null;
                                basis: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberDocument: {
        parameters: {
            query?: {
                format?: "md" | "html" | "prompt" | "pdf" | "xlsx";
                /** @description PDF paper size */
                paper?: "A4" | "Letter";
            };
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as a download (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                    "text/html": string;
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schemaVersion: "1";
                        program: string;
                        asOf: string;
                        period: {
                            start: string;
                            end: string;
                            days: number;
                            activeDays: number;
                        };
                        brief: {
                            context: {
                                notes: string | null;
                                companyRevenue: number | null;
                                tools: string[];
                                targetRegions: string[];
                                targetSegments: string[];
                            };
                            objectives: {
                                metric: string;
                                target: number;
                                deadline: string | null;
                                note: string | null;
                            }[];
                            initiatives: {
                                title: string;
                                count: number | null;
                                deadline: string | null;
                            }[];
                            constraints: {
                                teamSize: number;
                                budget: string;
                                executiveBandwidth: string;
                                notes: string | null;
                            };
                        };
                        framework: {
                            /** @enum {string} */
                            kind: "program-readiness";
                            version: string;
                            sha256: string;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                        summary: {
                            overall: {
                                /** @description one decimal, rounded half up */
                                score: number;
                                band: string;
                            };
                            valueRealized: {
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                partnerRevenue: number;
                                revenueShare: number | null;
                                partners: number;
                                active: number;
                                engaged: number;
                                passive: number;
                                atRisk: number;
                                dormant: number;
                            };
                            topImprovements: {
                                action: string;
                                title: string;
                            }[];
                            /** @description how many criteria have a score, and why the others do not */
                            criteria: {
                                total: number;
                                scored: number;
                                fromData: number;
                                fromAssessor: number;
                                /** @description their records were never imported */
                                notMeasured: number;
                                /** @description no signal and no assessor score */
                                notAssessed: number;
                            };
                            headline: string[];
                        };
                        scorecard: {
                            id: string;
                            dimension: string;
                            /** @description null: not assessed (no criterion of it has a score) */
                            score: number | null;
                            band: string;
                            weight: number;
                            findings: {
                                criterion: string;
                                score: number | null;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                } | null;
                            }[];
                            criteria: {
                                id: string;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                    rule: {
                                        /** @enum {string} */
                                        better: "higher" | "lower";
                                        cuts: number[];
                                    };
                                    /** @description every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form) */
                                    units?: {
                                        /** @description the partner’s external id, or the target region’s or segment’s name */
                                        id: string;
                                        /**
                                         * @description absent: a partner
                                         * @enum {string}
                                         */
                                        kind?: "region" | "segment";
                                        /** @description in the value’s denominator (listed after those that are, when not) */
                                        counted: boolean;
                                        /** @description meets the signal’s condition; null for a mean or median (no pass or fail) */
                                        passes: boolean | null;
                                        /** @description its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count */
                                        value: number | null;
                                        /** @description its own denominator, for a ratio of sums */
                                        of?: number;
                                        /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
                                        detail: string;
                                    }[];
                                } | null;
                                suggested: number | null;
                                manual: {
                                    score: number;
                                    reason: string;
                                } | null;
                                final: number | null;
                                /** @enum {string} */
                                source: "signal" | "manual" | "none";
                                claimedVsObserved: boolean;
                                smallSample: boolean;
                                /** @description kinds of record the signal needs and the org has none of: then the data measured nothing */
                                missingData: string[];
                            }[];
                        }[];
                        claimsVsObserved: {
                            criterion: string;
                            text: string;
                            claimed: number;
                            observed: number;
                            reason: string;
                            signal: {
                                metric: string;
                                value: number | null;
                                display: string;
                                basis: string;
                                /** @description records or partners the value rests on */
                                sample: number | null;
                            };
                            dimension: string;
                            dimensionScore: number;
                            /** @description the dimension score had the data’s suggestion been used */
                            dimensionScoreOnData: number;
                        }[];
                        portfolio: {
                            segments: {
                                type: string;
                                partners: number;
                                /** @description US dollars */
                                revenue: number;
                                health: {
                                    engaged: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    passive: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    "at-risk": {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    dormant: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                };
                                launching: number;
                                stalled: number;
                            }[];
                            topPerformers: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                /** @description 0–1 */
                                revenueShare: number;
                                deals: number;
                            }[];
                            coverage: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            coverageGaps: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            atRisk: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                reasons: string[];
                            }[];
                        };
                        enablement: {
                            target: number;
                            feedback: {
                                /** @enum {string} */
                                area: "training" | "resources" | "support" | "satisfaction";
                                n: number;
                                mean: number | null;
                                /** @description partners per score 0–10 */
                                distribution: number[];
                                belowTarget: boolean;
                            }[];
                            trainingCompletion: {
                                partners: number;
                                share: number | null;
                                completions: number;
                            };
                            recommendations: {
                                action: string;
                                title: string;
                                practice: number;
                                because: string;
                            }[];
                        };
                        performance: {
                            partners: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date */
                                programTier: string | null;
                                /** @description US dollars */
                                pipeline: number;
                                /** @description US dollars */
                                revenue: number;
                                /** @description US dollars */
                                sourcedRevenue: number;
                                deals: number;
                                /** @enum {string} */
                                engagement: "high" | "medium" | "low";
                                activitiesRecent: number;
                                satisfaction: number | null;
                                timeToFirstDealDays: number | null;
                                /** @enum {string} */
                                health: "engaged" | "passive" | "at-risk" | "dormant";
                                healthReasons: string[];
                                /** @description the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json) */
                                readiness: {
                                    tier: string | null;
                                    earned: string | null;
                                    composite: number;
                                    asOf: string;
                                } | null;
                                lastActivityOn: string | null;
                            }[];
                            topContributors: string[];
                            underperformers: {
                                externalId: string;
                                name: string;
                                why: string;
                            }[];
                            aggregates: {
                                /** @description US dollars */
                                partnerRevenue: number;
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                pipeline: number;
                                deals: number;
                                avgTimeToFirstDealDays: number | null;
                                medianTimeToFirstDealDays: number | null;
                                activeShare: number | null;
                                avgSatisfaction: number | null;
                            };
                        };
                        /** @description what the org holds of each kind of record (all dates, not only the period) */
                        dataCoverage: {
                            kind: string;
                            rows: number;
                            from: string | null;
                            to: string | null;
                            /** @description its newest date on or before the as-of date: how fresh the data is (absent in older reports) */
                            newest?: string | null;
                            /** @description criteria whose signals read this kind of record */
                            feeds: string[];
                        }[];
                        plan: {
                            days30: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days60: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days90: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            deferred: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                                reason: string;
                            }[];
                            capacityPerBucket: number;
                            metrics: {
                                metric: string;
                                label: string;
                                /** @enum {string} */
                                unit: "usd" | "share" | "score10" | "days" | "count";
                                baseline: number | null;
                                target: number | null;
                                deadline: string | null;
                                basis: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberPerformance: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                sort?: string;
                health?: "engaged" | "passive" | "at-risk" | "dormant";
                type?: string;
                engagement?: "high" | "medium" | "low";
                /** @description the program tier recorded in the CRM, in any letter case; `none` for partners without one */
                programTier?: string;
                /** @description the readiness tier computed (platinum, gold, silver, bronze); `none` for partners without one */
                readinessTier?: string;
                /** @description `true`: only partners whose program tier is above their readiness tier */
                review?: "true" | "false";
                /** @description the partner’s region, exactly */
                region?: string;
                q?: string;
            };
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            externalId: string;
                            name: string;
                            type: string;
                            /** @description the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date */
                            programTier: string | null;
                            /** @description US dollars */
                            pipeline: number;
                            /** @description US dollars */
                            revenue: number;
                            /** @description US dollars */
                            sourcedRevenue: number;
                            deals: number;
                            /** @enum {string} */
                            engagement: "high" | "medium" | "low";
                            activitiesRecent: number;
                            satisfaction: number | null;
                            timeToFirstDealDays: number | null;
                            /** @enum {string} */
                            health: "engaged" | "passive" | "at-risk" | "dormant";
                            healthReasons: string[];
                            /** @description the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json) */
                            readiness: {
                                tier: string | null;
                                earned: string | null;
                                composite: number;
                                asOf: string;
                            } | null;
                            lastActivityOn: string | null;
                        }[];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberCriteriaByCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
                criterion: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        text: string;
                        signal: {
                            metric: string;
                            value: number | null;
                            display: string;
                            basis: string;
                            /** @description records or partners the value rests on */
                            sample: number | null;
                            rule: {
                                /** @enum {string} */
                                better: "higher" | "lower";
                                cuts: number[];
                            };
                            /** @description every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form) */
                            units?: {
                                /** @description the partner’s external id, or the target region’s or segment’s name */
                                id: string;
                                /**
                                 * @description absent: a partner
                                 * @enum {string}
                                 */
                                kind?: "region" | "segment";
                                /** @description in the value’s denominator (listed after those that are, when not) */
                                counted: boolean;
                                /** @description meets the signal’s condition; null for a mean or median (no pass or fail) */
                                passes: boolean | null;
                                /** @description its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count */
                                value: number | null;
                                /** @description its own denominator, for a ratio of sums */
                                of?: number;
                                /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
                                detail: string;
                            }[];
                        } | null;
                        suggested: number | null;
                        manual: {
                            score: number;
                            reason: string;
                        } | null;
                        final: number | null;
                        /** @enum {string} */
                        source: "signal" | "manual" | "none";
                        claimedVsObserved: boolean;
                        smallSample: boolean;
                        /** @description kinds of record the signal needs and the org has none of: then the data measured nothing */
                        missingData: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrgAssessmentsByNumberCriteriaByCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
                criterion: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schemaVersion: "1";
                        program: string;
                        asOf: string;
                        period: {
                            start: string;
                            end: string;
                            days: number;
                            activeDays: number;
                        };
                        brief: {
                            context: {
                                notes: string | null;
                                companyRevenue: number | null;
                                tools: string[];
                                targetRegions: string[];
                                targetSegments: string[];
                            };
                            objectives: {
                                metric: string;
                                target: number;
                                deadline: string | null;
                                note: string | null;
                            }[];
                            initiatives: {
                                title: string;
                                count: number | null;
                                deadline: string | null;
                            }[];
                            constraints: {
                                teamSize: number;
                                budget: string;
                                executiveBandwidth: string;
                                notes: string | null;
                            };
                        };
                        framework: {
                            /** @enum {string} */
                            kind: "program-readiness";
                            version: string;
                            sha256: string;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                        summary: {
                            overall: {
                                /** @description one decimal, rounded half up */
                                score: number;
                                band: string;
                            };
                            valueRealized: {
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                partnerRevenue: number;
                                revenueShare: number | null;
                                partners: number;
                                active: number;
                                engaged: number;
                                passive: number;
                                atRisk: number;
                                dormant: number;
                            };
                            topImprovements: {
                                action: string;
                                title: string;
                            }[];
                            /** @description how many criteria have a score, and why the others do not */
                            criteria: {
                                total: number;
                                scored: number;
                                fromData: number;
                                fromAssessor: number;
                                /** @description their records were never imported */
                                notMeasured: number;
                                /** @description no signal and no assessor score */
                                notAssessed: number;
                            };
                            headline: string[];
                        };
                        scorecard: {
                            id: string;
                            dimension: string;
                            /** @description null: not assessed (no criterion of it has a score) */
                            score: number | null;
                            band: string;
                            weight: number;
                            findings: {
                                criterion: string;
                                score: number | null;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                } | null;
                            }[];
                            criteria: {
                                id: string;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                    rule: {
                                        /** @enum {string} */
                                        better: "higher" | "lower";
                                        cuts: number[];
                                    };
                                    /** @description every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form) */
                                    units?: {
                                        /** @description the partner’s external id, or the target region’s or segment’s name */
                                        id: string;
                                        /**
                                         * @description absent: a partner
                                         * @enum {string}
                                         */
                                        kind?: "region" | "segment";
                                        /** @description in the value’s denominator (listed after those that are, when not) */
                                        counted: boolean;
                                        /** @description meets the signal’s condition; null for a mean or median (no pass or fail) */
                                        passes: boolean | null;
                                        /** @description its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count */
                                        value: number | null;
                                        /** @description its own denominator, for a ratio of sums */
                                        of?: number;
                                        /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
                                        detail: string;
                                    }[];
                                } | null;
                                suggested: number | null;
                                manual: {
                                    score: number;
                                    reason: string;
                                } | null;
                                final: number | null;
                                /** @enum {string} */
                                source: "signal" | "manual" | "none";
                                claimedVsObserved: boolean;
                                smallSample: boolean;
                                /** @description kinds of record the signal needs and the org has none of: then the data measured nothing */
                                missingData: string[];
                            }[];
                        }[];
                        claimsVsObserved: {
                            criterion: string;
                            text: string;
                            claimed: number;
                            observed: number;
                            reason: string;
                            signal: {
                                metric: string;
                                value: number | null;
                                display: string;
                                basis: string;
                                /** @description records or partners the value rests on */
                                sample: number | null;
                            };
                            dimension: string;
                            dimensionScore: number;
                            /** @description the dimension score had the data’s suggestion been used */
                            dimensionScoreOnData: number;
                        }[];
                        portfolio: {
                            segments: {
                                type: string;
                                partners: number;
                                /** @description US dollars */
                                revenue: number;
                                health: {
                                    engaged: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    passive: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    "at-risk": {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    dormant: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                };
                                launching: number;
                                stalled: number;
                            }[];
                            topPerformers: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                /** @description 0–1 */
                                revenueShare: number;
                                deals: number;
                            }[];
                            coverage: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            coverageGaps: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            atRisk: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                reasons: string[];
                            }[];
                        };
                        enablement: {
                            target: number;
                            feedback: {
                                /** @enum {string} */
                                area: "training" | "resources" | "support" | "satisfaction";
                                n: number;
                                mean: number | null;
                                /** @description partners per score 0–10 */
                                distribution: number[];
                                belowTarget: boolean;
                            }[];
                            trainingCompletion: {
                                partners: number;
                                share: number | null;
                                completions: number;
                            };
                            recommendations: {
                                action: string;
                                title: string;
                                practice: number;
                                because: string;
                            }[];
                        };
                        performance: {
                            partners: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date */
                                programTier: string | null;
                                /** @description US dollars */
                                pipeline: number;
                                /** @description US dollars */
                                revenue: number;
                                /** @description US dollars */
                                sourcedRevenue: number;
                                deals: number;
                                /** @enum {string} */
                                engagement: "high" | "medium" | "low";
                                activitiesRecent: number;
                                satisfaction: number | null;
                                timeToFirstDealDays: number | null;
                                /** @enum {string} */
                                health: "engaged" | "passive" | "at-risk" | "dormant";
                                healthReasons: string[];
                                /** @description the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json) */
                                readiness: {
                                    tier: string | null;
                                    earned: string | null;
                                    composite: number;
                                    asOf: string;
                                } | null;
                                lastActivityOn: string | null;
                            }[];
                            topContributors: string[];
                            underperformers: {
                                externalId: string;
                                name: string;
                                why: string;
                            }[];
                            aggregates: {
                                /** @description US dollars */
                                partnerRevenue: number;
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                pipeline: number;
                                deals: number;
                                avgTimeToFirstDealDays: number | null;
                                medianTimeToFirstDealDays: number | null;
                                activeShare: number | null;
                                avgSatisfaction: number | null;
                            };
                        };
                        /** @description what the org holds of each kind of record (all dates, not only the period) */
                        dataCoverage: {
                            kind: string;
                            rows: number;
                            from: string | null;
                            to: string | null;
                            /** @description its newest date on or before the as-of date: how fresh the data is (absent in older reports) */
                            newest?: string | null;
                            /** @description criteria whose signals read this kind of record */
                            feeds: string[];
                        }[];
                        plan: {
                            days30: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days60: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days90: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            deferred: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                                reason: string;
                            }[];
                            capacityPerBucket: number;
                            metrics: {
                                metric: string;
                                label: string;
                                /** @enum {string} */
                                unit: "usd" | "share" | "score10" | "days" | "count";
                                baseline: number | null;
                                target: number | null;
                                deadline: string | null;
                                basis: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgAssessmentsByNumberCriteriaByCriterion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
                criterion: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schemaVersion: "1";
                        program: string;
                        asOf: string;
                        period: {
                            start: string;
                            end: string;
                            days: number;
                            activeDays: number;
                        };
                        brief: {
                            context: {
                                notes: string | null;
                                companyRevenue: number | null;
                                tools: string[];
                                targetRegions: string[];
                                targetSegments: string[];
                            };
                            objectives: {
                                metric: string;
                                target: number;
                                deadline: string | null;
                                note: string | null;
                            }[];
                            initiatives: {
                                title: string;
                                count: number | null;
                                deadline: string | null;
                            }[];
                            constraints: {
                                teamSize: number;
                                budget: string;
                                executiveBandwidth: string;
                                notes: string | null;
                            };
                        };
                        framework: {
                            /** @enum {string} */
                            kind: "program-readiness";
                            version: string;
                            sha256: string;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                        summary: {
                            overall: {
                                /** @description one decimal, rounded half up */
                                score: number;
                                band: string;
                            };
                            valueRealized: {
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                partnerRevenue: number;
                                revenueShare: number | null;
                                partners: number;
                                active: number;
                                engaged: number;
                                passive: number;
                                atRisk: number;
                                dormant: number;
                            };
                            topImprovements: {
                                action: string;
                                title: string;
                            }[];
                            /** @description how many criteria have a score, and why the others do not */
                            criteria: {
                                total: number;
                                scored: number;
                                fromData: number;
                                fromAssessor: number;
                                /** @description their records were never imported */
                                notMeasured: number;
                                /** @description no signal and no assessor score */
                                notAssessed: number;
                            };
                            headline: string[];
                        };
                        scorecard: {
                            id: string;
                            dimension: string;
                            /** @description null: not assessed (no criterion of it has a score) */
                            score: number | null;
                            band: string;
                            weight: number;
                            findings: {
                                criterion: string;
                                score: number | null;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                } | null;
                            }[];
                            criteria: {
                                id: string;
                                text: string;
                                signal: {
                                    metric: string;
                                    value: number | null;
                                    display: string;
                                    basis: string;
                                    /** @description records or partners the value rests on */
                                    sample: number | null;
                                    rule: {
                                        /** @enum {string} */
                                        better: "higher" | "lower";
                                        cuts: number[];
                                    };
                                    /** @description every unit behind the value with its own figure: counted ones first, failing before passing (absent in the dashboard form) */
                                    units?: {
                                        /** @description the partner’s external id, or the target region’s or segment’s name */
                                        id: string;
                                        /**
                                         * @description absent: a partner
                                         * @enum {string}
                                         */
                                        kind?: "region" | "segment";
                                        /** @description in the value’s denominator (listed after those that are, when not) */
                                        counted: boolean;
                                        /** @description meets the signal’s condition; null for a mean or median (no pass or fail) */
                                        passes: boolean | null;
                                        /** @description its own number behind the value: the numerator of a ratio of sums, a score, days, dollars, a count */
                                        value: number | null;
                                        /** @description its own denominator, for a ratio of sums */
                                        of?: number;
                                        /** @description the figure in words: "0 of 4 QBRs held", "no program tier" */
                                        detail: string;
                                    }[];
                                } | null;
                                suggested: number | null;
                                manual: {
                                    score: number;
                                    reason: string;
                                } | null;
                                final: number | null;
                                /** @enum {string} */
                                source: "signal" | "manual" | "none";
                                claimedVsObserved: boolean;
                                smallSample: boolean;
                                /** @description kinds of record the signal needs and the org has none of: then the data measured nothing */
                                missingData: string[];
                            }[];
                        }[];
                        claimsVsObserved: {
                            criterion: string;
                            text: string;
                            claimed: number;
                            observed: number;
                            reason: string;
                            signal: {
                                metric: string;
                                value: number | null;
                                display: string;
                                basis: string;
                                /** @description records or partners the value rests on */
                                sample: number | null;
                            };
                            dimension: string;
                            dimensionScore: number;
                            /** @description the dimension score had the data’s suggestion been used */
                            dimensionScoreOnData: number;
                        }[];
                        portfolio: {
                            segments: {
                                type: string;
                                partners: number;
                                /** @description US dollars */
                                revenue: number;
                                health: {
                                    engaged: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    passive: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    "at-risk": {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                    dormant: {
                                        partners: number;
                                        /** @description US dollars */
                                        revenue: number;
                                    };
                                };
                                launching: number;
                                stalled: number;
                            }[];
                            topPerformers: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                /** @description 0–1 */
                                revenueShare: number;
                                deals: number;
                            }[];
                            coverage: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            coverageGaps: {
                                /** @enum {string} */
                                kind: "region" | "segment";
                                name: string;
                                partners: number;
                                activePartners: number;
                                /** @enum {string} */
                                status: "none" | "inactive" | "covered";
                            }[];
                            atRisk: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description US dollars */
                                revenue: number;
                                reasons: string[];
                            }[];
                        };
                        enablement: {
                            target: number;
                            feedback: {
                                /** @enum {string} */
                                area: "training" | "resources" | "support" | "satisfaction";
                                n: number;
                                mean: number | null;
                                /** @description partners per score 0–10 */
                                distribution: number[];
                                belowTarget: boolean;
                            }[];
                            trainingCompletion: {
                                partners: number;
                                share: number | null;
                                completions: number;
                            };
                            recommendations: {
                                action: string;
                                title: string;
                                practice: number;
                                because: string;
                            }[];
                        };
                        performance: {
                            partners: {
                                externalId: string;
                                name: string;
                                type: string;
                                /** @description the program tier recorded in the CRM (the partners file’s `tier`), as of the as-of date */
                                programTier: string | null;
                                /** @description US dollars */
                                pipeline: number;
                                /** @description US dollars */
                                revenue: number;
                                /** @description US dollars */
                                sourcedRevenue: number;
                                deals: number;
                                /** @enum {string} */
                                engagement: "high" | "medium" | "low";
                                activitiesRecent: number;
                                satisfaction: number | null;
                                timeToFirstDealDays: number | null;
                                /** @enum {string} */
                                health: "engaged" | "passive" | "at-risk" | "dormant";
                                healthReasons: string[];
                                /** @description the readiness tier Trellis computed: the latest partner readiness scoring on or before the as-of date (readiness-report.json) */
                                readiness: {
                                    tier: string | null;
                                    earned: string | null;
                                    composite: number;
                                    asOf: string;
                                } | null;
                                lastActivityOn: string | null;
                            }[];
                            topContributors: string[];
                            underperformers: {
                                externalId: string;
                                name: string;
                                why: string;
                            }[];
                            aggregates: {
                                /** @description US dollars */
                                partnerRevenue: number;
                                /** @description US dollars */
                                partnerSourcedRevenue: number;
                                /** @description US dollars */
                                pipeline: number;
                                deals: number;
                                avgTimeToFirstDealDays: number | null;
                                medianTimeToFirstDealDays: number | null;
                                activeShare: number | null;
                                avgSatisfaction: number | null;
                            };
                        };
                        /** @description what the org holds of each kind of record (all dates, not only the period) */
                        dataCoverage: {
                            kind: string;
                            rows: number;
                            from: string | null;
                            to: string | null;
                            /** @description its newest date on or before the as-of date: how fresh the data is (absent in older reports) */
                            newest?: string | null;
                            /** @description criteria whose signals read this kind of record */
                            feeds: string[];
                        }[];
                        plan: {
                            days30: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days60: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            days90: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                            }[];
                            deferred: {
                                action: string;
                                title: string;
                                practice: number;
                                /** @enum {string} */
                                effort: "low" | "medium" | "high";
                                priority: number;
                                criteria: string[];
                                objectives: string[];
                                because: string;
                                /**
                                 * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                                 * @enum {string}
                                 */
                                status: "todo" | "in_progress" | "done";
                                /** @description who carries the action, set through the API (PATCH …/plan/:action); absent or null until named */
                                owner?: string | null;
                                reason: string;
                            }[];
                            capacityPerBucket: number;
                            metrics: {
                                metric: string;
                                label: string;
                                /** @enum {string} */
                                unit: "usd" | "share" | "score10" | "days" | "count";
                                baseline: number | null;
                                target: number | null;
                                deadline: string | null;
                                basis: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgAssessmentsByNumberCriteriaByCriterionUnits: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                /** @description part of a name or id */
                q?: string;
                /** @description failing / passing: counted units that miss or meet the condition; unrated: counted in a mean or median; not-counted: outside the denominator */
                status?: "failing" | "passing" | "unrated" | "not-counted";
            };
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
                criterion: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CriterionUnit"][];
                        total: number;
                        limit: number;
                        offset: number;
                        counts: {
                            units: number;
                            counted: number;
                            failing: number;
                            passing: number;
                            notCounted: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgAssessmentsByNumberPlanByAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
                action: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description progress on the action, set through the API (PATCH …/plan/:action); "todo" until then
                     * @enum {string}
                     */
                    status?: "todo" | "in_progress" | "done";
                    /** @description who carries the action; null clears it */
                    owner?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgAssessmentsByNumberFinalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the assessment’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgReadinessScorings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description default: today */
                    asOf?: string;
                    /** @default v1 */
                    policyVersion?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReadiness: {
        parameters: {
            query?: {
                /** @description the scoring on or before this date; default the latest */
                asOf?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        schemaVersion: "1";
                        asOf: string;
                        policy: {
                            version: string;
                            sha256: string;
                        };
                        competencyFramework: {
                            version: string;
                            sha256: string;
                        };
                        summary: {
                            partners: number;
                            /** @description partners per tier in effect; "none" for no tier */
                            tierDistribution: {
                                [key: string]: number;
                            };
                            inGrace: number;
                            /** @description partners whose composite meets a higher tier but a gate does not */
                            heldBackByGates: number;
                            /** @description partners whose program tier (CRM) is above their readiness tier: to review */
                            programAboveReadiness?: number;
                            /** @description the remediation items when the scoring was made; null for a scoring of a date before the latest one (history: remediation is today’s state and follows the latest scoring only) */
                            remediation: {
                                open: number;
                                inProgress: number;
                                done: number;
                                dropped: number;
                                gapClosureRate: number | null;
                            } | null;
                        };
                        readinessByRole: {
                            role: string;
                            /** @description people qualified at level ≥ 1, 2, 3, 4 */
                            qualifiedPeople: number[];
                            partnersWithQualified: number[];
                        }[];
                        largestGaps: {
                            kind: string;
                            key: string;
                            label: string;
                            partners: number;
                        }[];
                        scorings: {
                            asOf: string;
                            createdAt: string;
                        }[];
                        /** @description rows imported or changed per kind after this scoring was made: re-score to include them */
                        importedSince: {
                            entity: string;
                            rows: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReadinessTiers: {
        parameters: {
            query?: {
                /** @description the scoring on or before this date; default the latest */
                asOf?: string;
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                /** @description a readiness tier id (computed), or `none` */
                tier?: string;
                /** @description `true`: only partners whose program tier (CRM) is above their readiness tier */
                review?: "true" | "false";
                sort?: "composite" | "-composite" | "name" | "-name" | "externalId" | "-externalId" | "tier" | "-tier";
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TierRow"][];
                        total: number;
                        limit: number;
                        offset: number;
                        asOf: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersByIdReadiness: {
        parameters: {
            query?: {
                /** @description the scoring on or before this date; default the latest */
                asOf?: string;
            };
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        externalId: string;
                        name: string;
                        type: string;
                        /** @description the readiness tier in effect (computed; grace periods included) */
                        tier: string | null;
                        earned: string | null;
                        /** @description the program tier recorded in the CRM (absent in scorings stored before it was reported) */
                        programTier?: string | null;
                        /** @description the program tier is above the readiness tier: "Gold in the program, ready for Bronze — review" */
                        tierReview?: boolean;
                        /** @enum {string} */
                        change: "new" | "promoted" | "held" | "grace" | "demoted" | "none";
                        graceLeft: number;
                        skills: number;
                        capacity: number;
                        outcomes: number;
                        outcomesConfidence: number;
                        composite: number;
                        contributions: {
                            skills: number;
                            capacity: number;
                            outcomes: number;
                        };
                        gates: {
                            /** @enum {string} */
                            gate: "composite" | "references" | "roles-covered" | "components-above-zero";
                            passed: boolean;
                            detail: string;
                        }[];
                        evidence: {
                            missingCompetencies: {
                                competency: string;
                                level: number;
                                demonstrated: number;
                            }[];
                            capacity: {
                                role: string;
                                qualified: number;
                                needed: number;
                                demand: number;
                            }[];
                            outcomes: {
                                signal: string;
                                n: number;
                                raw: number | null;
                                normalised: number | null;
                                confidence: number;
                                value: number;
                            }[];
                            referencesInWindow: number;
                        };
                        nextTier: {
                            tier: string;
                            composite: number;
                            needs: string[];
                            /** @description the same needs, structured, in the same order (each keeps its sentence as `text`); absent from scorings stored before it existed */
                            items?: {
                                /** @enum {string} */
                                kind: "competency" | "headcount" | "references" | "composite" | "component";
                                /** @description competency, headcount: the role (sales, solutions, implementation, admin) */
                                role: string | null;
                                /** @description competency: the names of the competencies no one demonstrates */
                                competencies: string[];
                                /** @description how many more: people, references; 1 for a competency or component */
                                count: number;
                                /** @description today, in the need’s measure: people qualified, references in the window, the best level demonstrated (null: none), the component (0), the composite with every other gap closed */
                                current: number | null;
                                /** @description what the next tier requires in the same measure (null: above 0) */
                                required: number | null;
                                /** @description competency, headcount: the level asked */
                                level: number | null;
                                /** @description headcount: set by open project demand rather than the tier’s minimum */
                                openDemand: boolean;
                                /** @description references: the window they must fall in */
                                withinDays: number | null;
                                /** @description component: skills, capacity or outcomes */
                                component: string | null;
                                text: string;
                            }[];
                        } | null;
                        remediation: {
                            id: number;
                            gapKey: string;
                            gap: string;
                            action: string;
                            owner: string | null;
                            mentor: string | null;
                            /** @enum {string} */
                            bucket: "days30" | "days60" | "days90";
                            dueOn: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                        }[];
                        asOf: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReadinessDocument: {
        parameters: {
            query?: {
                /** @description the scoring on or before this date; default the latest */
                asOf?: string;
                format?: "html" | "pdf" | "md";
                /** @description PDF paper size */
                paper?: "A4" | "Letter";
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as a download (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/pdf": string;
                    "text/markdown": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersByIdDocument: {
        parameters: {
            query?: {
                format?: "html" | "pdf" | "md";
                /** @description PDF paper size */
                paper?: "A4" | "Letter";
                /** @description internal: the vendor’s view (health, satisfaction); partner: what the partner’s own users see */
                edition?: "internal" | "partner";
            };
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, sent as a download (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/pdf": string;
                    "text/markdown": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersByIdNextTier: {
        parameters: {
            query?: {
                /** @description the scoring on or before this date; default the latest */
                asOf?: string;
            };
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the readiness tier in effect (computed; grace periods included) */
                        tier: string | null;
                        composite: number;
                        gates: {
                            /** @enum {string} */
                            gate: "composite" | "references" | "roles-covered" | "components-above-zero";
                            passed: boolean;
                            detail: string;
                        }[];
                        nextTier: {
                            tier: string;
                            composite: number;
                            needs: string[];
                            /** @description the same needs, structured, in the same order (each keeps its sentence as `text`); absent from scorings stored before it existed */
                            items?: {
                                /** @enum {string} */
                                kind: "competency" | "headcount" | "references" | "composite" | "component";
                                /** @description competency, headcount: the role (sales, solutions, implementation, admin) */
                                role: string | null;
                                /** @description competency: the names of the competencies no one demonstrates */
                                competencies: string[];
                                /** @description how many more: people, references; 1 for a competency or component */
                                count: number;
                                /** @description today, in the need’s measure: people qualified, references in the window, the best level demonstrated (null: none), the component (0), the composite with every other gap closed */
                                current: number | null;
                                /** @description what the next tier requires in the same measure (null: above 0) */
                                required: number | null;
                                /** @description competency, headcount: the level asked */
                                level: number | null;
                                /** @description headcount: set by open project demand rather than the tier’s minimum */
                                openDemand: boolean;
                                /** @description references: the window they must fall in */
                                withinDays: number | null;
                                /** @description component: skills, capacity or outcomes */
                                component: string | null;
                                text: string;
                            }[];
                        } | null;
                        remediation: {
                            id: number;
                            gapKey: string;
                            gap: string;
                            action: string;
                            owner: string | null;
                            mentor: string | null;
                            /** @enum {string} */
                            bucket: "days30" | "days60" | "days90";
                            dueOn: string;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                        }[];
                        asOf: string;
                        /** @description the partner’s external id */
                        partner: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReadinessPoliciesByVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierPolicySource"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgReadinessPoliciesByVersionTiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTiers"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgReadinessSimulations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the candidate tier-policy YAML */
                    policy: string;
                    /**
                     * @description the published policy version to compare with
                     * @default v1
                     */
                    current?: string;
                    asOf?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierSimulation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramHistory"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgHistoryOutcomes: {
        parameters: {
            query?: {
                /** @description the earlier date; default: two quarters (182 days) before `to` */
                from?: string;
                /** @description the later date; default: the latest assessment’s or scoring’s as-of date */
                to?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesComparison"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgHistoryRemediationImpact: {
        parameters: {
            query?: {
                /** @description the earlier date; default: two quarters (182 days) before `to` */
                from?: string;
                /** @description the later date; default: the latest assessment’s or scoring’s as-of date */
                to?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationImpact"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerAttributeHistory"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgRemediation: {
        parameters: {
            query?: {
                partner?: string;
                status?: "open" | "in_progress" | "done" | "dropped";
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RemediationItem"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchOrgRemediationByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status?: "open" | "in_progress" | "done" | "dropped";
                    owner?: string;
                    mentor?: string;
                    dueOn?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgRemediationByNumberClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default done
                     * @enum {string}
                     */
                    status?: "done" | "dropped";
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationItem"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgEvidenceFiles: {
        parameters: {
            query?: {
                /** @description items per page (1–500) */
                limit?: number;
                /** @description items to skip */
                offset?: number;
                partner?: string;
                person?: string;
            };
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EvidenceFile"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgEvidenceFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFile"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgPartnersByIdEvidenceFilesBySha256: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as it was uploaded, with its own content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteOrgPartnersByIdEvidenceFilesBySha256: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                id: string;
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgCalibrationSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CalibrationSessionSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgCalibrationSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalibrationSessionCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationSession"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgCalibrationSessionsBySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                session: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationSessionDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgCalibrationSessionsBySessionUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                session: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        session: number;
                        /** @enum {string} */
                        status: "open" | "closed";
                        /** @description yours to rate: never the stored level, never others’ ratings */
                        units: components["schemas"]["CalibrationUnitToRate"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrgCalibrationSessionsBySessionUnitsByUnitRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                session: number;
                unit: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalibrationRatingRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationRating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgCalibrationSessionsBySessionClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                session: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never> | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationSession"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgCalibrationSessionsBySessionResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                session: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationSessionResults"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSpotAudits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SpotAuditSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOrgSpotAudits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpotAuditDrawRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotAuditDrawn"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSpotAuditsResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotAuditResults"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSpotAuditsByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the spot audit’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotAudit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgSpotAuditsByNumberResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the spot audit’s number within the org, or `latest` */
                number: "latest" | number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotAuditResults"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putOrgSpotAuditsByNumberItemsByEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                org: string;
                /** @description the spot audit’s number within the org */
                number: number;
                /** @description the evaluation’s external id */
                evaluation: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditOutcomeRequestInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditOutcomeResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
