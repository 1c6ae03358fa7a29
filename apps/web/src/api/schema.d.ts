export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password; answers a bearer token and the user
         * @description Anyone may call it. Send the token as `Authorization: Bearer <accessToken>` afterwards. 401 for a wrong username or password, or a retired account (the same answer for all three, after the same work); 429 after THROTTLE_LOGIN_LIMIT attempts a minute from one address, and while the username is locked after LOGIN_LOCK_AFTER failed logins in a row (`error: too_many_attempts`, with `lockedUntil`; whether or not an account of that name exists). A user with a one-time password (`user.mustChangePassword`) must change it first.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller: who is signed in, with the role and its bindings
         * @description What the console reads after login and on every reload: the role decides the menu, the bindings (chain, enterprise, department) the defaults of its forms.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one’s own password (the current one required)
         * @description Any signed-in user, also one who must replace a one-time password. Every token issued before, this one included, answers 401 afterwards: log in again with the new password. 400 naming `currentPassword` when it is wrong, `newPassword` when it is shorter than PASSWORD_MIN_LENGTH, one of the most common passwords, or the current one.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start a single sign-on at the park’s identity provider (统一身份认证)
         * @description For a browser: answers 302 to the provider’s authorization endpoint (OpenID Connect authorization code flow with PKCE and a nonce), with a short-lived HttpOnly cookie holding the login’s state. The provider sends the browser back to GET /api/auth/oidc/callback. When OIDC_ISSUER is not set, or the provider does not answer, the browser goes back to `/login?sso=not_configured` or `?sso=failed`.
         */
        get: operations["AuthController_oidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the browser back after a single sign-on
         * @description Exchanges the code (with the PKCE verifier), checks the state, the nonce and the ID token, and maps the claim OIDC_USERNAME_CLAIM (default preferred_username) to an active user here; nobody is created. Answers 302 to `/login/sso?returnTo=…` with the new session in an HttpOnly cookie for 60 seconds, which the console takes with POST /api/auth/oidc/session (a token never appears in a URL); or to `/login?sso=no_account` (no active user of that name) or `?sso=failed` (a refused, replayed or expired login).
         */
        get: operations["AuthController_oidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the session a single sign-on just made
         * @description The console calls it on /login/sso: answers the bearer token and the user, as POST /api/auth/login does, from the HttpOnly cookie the callback set, and clears it (once). 401 when there is none, or it expired (60 seconds).
         */
        post: operations["AuthController_oidcSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The administrators’ audit trail (admin)
         * @description Every change to chains, departments, enterprises, users (a user’s own password change too), SLA policies and the working calendar: who, when, what, and the values before and after; newest first, at most 1,000. Each record is chained by hash to the one before (GET /api/audit/verify). 403 for other roles; 400 naming a bad filter.
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the audit trail’s hash chain (admin)
         * @description Recomputes every record’s hash from the first: a record changed, removed or inserted behind the service’s back is reported with its position.
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail as CSV (admin)
         * @description The same filters as GET /api/audit, up to 10,000 records, oldest first, as a UTF-8 CSV file (with a byte-order mark, for Excel). Cells that a spreadsheet would read as a formula are escaped.
         */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import departments, enterprises or users from a CSV or XLSX file (admin)
         * @description The first sheet’s first non-blank row holds the headings, in Chinese or English (GET /api/imports/{kind}/template). Every row is checked against the rules of the POST body of its kind, the rows already stored and the file’s other rows; each bad row is listed with its row number, field and reason. A dry run (the default) creates nothing and answers 200. `dryRun=false` creates every row in one transaction and answers 201, or, when any row is wrong, creates nothing and answers 422 with the same list. Imported users get one-time passwords, answered once in `credentials` and to be changed at the first login; administrators cannot be imported. Refused with 400 (field `file`): a file whose bytes are not what its name says, an old .xls, more than 20,000 rows; every cell that is, or begins like, a formula (= + - @, a tab) is listed as an error. 413 above 10 MB. 403 for other roles.
         */
        post: operations["ImportsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{kind}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file to fill in for an import (admin)
         * @description XLSX (the default): the headings, a drop-down for each listed column (role, tier) and a sheet that explains every column. CSV: the heading row alone, UTF-8 with a byte-order mark.
         */
        get: operations["ImportsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service catalogue (服务清单): what enterprises can order
         * @description Every signed-in user, in the published order. An enterprise or a commissioner sees the items of its own chain and those of every chain; others see all, or with `chainId` those a chain’s enterprises see. Retired items only with `includeRetired=true`.
         */
        get: operations["CatalogueController_list"];
        put?: never;
        /**
         * Add an item to the service catalogue (admin)
         * @description For every chain, or one (`chainId`). 409 when the code is taken; 400 naming a field that is wrong, a retired chain or department.
         */
        post: operations["CatalogueController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/{code}": {
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
         * Change or retire a catalogue item (admin)
         * @description The fields of the POST body but the code, and `retired`: a retired item is offered no more and no new order may name it; the orders that do keep it, and it is never deleted. Orders already placed keep their category.
         */
        patch: operations["CatalogueController_update"];
        trace?: never;
    };
    "/api/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the chains (admin)
         * @description Every chain. 403 for other roles (they find chain names in GET /api/directory).
         */
        get: operations["OrganisationController_listChains"];
        put?: never;
        /**
         * Create an industrial chain (admin)
         * @description An industrial chain (产业链) groups enterprises; its committee (dispatchers) dispatches their orders and its code prefixes their ticket codes. 403 for other roles; 409 when the code is taken; 400 for a missing name or a code that is not 1–32 letters, digits, _ or -.
         */
        post: operations["OrganisationController_createChain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the departments (admin)
         * @description Every department with its leader in charge. 403 for other roles.
         */
        get: operations["OrganisationController_listDepartments"];
        put?: never;
        /**
         * Create a department (admin)
         * @description A functional department (职能部门) that receives dispatched orders; `leaderUserId` names the leader in charge (分管领导), a user with the leader role, who sees its tickets and is told of escalations. 403 for other roles; 409 when the code is taken; 400 for a leader that is not a leader user.
         */
        post: operations["OrganisationController_createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the enterprises (admin)
         * @description Every enterprise with its chain and tier. 403 for other roles.
         */
        get: operations["OrganisationController_listEnterprises"];
        put?: never;
        /**
         * Create an enterprise of a chain (admin)
         * @description An enterprise belongs to one chain, as its leader (链主), a core or a member enterprise. 403 for other roles; 400 for a chain that does not exist.
         */
        post: operations["OrganisationController_createEnterprise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users (admin)
         * @description Every user with role and bindings, without passwords. 403 for other roles.
         */
        get: operations["OrganisationController_listUsers"];
        put?: never;
        /**
         * Create a user with a role and its binding (admin)
         * @description The role decides the binding it needs: `enterpriseId` for an enterprise user, `chainId` for a commissioner or dispatcher (optional for a supervisor), `departmentId` for a department user; admins and leaders have none. The password is stored as an Argon2 hash and never returned. 403 for other roles; 409 when the username is taken; 400 for a missing or unknown binding.
         */
        post: operations["OrganisationController_createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}": {
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
         * Change or retire a chain (admin)
         * @description Any of name, code and active. Nothing an order or an assessment refers to is ever deleted: `active: false` retires it. A retired chain takes no new enterprises or users. 404 for an unknown id; 409 when the code is taken.
         */
        patch: operations["OrganisationController_updateChain"];
        trace?: never;
    };
    "/api/departments/{id}": {
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
         * Change or retire a department, or name its leader in charge (admin)
         * @description Any of name, code, leaderUserId and active. A new leader in charge takes over the department’s open orders and open rectification orders (their escalations reach the new leader); closed orders keep the leader of their time. Nothing an order or an assessment refers to is ever deleted: `active: false` retires it. A retired department is no longer offered for dispatch. 400 for a leader that is not an active leader user; 404; 409.
         */
        patch: operations["OrganisationController_updateDepartment"];
        trace?: never;
    };
    "/api/enterprises/{id}": {
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
         * Change, move or retire an enterprise (admin)
         * @description Any of name, chainId, tier, address and active. Moved to another chain, the enterprise’s users move with it and its new orders go to that chain’s committee; orders already placed stay with the chain that holds them. Nothing an order or an assessment refers to is ever deleted: `active: false` retires it. 400 for an unknown or retired chain; 404.
         */
        patch: operations["OrganisationController_updateEnterprise"];
        trace?: never;
    };
    "/api/users/{id}": {
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
         * Change or retire a user (admin)
         * @description Any of displayName, role, the bindings (chainId, enterpriseId, departmentId) and active. A new role or binding and a deactivation end every session of the user at once (their tokens answer 401); a retired user cannot log in and receives no notices. A leader who is retired or given another role leaves their departments without a leader in charge: those departments’ escalations go to the chain committee until a new leader is named. 400 for a binding the role needs and lacks, or does not use; 404; 409 for the last active administrator.
         */
        patch: operations["OrganisationController_updateUser"];
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a user a one-time password (admin)
         * @description Answers the one-time password, once. The user’s sessions end, a login lock is lifted, and at the next login the user must change it before anything else (every other route answers 403 with `code: password_change_required`). 404.
         */
        post: operations["OrganisationController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift the lock that failed logins put on a user (admin)
         * @description The username may log in again at once; its count of failed logins starts afresh. 404.
         */
        post: operations["OrganisationController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tickets the caller may see, newest first, a page at a time
         * @description Every role sees only its own: an enterprise its orders, a commissioner, dispatcher or chain supervisor its chain’s, a department what was dispatched to it, a leader its departments’, an unbound supervisor all. Filters narrow that further and never widen it. Each ticket carries the caller’s `availableActions`. 400 for an unknown filter value or a page size over 100.
         */
        get: operations["TicketsController_list"];
        put?: never;
        /**
         * 企业点单: place an order (enterprise; commissioner with enterpriseId)
         * @description An enterprise user places an order for its own enterprise; a commissioner places one on behalf of an enterprise of its chain (`enterpriseId` required). The ticket starts `placed`, with a code such as PHARMA-2026-000001 and the dispatch deadline (SLA_DISPATCH) running; the chain’s dispatchers are notified. 403 for other roles; 404 for an enterprise the commissioner may not act for.
         */
        post: operations["TicketsController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queues’ counts: to dispatch, awaiting acceptance, in progress, due soon, overdue, escalated, feedback given
         * @description Counted in one statement over the open tickets the caller may see (the same visibility as the list), so every role gets the counts of its own queues. `dueSoon` counts open tickets whose current deadline falls within `dueSoonWithin` (default P3D) and has not passed; each count matches a list: `states=placed,returned`, `state=dispatched`, `states=in_progress,awaiting_info,rectifying`, `dueWithin=P3D`, `overdue=true&open=true`, `escalated=true&open=true`, `state=feedback_given`.
         */
        get: operations["TicketsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ticket, with its deadlines and what the caller may do with it now
         * @description Any role that may see the ticket; 404 for one it may not see (its existence is never revealed) or that does not exist; 400 for an id that is not a UUID.
         */
        get: operations["TicketsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timeline, oldest first; timers and escalations have actorRole "system"
         * @description Every event of the ticket: who did what, from which state to which, with its payload and its place in the hash chain. Whoever may see the ticket may read it; 404 otherwise.
         */
        get: operations["TicketsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checks the tamper-evident timeline
         * @description Recomputes every event’s hash from its row and the previous hash, checks the sequence ends at the ticket’s version, and replays the workflow events to the ticket’s stored state. Reports the first break. Whoever may see the ticket may check it; 404 otherwise.
         */
        get: operations["TicketsController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 每月一题: earlier orders of the chain that look like this one, most alike first
         * @description Up to 10 orders of the same chain placed before this one, scored by the character bigrams of title and description weighed by rarity (`score`: a cosine, 0–1; below 0.05 not shown), each with the department that handled it and its rating. For the committee, commissioners, supervisors and administrators (403 for the parties of single orders); 404 for an order the caller may not see.
         */
        get: operations["TicketsController_similar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/link-repeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 每月一题 (dispatcher): link the order to an earlier one of the chain as the same problem
         * @description The order becomes a repeat (`repeatOf`) of the earlier order, or of the order that one repeats, so a problem’s orders form one group; any state; a line of the timeline (`repeat_linked`). Linking again corrects the link. 400 (`ofTicketId`) for the order itself, a later order, or one outside the chain; 403 for other roles.
         */
        post: operations["TicketActionsController_linkRepeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 党委派单 (dispatcher): placed, returned → dispatched
         * @description The chain committee’s dispatcher sends the order to the responsible department (责任部门) with a priority, and may re-categorise it, name the leader in charge (default: the department’s) and set `feedbackBy`. The first dispatch starts the one-month feedback clock (SLA_FEEDBACK); a re-dispatch after a return keeps that deadline unless `feedbackBy` is given. 403 for any other role; 404 for a ticket outside the dispatcher’s chain; 409 in any other state; 400 for an unknown or inactive department.
         */
        post: operations["TicketActionsController_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 部门接单 (department): dispatched → in_progress
         * @description A user of the department the ticket was dispatched to takes it on before the accept deadline (SLA_ACCEPT). 403 for other roles; 404 for another department’s ticket; 409 in any other state.
         */
        post: operations["TicketActionsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退单 (department): dispatched → returned
         * @description The department sends the ticket back to the committee with a coded reason and a note (not our function, not our area, ownership unclear, other); the return count grows and the dispatchers are notified. 403 for other roles; 404 for another department’s ticket; 409 unless dispatched.
         */
        post: operations["TicketActionsController_returnToCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 双反馈 (department): in_progress, rectifying → feedback_given
         * @description The department reports what it did; the feedback goes to the enterprise and to the committee at once (dual feedback) and records whether it came before the deadline. Starts the rating clock (SLA_RATE). 403 for other roles; 404 for another department’s ticket; 409 in any other state.
         */
        post: operations["TicketActionsController_giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 企业评单 (enterprise): feedback_given → closed (≥3) or rectifying (≤2)
         * @description The enterprise that placed the order rates the feedback 1–5 with an optional comment. 3 or more closes the ticket; 2 or less sends it back to the department for rectification (整改) with its own deadline (SLA_RECTIFY). 403 for other roles; 404 for another enterprise’s ticket; 409 unless feedback was given.
         */
        post: operations["TicketActionsController_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw (enterprise, commissioner): placed, returned, dispatched, in_progress → withdrawn
         * @description The enterprise, or a commissioner of its chain, withdraws the order with a reason; its timers are cancelled. 403 for other roles; 404 for a ticket the caller may not see; 409 once feedback was given or the ticket is closed.
         */
        post: operations["TicketActionsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/request-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 延期 (department): ask for a later feedback deadline, before it passes
         * @description The department asks the committee to move `feedbackBy` to `until` (later than the current deadline), with a reason; the state does not change and the request waits for the dispatcher’s decision. 403 for other roles; 404 for another department’s ticket; 409 when not in progress, a request is pending already or the deadline has passed; 400 for an `until` not later than the deadline.
         */
        post: operations["TicketActionsController_requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a pending extension (dispatcher); approval moves feedbackBy
         * @description The dispatcher approves (the feedback deadline becomes the requested date, timers re-armed) or refuses the pending extension request, with an optional note. 403 for other roles; 404 outside the chain; 409 when no request is pending.
         */
        post: operations["TicketActionsController_decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 催办 (dispatcher): remind whoever must act now
         * @description The dispatcher chases the ticket: the department (or the enterprise, when it must rate or answer) gets a reminder notice and the timeline records it. The state does not change. 403 for other roles; 404 outside the chain; 409 on a closed or withdrawn ticket.
         */
        post: operations["TicketActionsController_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/request-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the enterprise for information (department): in_progress, rectifying → awaiting_info
         * @description Pauses the feedback (or rectification) clock until the enterprise answers. Not possible once the deadline has passed.
         */
        post: operations["TicketActionsController_requestInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/provide-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the department (enterprise, commissioner): awaiting_info → the state it paused
         * @description Restarts the clock: the time it stood still is added to the deadline and to pausedSeconds.
         */
        post: operations["TicketActionsController_provideInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/assist/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 增加协办部门 (dispatcher): add assisting departments to the current dispatch
         * @description While the lead department has the order (dispatched, in_progress, awaiting_info). Each department gets its part with its own deadline (SLA_ASSIST) and is notified (ticket.assist_requested); the lead’s feedback then waits for it too. 400 naming `departmentIds` for an unknown or retired department, the lead itself, or one already asked in this dispatch; 409 in any other state.
         */
        post: operations["TicketActionsController_addAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/assist/ask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the committee for an assisting department (lead department): in_progress
         * @description The lead says what it needs help with and may suggest a department; the chain’s dispatchers are notified (ticket.assist_asked) and decide with POST …/assist/add. The state does not change. 403 for an assisting department; 409 in any other state.
         */
        post: operations["TicketActionsController_askAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/assist/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 接受协办 (assisting department): its part requested → accepted
         * @description The assisting department takes on its part. 403 for a department with no part in the order; 409 when its part is not requested.
         */
        post: operations["TicketActionsController_acceptAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/assist/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拒绝协办 (assisting department): its part → declined, with a coded reason
         * @description The committee and the lead are notified (ticket.assist_declined) with the reason; the lead no longer waits for the part. 403 for a department with no part; 409 when its part is already given or declined.
         */
        post: operations["TicketActionsController_declineAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/assist/give": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 协办意见 (assisting department): its part accepted → given
         * @description The contribution goes to the lead and the committee (ticket.assisted) and is shown with the lead’s feedback; `onTime` records whether it came by the part’s deadline. 403 for a department with no part; 409 unless its part is accepted.
         */
        post: operations["TicketActionsController_giveAssist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files attached to an order, oldest first (whoever may see the order)
         * @description Each with its hash, who attached it, the timeline event that names it (`seq`) and the action that carried it, if any (`usedSeq`, `usedAction`). 404 for an order the caller may not see.
         */
        get: operations["TicketAttachmentsController_list"];
        put?: never;
        /**
         * 附件: attach a file to an order (the parties to it, while it is open)
         * @description The enterprise (or its commissioner), the committee, and the lead and assisting departments attach photos and documents while the order is open; the file can then be sent with an action (`attachmentIds` in the body of `feedback`, `provide-info`, `request-info`, `return`, `rate`, `assist/give`, `assist/decline`). The type is read from the bytes, not the name: JPEG, PNG, GIF, WebP, HEIC, TIFF, PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC/XLS/PPT (and WPS’s), plain text (UTF-8 or GB 18030); anything else is refused with 415. The bytes are kept by their SHA-256 under DATA_DIR/files, and the timeline gets an event naming the file and its hash. 413 above ATTACHMENT_MAX_BYTES; 409 once the order holds ATTACHMENT_MAX_PER_TICKET files, or when it is closed or withdrawn; 400 for an empty file or a form without one file field named `file`; 403 for supervisors, leaders and administrators.
         */
        post: operations["TicketAttachmentsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files attached to a rectification order, oldest first (whoever may see the order)
         * @description Each with its hash and the report that carried it, if any (`usedSeq`: the order’s version after that report).
         */
        get: operations["RectificationAttachmentsController_list"];
        put?: never;
        /**
         * 整改佐证: attach evidence to a rectification order (its department, while the order is open)
         * @description The department attaches photos and documents of what it corrected, then sends them with its report (`attachmentIds` in the body of `POST /api/rectifications/:id/report`). The same types, limits and storage as an order’s attachments (ATTACHMENT_MAX_BYTES; ATTACHMENT_MAX_PER_TICKET files per rectification order). 403 for every other role; 409 once the order is reported or signed off.
         */
        post: operations["RectificationAttachmentsController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment’s bytes (whoever may see its order or rectification order)
         * @description Answered as a download (`Content-Disposition: attachment` with the file’s name), with the type read from its bytes at upload and its SHA-256 as the ETag. 404 for anybody who may not see the order (or the rectification order) it is attached to, as for an unknown id.
         */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s inbox, newest first
         * @description Every role has one: notices of placed, dispatched, returned, rated tickets, dual feedback, reminders and escalations addressed to the caller, at most 500. `unread=true` keeps the unread ones.
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of the caller’s notices are unread
         * @description Cheap enough to poll every few seconds (one count over an index of the unread notices): the console’s header badge.
         */
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark every unread notice of the caller read
         * @description Answers how many it marked; the unread count is 0 afterwards.
         */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notice read
         * @description Only the caller’s own notices; marking one read again keeps its first `readAt`. 404 for a notice of someone else or none; 400 for an id that is not a UUID.
         */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evaluations the caller may see, newest first
         * @description Admins and all-chain supervisors see every evaluation; dispatchers and commissioners their chain’s and the all-chain ones; chain supervisors those too and the ones they score in; enterprises those they score in; departments and leaders those their departments are scored in. `state` filters open or closed ones.
         */
        get: operations["EvaluationsController_list"];
        put?: never;
        /**
         * 测评会: hold an evaluation (dispatcher for its chain; admin for any chain or all)
         * @description Opens a half-monthly evaluation meeting: the departments to score, the scorers (supervisors, and enterprises invited to score), the period and a deadline. A dispatcher holds one for its own chain; an administrator for any chain or for all (no chainId). 403 for other roles or another chain; 400 for scorers or departments that do not exist or do not fit.
         */
        post: operations["EvaluationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One evaluation with its departments, scorers and scores
         * @description For whoever may see it (as the list); the committee sees every score, a scorer its own. 404 for one the caller may not see.
         */
        get: operations["EvaluationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score a department 0-100 (a scorer of the evaluation, while open)
         * @description Scoring again replaces the score. An enterprise scorer with an open ticket at the department is recused: the score is kept and not counted.
         */
        post: operations["EvaluationsController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close: compute results, open rectification orders below the threshold (dispatcher of the chain, admin)
         * @description Result = weighted mean of the supervisors’ and the enterprises’ mean scores (EVALUATION_WEIGHTS), recused scores left out.
         */
        post: operations["EvaluationsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 整改单: rectification orders the caller may see
         * @description Opened when an evaluation closes with a department below the threshold: the department must report its rectification by the deadline and the committee signs it off. Filter by `state` or `evaluationId`.
         */
        get: operations["RectificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One rectification order
         * @description For whoever may see it: the committee of its chain, its department and leader, supervisors, administrators. 404 otherwise.
         */
        get: operations["RectificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the rectification (department): open → reported
         * @description The department of the order reports what it changed, with its evidence (`attachmentIds`: files it attached to the order first, POST /api/rectifications/:id/attachments; the report names them with their hashes); the committee is notified. 400 naming `attachmentIds` for a file that is not one the caller attached to this order or that a report carried already; 403 for other roles; 404 for an order of another department; 409 unless the order is open.
         */
        post: operations["RectificationsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign off (dispatcher of the chain, admin): reported → signed_off
         * @description The committee accepts the department’s report and the order is done. An order from an all-chain evaluation is signed off by an administrator (403 for a dispatcher); 409 when nothing is reported.
         */
        post: operations["RectificationsController_signOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rectifications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the report back (dispatcher of the chain, admin): reported → open, same deadline
         * @description The committee refuses the report with a note; the department must report again before the same deadline. 403 as for signing off; 409 when nothing is reported.
         */
        post: operations["RectificationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments’ scoreboard (三率, evaluations, composite and rank) for dispatches in [from, to)
         * @description Per department: response rate, on-time feedback rate, resolution rate and satisfaction rate (三率), mean rating, escalations, the evaluation score, a weighted composite and the rank. Dispatchers, commissioners and chain supervisors see their chain only; 403 for enterprises or another chain.
         */
        get: operations["ReportsController_departments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per chain: orders placed in [from, to) by category and state, solved, overdue
         * @description One row per chain the caller may see, with counts by category and by state, solved and overdue orders. 403 for enterprises or another chain.
         */
        get: operations["ReportsController_chains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per service catalogue item: orders placed in [from, to), open, solved, overdue, on-time feedback, mean rating
         * @description The board grouped by catalogue item (服务清单), most ordered first; orders placed without an item come as `serviceCode: null`. One chain with `chainId` (chain-bound roles always see their own). 403 for enterprises or another chain.
         */
        get: operations["ReportsController_services"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 每月一题: the month’s most ordered catalogue items and most repeated problems
         * @description The problem of the month the committee takes up: the ten catalogue items most ordered in `month` (SLA_TIMEZONE; the current one by default), and the ten problems with the most repeats placed in it (orders linked with `POST /api/tickets/:id/link-repeat`), each with its first order and how many enterprises raised it. One chain with `chainId` (chain-bound roles always see their own). 403 for enterprises or another chain.
         */
        get: operations["ReportsController_themes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The half-monthly meeting’s agenda: overdue, escalated, bounced, unsatisfied, extensions, awaiting information
         * @description What the chain committee discusses at its meeting (since `since`, default the last 15 days): overdue and escalated orders, orders bounced between departments, unsatisfied ratings, pending extensions and orders waiting for the enterprise. 403 for enterprises or another chain.
         */
        get: operations["ReportsController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/ledgers/{ledger}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 两本台账: the demand ledger (every order) or the problem ledger (every dispatched order) of a chain
         * @description CSV (UTF-8 with BOM) or XLSX, Chinese column headers, streamed as it is read.
         */
        get: operations["ReportsController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA policies: deadlines per category and priority, over the SLA_* defaults
         * @description Every signed-in role may read them: a policy overrides the SLA_* defaults for orders of one category and/or priority, the most specific one winning. Managed by administrators.
         */
        get: operations["SettingsController_list"];
        put?: never;
        /**
         * Add an SLA policy (admin)
         * @description Deadlines (ISO 8601 durations, in calendar or working days) for the orders of a category and/or priority; applies to orders placed or dispatched from now on. 403 for other roles; 409 when a policy for the same category and priority exists; 400 for a duration that is not ISO 8601.
         */
        post: operations["SettingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an SLA policy (admin)
         * @description The whole policy is replaced by the body. 403 for other roles; 404 for no such policy; 409 when another policy has that category and priority.
         */
        put: operations["SettingsController_replace"];
        post?: never;
        /**
         * Delete an SLA policy (admin)
         * @description Orders fall back to the next matching policy or the SLA_* defaults. 403 for other roles; 404 for no such policy.
         */
        delete: operations["SettingsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working calendar of a year: official holidays and 调休 (chinese-days) with the overrides
         * @description Which days are working days in a year (2000–2100): weekends, official holidays and their 调休 make-up working days from the chinese-days package, with the administrator’s overrides. Deadlines counted in working days skip the rest. Every signed-in role may read it; 400 for a year out of range.
         */
        get: operations["SettingsController_year"];
        /**
         * Replace the overrides of a year, e.g. before the data package knows its holidays
         * @description The administrator’s list of special days (holidays or make-up working days) for the year replaces the previous one; deadlines counted from now on use it. 403 for other roles; 400 for a date outside the year.
         */
        put: operations["SettingsController_replaceYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The names behind the ids the caller meets: chains, departments, enterprises, leaders in charge, evaluation scorers
         * @description For every role, scoped to what it may know: every chain, department and leader in charge; the enterprises whose orders the caller may see (its own; its chain’s; all for departments, leaders, all-chain supervisors and admins); for a dispatcher (and an admin) the users who may score its evaluations. The admin-only collections (GET /api/users, …) stay admin-only.
         */
        get: operations["DirectoryController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The webhook endpoints (admin)
         * @description Oldest first, with how many of their deliveries wait, failed and were delivered, and their last attempt. Never a secret.
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Register a webhook endpoint (admin)
         * @description Events are sent as Standard Webhooks (headers webhook-id, webhook-timestamp, webhook-signature; body {type, timestamp, data}). The `whsec_` secret is in this answer only. 400 naming the field: a URL that is not http(s), or whose host is a private, loopback or link-local address (unless WEBHOOK_ALLOW_PRIVATE), an unknown event type, an unknown chain.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event types an endpoint may subscribe to (admin)
         * @description Besides these: a family such as `ticket.*`, and `*`.
         */
        get: operations["WebhooksController_eventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queues (admin)
         * @description BullMQ jobs of the deadlines and webhooks queues by state, deliveries by status, and the webhooks queue’s failed jobs with their error (at most 50).
         */
        get: operations["WebhooksController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/queues/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a failed job again (admin)
         * @description A job of the webhooks queue that gave up (GET /api/webhooks/queues lists them) is queued again.
         */
        post: operations["WebhooksController_retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint (admin)
         * @description As the list has it.
         */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint (admin)
         * @description Its deliveries go with it; a delivery in flight ends, unrecorded.
         */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /**
         * Change, pause or resume an endpoint (admin)
         * @description `active: false` pauses it: its deliveries are kept and wait. `active: true` resumes it, also one disabled after a 410 or a day of failures; what waited is sent in order.
         */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, shown once (admin)
         * @description For 24 hours deliveries carry two signatures, the new secret’s and the old one’s, so the receiver can switch over.
         */
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.test event to this endpoint (admin)
         * @description It joins the endpoint’s line like any delivery; the answer is the delivery, pending.
         */
        post: operations["WebhooksController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint’s deliveries (admin)
         * @description The latest 200, newest first (`status` filters), each with its attempts and the last one’s HTTP status, duration, error and first 1 KB of the answer.
         */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one delivery again (admin)
         * @description Its attempts start over; it goes before the deliveries waiting behind it.
         */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/redeliver-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send failed deliveries again (admin)
         * @description Every failed delivery of an event at or after `since`, its attempts started over, in its order. The answer says how many.
         */
        post: operations["WebhooksController_redeliverFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API keys (admin)
         * @description Revoked ones too, oldest first, with their first characters and when they were last used (to the minute); never the key.
         */
        get: operations["ApiKeysController_list"];
        put?: never;
        /**
         * Issue an API key for the Open311 facade (admin)
         * @description Bound to one enterprise (it places as that enterprise) or to one chain (as its service commissioner, naming the enterprise in account_id). The key is in this answer only; it acts through an account made with it, named after it.
         */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
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
         * Revoke an API key (admin)
         * @description At once: the next request with it is refused (403); its account is retired. The key stays listed, revoked.
         */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deployment: version, time zone, default deadlines (no token needed)
         * @description Read by the console before login: times are shown in `timeZone` (SLA_TIMEZONE), countdowns corrected by `serverTime`.
         */
        get: operations["MetaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the database and Redis answer
         * @description Public, for load balancers and monitors: pings the database and counts the queued timer jobs in Redis, each within 2 s. 200 when both answer; 503, with the failing one under `error`, when either does not.
         */
        get: operations["HealthController_check"];
        put?: never;
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
        LoginDto: {
            /** @example admin */
            username: string;
            /** @example change-me-please */
            password: string;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            username: string;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            displayName: string | null;
            /** Format: uuid */
            chainId: string | null;
            /** Format: uuid */
            enterpriseId: string | null;
            /** Format: uuid */
            departmentId: string | null;
            active: boolean;
            /** @description The password is a one-time one (a reset): the user must change it before anything else */
            mustChangePassword: boolean;
            /**
             * Format: date-time
             * @description Locked after repeated failed logins until then (POST /api/users/{id}/unlock lifts it)
             */
            lockedUntil: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LoginResponse: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            user: components["schemas"]["UserView"];
        };
        MeView: {
            /** Format: uuid */
            id: string;
            username: string;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /** @example 张科长 */
            displayName: string | null;
            /**
             * Format: uuid
             * @description commissioner, dispatcher, enterprise (its enterprise’s chain); a supervisor’s chain, null for all chains
             */
            chainId: string | null;
            /**
             * Format: uuid
             * @description enterprise
             */
            enterpriseId: string | null;
            /**
             * Format: uuid
             * @description department
             */
            departmentId: string | null;
            /** @description The password is a one-time one: every route but this one and POST /api/auth/password answers 403 (code password_change_required) until it is changed */
            mustChangePassword: boolean;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least PASSWORD_MIN_LENGTH (8) characters, not one of the most common passwords, not the current one */
            newPassword: string;
        };
        AuditRecordView: {
            /** @description Position in the chain, from 1 */
            seq: number;
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description null: the service itself (first start, demo)
             */
            actorId: string | null;
            actorUsername: string | null;
            /** @enum {string} */
            entity: "chain" | "department" | "enterprise" | "user" | "sla_policy" | "calendar" | "catalogue" | "webhook" | "api_key";
            entityId: string;
            /**
             * @description created, updated, retired, reactivated, password_reset, password_changed (by the user), unlocked, deleted (an SLA policy), replaced (a calendar year)
             * @example updated
             */
            action: string;
            /** @description The object before (never a password hash) */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The object after */
            after: {
                [key: string]: unknown;
            } | null;
            prevHash: string;
            hash: string;
        };
        AuditReportView: {
            intact: boolean;
            records: number;
            /** @description The first record that does not match the chain */
            brokenAt: number | null;
            reason: string | null;
            /** @description The last record’s hash: quote it elsewhere to anchor the chain */
            headHash: string | null;
        };
        ImportErrorView: {
            /**
             * @description The row as a spreadsheet numbers it (the heading row is usually 1)
             * @example 5
             */
            row: number;
            /**
             * @description The column’s field, or `file` for the file as a whole
             * @example username
             */
            field: string;
            /**
             * @description The column’s heading as the file wrote it
             * @example 用户名
             */
            column: string | null;
            /**
             * @description What is wrong, in English
             * @example this username is taken
             */
            message: string;
            /**
             * @description What is wrong, for a console to say in its own language
             * @enum {string}
             */
            code: "unknown_column" | "duplicate_column" | "missing_column" | "formula" | "required" | "invalid" | "not_listed" | "taken" | "repeats" | "not_used" | "required_for_role" | "leader_not_found" | "chain_not_found" | "chain_retired" | "enterprise_not_found" | "enterprise_ambiguous" | "department_not_found";
            /**
             * @description The values `code` speaks of: `row` (repeats), `role` (not_used, required_for_role), `count` (enterprise_ambiguous), `zh`/`en` (not_listed, missing_column), `expected` (unknown_column)
             * @example {
             *       "row": 2
             *     }
             */
            params: {
                [key: string]: string | number;
            };
        };
        ImportedCredentialView: {
            row: number;
            username: string;
            displayName: string | null;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /**
             * @description Shown once, in this answer only: to be changed at the first login
             * @example k7Qm-2xPa-9vRt
             */
            oneTimePassword: string;
        };
        ImportResultView: {
            /** @enum {string} */
            kind: "departments" | "enterprises" | "users";
            dryRun: boolean;
            /** @description Data rows in the file (blank rows not counted) */
            rows: number;
            /** @description Rows created: 0 in a dry run and whenever there is an error */
            created: number;
            errors: components["schemas"]["ImportErrorView"][];
            /** @description A real import of users: each new user’s one-time password, answered to the importing administrator only and stored nowhere in clear */
            credentials: components["schemas"]["ImportedCredentialView"][];
        };
        CatalogueItemView: {
            /** @example FIN-01 */
            code: string;
            /** @example 融资对接 */
            name: string;
            nameEn: string | null;
            /** @enum {string} */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            description: string | null;
            /**
             * Format: uuid
             * @description null: every chain
             */
            chainId: string | null;
            /** Format: uuid */
            defaultDepartmentId: string | null;
            /** @enum {string|null} */
            defaultPriority: "urgent" | "high" | "normal" | "low" | null;
            sortOrder: number;
            retired: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateCatalogueItemDto: {
            /**
             * @description Unique, never changed (orders name it)
             * @example FIN-01
             */
            code: string;
            /** @example 融资对接 */
            name: string;
            /** @example Financing match-making */
            nameEn?: string;
            /**
             * @description The category an order from this item takes (its SLA policy follows it)
             * @enum {string}
             */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /** @example 对接银行、担保机构，解决流动资金和项目贷款需求 */
            description?: string;
            /**
             * Format: uuid
             * @description Only this chain’s enterprises see it; absent: every chain
             */
            chainId?: string;
            /**
             * Format: uuid
             * @description The department the committee’s dispatch form starts from
             */
            defaultDepartmentId?: string;
            /**
             * @description The priority the dispatch form starts from
             * @enum {string}
             */
            defaultPriority?: "urgent" | "high" | "normal" | "low";
            /** @description Where it stands in the published list (then by code) */
            sortOrder?: number;
        };
        UpdateCatalogueItemDto: {
            name?: string;
            nameEn?: string | null;
            /**
             * @description Orders already placed keep their category
             * @enum {string}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            description?: string | null;
            /**
             * Format: uuid
             * @description null: every chain
             */
            chainId?: string | null;
            /** Format: uuid */
            defaultDepartmentId?: string | null;
            /** @enum {string|null} */
            defaultPriority?: "urgent" | "high" | "normal" | "low" | null;
            sortOrder?: number;
            /** @description true: no new order may name it (the orders that do keep it); false: offered again */
            retired?: boolean;
        };
        CreateChainDto: {
            /**
             * @description Name of the industrial chain
             * @example 医药化工产业链
             */
            name: string;
            /**
             * @description Short unique code, used in ticket codes
             * @example PHARMA
             */
            code: string;
        };
        ChainView: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateDepartmentDto: {
            /**
             * @description Name of the functional department
             * @example 区财政局
             */
            name: string;
            /**
             * @description Short unique code
             * @example FIN
             */
            code: string;
            /**
             * Format: uuid
             * @description The leader in charge (分管领导): a user with role "leader"
             */
            leaderUserId?: string;
        };
        DepartmentView: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string;
            /** Format: uuid */
            leaderUserId: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateEnterpriseDto: {
            /** @example 湖南某制药有限公司 */
            name: string;
            /**
             * Format: uuid
             * @description The chain the enterprise belongs to
             */
            chainId: string;
            /**
             * @description 1+1+X+N: chain leader, core or member enterprise
             * @enum {string}
             */
            tier: "leader" | "core" | "member";
            /**
             * @description Where the enterprise is (shown to the departments that visit it)
             * @example 常德市经开区德山大道 1 号
             */
            address?: string;
            /**
             * @description Where it is on the map (WGS 84), for Open311’s lat
             * @example 29.0316
             */
            latitude?: number;
            /**
             * @description Open311’s long
             * @example 111.6985
             */
            longitude?: number;
        };
        EnterpriseView: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            chainId: string;
            /** @enum {string} */
            tier: "leader" | "core" | "member";
            address: string | null;
            latitude: number | null;
            longitude: number | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateUserDto: {
            /**
             * @description 3-64 letters, digits or _ . @ -
             * @example pharma.dispatch
             */
            username: string;
            /** @description At least PASSWORD_MIN_LENGTH (8) characters, and not one of the most common passwords */
            password: string;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /** @example 张科长 */
            displayName?: string;
            /**
             * Format: uuid
             * @description Required for commissioner and dispatcher; optional for supervisor
             */
            chainId?: string;
            /**
             * Format: uuid
             * @description Required for enterprise
             */
            enterpriseId?: string;
            /**
             * Format: uuid
             * @description Required for department
             */
            departmentId?: string;
        };
        UpdateChainDto: {
            /** @example 医药化工产业链 */
            name?: string;
            /**
             * @description New tickets take the new code; existing ticket codes keep theirs
             * @example PHARMA
             */
            code?: string;
            /** @description false retires it: it stays in every order, ledger and assessment that names it, but no longer appears in pick lists */
            active?: boolean;
        };
        UpdateDepartmentDto: {
            /** @example 区财政局 */
            name?: string;
            /** @example FIN */
            code?: string;
            /**
             * Format: uuid
             * @description The new leader in charge (an active leader user), or null for none: the department’s open orders move to the new leader; closed ones keep the leader of their time
             */
            leaderUserId?: string | null;
            /** @description false retires it: it stays in every order, ledger and assessment that names it, but no longer appears in pick lists */
            active?: boolean;
        };
        UpdateEnterpriseDto: {
            /** @example 湖南某制药有限公司 */
            name?: string;
            /**
             * Format: uuid
             * @description Moves the enterprise, and its users, to another chain: its new orders go to that chain; orders already placed stay with the chain whose committee holds them
             */
            chainId?: string;
            /** @enum {string} */
            tier?: "leader" | "core" | "member";
            /** @example 常德市经开区德山大道 1 号 */
            address?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            /** @description false retires it: it stays in every order, ledger and assessment that names it, but no longer appears in pick lists */
            active?: boolean;
        };
        UpdateUserDto: {
            /** @example 张科长 */
            displayName?: string | null;
            /**
             * @description A new role ends every session of the user; bindings the new role does not use are cleared
             * @enum {string}
             */
            role?: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /** Format: uuid */
            chainId?: string | null;
            /** Format: uuid */
            enterpriseId?: string | null;
            /** Format: uuid */
            departmentId?: string | null;
            /** @description false: the user can no longer log in, every token stops working at once, and no notice reaches them */
            active?: boolean;
        };
        OneTimePasswordView: {
            /**
             * @description Shown once: give it to the user, who must change it at the next login
             * @example k7Qm-2xPa-9vRt
             */
            oneTimePassword: string;
        };
        CreateTicketDto: {
            /** @example 流动资金贷款需求 */
            title: string;
            /** @example 企业扩产需流动资金500万元,希望对接银行。 */
            description: string;
            /**
             * @description The item of the service catalogue (服务清单) ordered: the category then comes from it. Without it, `category` is required (an order of "other" kinds)
             * @example FIN-01
             */
            serviceCode?: string;
            /**
             * @description Required without `serviceCode`; with it, must be the item’s or absent
             * @enum {string}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /**
             * Format: uuid
             * @description Required for a commissioner (an enterprise of its chain); an enterprise user may omit it
             */
            enterpriseId?: string;
        };
        FeedbackAssistView: {
            /** Format: uuid */
            departmentId: string;
            /** @enum {string} */
            state: "requested" | "accepted" | "declined" | "given";
            content: string | null;
            onTime: boolean | null;
        };
        AttachmentRefView: {
            /** Format: uuid */
            id: string;
            /** @example 现场照片.jpg */
            name: string;
            /** @description Bytes */
            size: number;
            /**
             * @description As read from the bytes, not the name
             * @example image/jpeg
             */
            contentType: string;
            /** @description SHA-256 of the bytes */
            sha256: string;
        };
        FeedbackView: {
            /** @enum {string} */
            result: "resolved" | "partially_resolved" | "unresolvable";
            content: string;
            /** Format: date-time */
            at: string;
            /** @description Given before the feedback deadline */
            onTime: boolean;
            /** @description The assisting departments’ parts when the feedback was given */
            assists?: components["schemas"]["FeedbackAssistView"][];
            /** @description The files the feedback carried (evidence) */
            attachments?: components["schemas"]["AttachmentRefView"][];
        };
        RatingView: {
            score: number;
            comment: string | null;
            /** Format: date-time */
            at: string;
        };
        ExtensionRequestView: {
            /** Format: date-time */
            until: string;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
        };
        InfoRequestView: {
            question: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
        };
        DeadlinesView: {
            /** Format: date-time */
            dispatchBy: string | null;
            /** Format: date-time */
            acceptBy: string | null;
            /**
             * Format: date-time
             * @description While rectifying: the rectification deadline
             */
            feedbackBy: string | null;
            /** Format: date-time */
            rateBy: string | null;
            /**
             * Format: date-time
             * @description The deadline running now (the one `sort=deadline` orders by); null once closed or withdrawn and while paused (awaiting_info)
             */
            current: string | null;
            /**
             * @description Whose deadline `current` is: dispatch, accept, feedback, rectify or rate
             * @enum {string|null}
             */
            currentStage: "dispatch" | "accept" | "feedback" | "rectify" | "rate" | null;
        };
        AssistView: {
            /**
             * Format: uuid
             * @description The assisting department (协办部门)
             */
            departmentId: string;
            /** @enum {string} */
            state: "requested" | "accepted" | "declined" | "given";
            /** Format: date-time */
            requestedAt: string;
            /**
             * Format: date-time
             * @description Its contribution is due by then (SLA_ASSIST)
             */
            dueBy: string;
            /** Format: date-time */
            acceptedAt: string | null;
            /**
             * Format: date-time
             * @description When it was given or declined
             */
            at: string | null;
            /** @description The contribution (协办意见) */
            content: string | null;
            /** @enum {string|null} */
            declineReason: "not_our_function" | "not_our_area" | "already_handled" | "other" | null;
            declineNote: string | null;
            /** @description Given by its deadline; false when given late or the deadline passed first; null while open and not due, or declined */
            onTime: boolean | null;
        };
        TicketView: {
            /** Format: uuid */
            id: string;
            /** @example PHARMA-2026-000001 */
            code: string;
            title: string;
            description: string;
            /** @enum {string} */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /**
             * @description The service catalogue item ordered; null for an order of "other" kinds
             * @example FIN-01
             */
            serviceCode: string | null;
            /** @enum {string|null} */
            priority: "urgent" | "high" | "normal" | "low" | null;
            /** @enum {string} */
            state: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
            /** Format: uuid */
            enterpriseId: string;
            /** Format: uuid */
            chainId: string;
            /** Format: uuid */
            departmentId: string | null;
            /** Format: uuid */
            leaderUserId: string | null;
            deadlines: components["schemas"]["DeadlinesView"];
            /** @description The deadline of the current stage has passed */
            overdue: boolean;
            escalationLevel: number;
            returnCount: number;
            feedback: components["schemas"]["FeedbackView"] | null;
            rating: components["schemas"]["RatingView"] | null;
            /** @description A pending extension request (延期) */
            extensionRequest: components["schemas"]["ExtensionRequestView"] | null;
            /** @description An open request for information; the feedback clock is paused */
            infoRequest: components["schemas"]["InfoRequestView"] | null;
            /** @description Seconds the clock stood still waiting for the enterprise, already added to the deadline */
            pausedSeconds: number;
            /** @description The assisting departments’ parts of the current dispatch (协办) */
            assists: components["schemas"]["AssistView"][];
            /**
             * Format: uuid
             * @description The earlier order the committee linked this one to as the same problem (每月一题); null if none
             */
            repeatOf: string | null;
            /** @description The actions the caller may take now */
            availableActions: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TicketPage: {
            items: components["schemas"]["TicketView"][];
            /** @description how many tickets match: exact up to 10,000, beyond that PostgreSQL's estimate (see totalExact), which the same list reuses for 10 s */
            total: number;
            /** @description false when total is an estimate (more than 10,000 tickets match) */
            totalExact: boolean;
            page: number;
            pageSize: number;
        };
        TicketCountsView: {
            /** @description placed + returned: waiting for 派单 */
            toDispatch: number;
            /** @description dispatched: waiting for the department to accept (接单) */
            awaitingAcceptance: number;
            /** @description in_progress + awaiting_info + rectifying */
            inProgress: number;
            /** @description open, the current deadline within `dueSoonWithin` from now and not passed; paused tickets (awaiting_info) are not counted */
            dueSoon: number;
            /** @description open and overdue (the current stage’s deadline has passed) */
            overdue: number;
            /** @description open with escalationLevel > 0 (督办) */
            escalated: number;
            /** @description feedback_given: waiting for the enterprise’s rating (评单) */
            feedbackGiven: number;
            /** @description every open ticket (not closed, not withdrawn) */
            open: number;
            /** @description 协办: open orders whose assisting part is still owed; for a department (or leader) its own parts (`assist=open`), for other roles any part */
            assistOpen: number;
            /**
             * @description The window dueSoon was counted with
             * @example P3D
             */
            dueSoonWithin: string;
            /**
             * Format: date-time
             * @description The moment counted at (the server’s clock)
             */
            at: string;
        };
        TicketEventView: {
            seq: number;
            /** @example dispatched */
            type: string;
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorRole: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor" | "system";
            /** @enum {string|null} */
            fromState: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn" | null;
            /** @enum {string} */
            toState: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
            /** @description What the action carried (note, reason, score…) */
            payload: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
            /** @description The workflow event applied, e.g. `{"type":"RATE","score":5}`; null for `placed` */
            event: {
                [key: string]: unknown;
            } | null;
            /** @description SHA-256 of the previous event (64 zeros for the first) */
            prevHash: string;
            /** @description SHA-256 over prevHash and the canonical JSON (RFC 8785) of this event */
            hash: string;
        };
        ChainReportView: {
            /** @description True when every check passed */
            intact: boolean;
            /** @description Events in the timeline */
            events: number;
            /** @description The first event that fails the chain */
            brokenAt: number | null;
            /** @example event 3 was altered: its content no longer matches its hash */
            reason: string | null;
            /** @description The last event’s hash, to quote elsewhere as an anchor */
            headHash: string | null;
        };
        SimilarTicketSummary: {
            /** Format: uuid */
            id: string;
            /** @example FOOD-2026-000003 */
            code: string;
            title: string;
            /** @enum {string} */
            state: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
            /** @enum {string} */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            serviceCode: string | null;
            /**
             * Format: uuid
             * @description The department that handled it (the lead)
             */
            departmentId: string | null;
            /** @description How the enterprise rated it; null if not rated */
            rating: number | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description It is itself linked as a repeat of this order
             */
            repeatOf: string | null;
        };
        SimilarTicketView: {
            ticket: components["schemas"]["SimilarTicketSummary"];
            /** @description How alike: the cosine of the two orders’ terms weighed by rarity (1: the same) */
            score: number;
        };
        LinkRepeatDto: {
            /**
             * Format: uuid
             * @description An earlier order of the same chain: this one is a repeat of it (or of the order it repeats)
             */
            ofTicketId: string;
        };
        DispatchTicketDto: {
            /**
             * Format: uuid
             * @description The responsible department (责任部门)
             */
            departmentId: string;
            /**
             * @description Urgency and importance (轻重缓急)
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal" | "low";
            /**
             * @description Re-categorise (分门别类) while dispatching
             * @enum {string}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /**
             * Format: uuid
             * @description The leader in charge (分管领导); defaults to the department’s
             */
            leaderUserId?: string;
            /**
             * Format: date-time
             * @description Overrides the feedback deadline (default: first dispatch + SLA_FEEDBACK)
             */
            feedbackBy?: string;
            /** @description Assisting departments (协办), besides the lead: each gives its contribution by SLA_ASSIST; the lead’s feedback waits for them */
            assistingDepartmentIds?: string[];
            /** @description A free-text note for the timeline */
            note?: string;
        };
        NoteDto: {
            /** @description A free-text note for the timeline */
            note?: string;
        };
        ReturnTicketDto: {
            /**
             * @description Why the department is not responsible (退单)
             * @enum {string}
             */
            reason: "not_our_function" | "not_our_area" | "ownership_unclear" | "other";
            /** @description A free-text note for the timeline */
            note: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        FeedbackDto: {
            /** @enum {string} */
            result: "resolved" | "partially_resolved" | "unresolvable";
            /** @description What was done, sent to both the committee and the enterprise (双反馈) */
            content: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        RateDto: {
            /** @description 3 or more closes the ticket; 2 or less sends it back for rectification (整改) */
            score: number;
            comment?: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        WithdrawDto: {
            reason: string;
        };
        RequestExtensionDto: {
            /**
             * Format: date-time
             * @description The new feedback deadline asked for; later than the current one
             */
            until: string;
            reason: string;
        };
        DecideExtensionDto: {
            /** @description true moves the feedback deadline to the requested date */
            approve: boolean;
            /** @description A free-text note for the timeline */
            note?: string;
        };
        RequestInfoDto: {
            /**
             * @description What the department needs from the enterprise
             * @example 请补充近三年财务报表
             */
            question: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        ProvideInfoDto: {
            /** @description The enterprise’s answer */
            answer: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        AddAssistDto: {
            /** @description Departments to assist the lead (协办), not yet asked in this dispatch */
            departmentIds: string[];
            /** @description A free-text note for the timeline */
            note?: string;
        };
        AskAssistDto: {
            /**
             * Format: uuid
             * @description The department the lead would like to assist it, if it knows
             */
            departmentId?: string;
            /**
             * @description What the lead needs help with
             * @example 需自然资源局出具用地意见
             */
            reason: string;
        };
        DeclineAssistDto: {
            /**
             * @description Why the department declines its part
             * @enum {string}
             */
            reason: "not_our_function" | "not_our_area" | "already_handled" | "other";
            /** @description A free-text note for the timeline */
            note: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        GiveAssistDto: {
            /**
             * @description The contribution (协办意见), which the lead’s feedback shows
             * @example 经核查,该地块符合用地规划,同意出具用地意见。
             */
            content: string;
            /** @description Files this user attached to the order (POST /api/tickets/:id/attachments) that no action has carried yet; the timeline names them with their hashes */
            attachmentIds?: string[];
        };
        AttachmentView: {
            /** Format: uuid */
            id: string;
            /** @example 现场照片.jpg */
            name: string;
            /** @description Bytes */
            size: number;
            /**
             * @description As read from the bytes, not the name
             * @example image/jpeg
             */
            contentType: string;
            /** @description SHA-256 of the bytes */
            sha256: string;
            /** Format: uuid */
            ticketId: string;
            /** @description The timeline event that names the upload */
            seq: number;
            /** Format: uuid */
            uploadedBy: string;
            /** @enum {string} */
            uploadedRole: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /** Format: date-time */
            uploadedAt: string;
            /** @description The timeline event of the action that carried it (a feedback, an answer, …); null until one does */
            usedSeq: number | null;
            /**
             * @description That action
             * @example feedback
             */
            usedAction: string | null;
        };
        RectificationAttachmentView: {
            /** Format: uuid */
            id: string;
            /** @example 现场照片.jpg */
            name: string;
            /** @description Bytes */
            size: number;
            /**
             * @description As read from the bytes, not the name
             * @example image/jpeg
             */
            contentType: string;
            /** @description SHA-256 of the bytes */
            sha256: string;
            /** Format: uuid */
            rectificationId: string;
            /** Format: uuid */
            uploadedBy: string;
            /** Format: date-time */
            uploadedAt: string;
            /** @description The order’s version that the report carrying it gave it; null until a report does */
            usedSeq: number | null;
            /**
             * @description That action
             * @example report
             */
            usedAction: string | null;
        };
        NotificationParamsView: {
            /** @description ticket.placed: the ordering enterprise */
            enterpriseName?: string;
            /**
             * @description ticket.dispatched
             * @enum {string}
             */
            priority?: "urgent" | "high" | "normal" | "low";
            /**
             * @description ticket.returned: the department’s coded reason (退单); ticket.assist_declined: the assisting department’s; ticket.assist_asked carries the lead’s words in `note`; webhook.disabled: gone (the endpoint answered 410) or failing (a delivery failed every attempt)
             * @enum {string}
             */
            reason?: "not_our_function" | "not_our_area" | "ownership_unclear" | "already_handled" | "other" | "gone" | "failing";
            /** @description Free text: ticket.withdrawn (the reason), ticket.reminded (the committee’s note, if any), rectification.rejected */
            note?: string;
            /**
             * @description ticket.feedback
             * @enum {string}
             */
            result?: "resolved" | "partially_resolved" | "unresolvable";
            /** @description ticket.rated: the rating (1-5); evaluation.closed: the department’s result (absent without scores); rectification.ordered: the result that fell short */
            score?: number;
            /** @description rectification.ordered: the threshold the result fell below */
            threshold?: number;
            /** @description ticket.rated: the rating sent the order back for rectification (整改) */
            rectify?: boolean;
            /** @description ticket.extension_decided */
            approved?: boolean;
            /**
             * Format: uuid
             * @description The assisting department (协办): ticket.assist_requested, ticket.assisted, ticket.assist_declined, ticket.assist_reminder, ticket.escalated of a part; ticket.assist_asked: the one the lead suggests
             */
            departmentId?: string;
            /**
             * Format: date-time
             * @description ticket.extension_requested, ticket.extension_decided (when approved): the new feedback deadline
             */
            until?: string;
            /**
             * Format: date-time
             * @description deadline.reminder, ticket.info_provided: the feedback deadline; rectification.ordered, rectification.reminder: the report’s deadline
             */
            dueBy?: string;
            /** @description ticket.escalated, rectification.escalated: the escalation level (督办) */
            level?: number;
            /** @description ticket.info_requested: the department’s question */
            question?: string;
            /** @description webhook.disabled: the endpoint’s URL (`reason` is gone or failing) */
            url?: string;
            /** @description evaluation.opened: how many departments to score */
            departments?: number;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "ticket.placed" | "ticket.dispatched" | "ticket.accepted" | "ticket.returned" | "ticket.feedback" | "ticket.rated" | "ticket.closed" | "ticket.withdrawn" | "ticket.reminded" | "ticket.extension_requested" | "ticket.extension_decided" | "deadline.reminder" | "ticket.escalated" | "ticket.info_requested" | "ticket.info_provided" | "ticket.assist_requested" | "ticket.assisted" | "ticket.assist_declined" | "ticket.assist_asked" | "ticket.assist_reminder" | "evaluation.opened" | "evaluation.closed" | "rectification.ordered" | "rectification.reminder" | "rectification.escalated" | "rectification.reported" | "rectification.signed_off" | "rectification.rejected" | "webhook.disabled";
            /** Format: uuid */
            ticketId: string | null;
            /**
             * Format: uuid
             * @description Set for notices about an evaluation (测评会)
             */
            evaluationId: string | null;
            /**
             * Format: uuid
             * @description Set for notices about a rectification order (整改单)
             */
            rectificationId: string | null;
            /**
             * @description The ticket’s code, for notices about a ticket
             * @example PHARMA-2026-000001
             */
            ticketCode: string | null;
            /** @description The ticket’s title, for notices about a ticket */
            ticketTitle: string | null;
            /** @description The rectification order’s code (整改单), for notices about one */
            rectificationCode: string | null;
            /** @description The evaluation’s title (测评会), for notices about one */
            evaluationTitle: string | null;
            /** @description What the sentence of this `type` needs besides the names above; `{}` when nothing */
            params: components["schemas"]["NotificationParamsView"];
            /** @description The notice in English, as it was written; the console words it from `type`, the names and `params` */
            message: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        UnreadCountView: {
            /** @description The caller’s unread notices */
            unread: number;
        };
        ReadAllView: {
            /** @description How many notices this call marked read */
            read: number;
        };
        CreateEvaluationDto: {
            /** @example 2026年第四季度营商环境测评会 */
            title: string;
            /**
             * Format: uuid
             * @description The chain; a dispatcher’s own by default. Omitted by an administrator: all chains.
             */
            chainId?: string;
            /**
             * @description First day of the period under review
             * @example 2026-10-01
             */
            periodFrom: string;
            /**
             * @description Last day of the period under review
             * @example 2026-12-31
             */
            periodTo: string;
            /** @description The departments under review */
            departmentIds: string[];
            /** @description Scorers: supervisors, and enterprise users invited by the committee */
            scorerIds: string[];
            /** @description Below it a department gets a rectification order (default EVALUATION_THRESHOLD) */
            threshold?: number;
        };
        EvaluationDepartmentView: {
            /** Format: uuid */
            departmentId: string;
            name: string;
            /** @description Weighted result, set when the evaluation closes; null without scores */
            result: number | null;
            supervisorMean: number | null;
            enterpriseMean: number | null;
            /** @description Scores counted */
            scores: number | null;
            /** @description Scores not counted: the scorer was recused */
            recused: number | null;
            /** Format: uuid */
            rectificationId: string | null;
        };
        EvaluationScorerView: {
            /** Format: uuid */
            userId: string;
            name: string;
            /** @enum {string} */
            kind: "supervisor" | "enterprise";
            /** Format: uuid */
            enterpriseId: string | null;
        };
        EvaluationScoreView: {
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            scorerId: string;
            score: number;
            comment: string | null;
            recused: boolean;
            recusalReason: string | null;
            /** Format: date-time */
            scoredAt: string;
        };
        EvaluationView: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            chainId: string | null;
            periodFrom: string;
            periodTo: string;
            /** @enum {string} */
            state: "open" | "closed";
            threshold: number;
            /**
             * @example {
             *       "supervisor": 50,
             *       "enterprise": 50
             *     }
             */
            weights?: {
                supervisor: number;
                enterprise: number;
            };
            departments: components["schemas"]["EvaluationDepartmentView"][];
            scorers: components["schemas"]["EvaluationScorerView"][];
            /** @description All scores for the committee; a scorer sees their own */
            scores: components["schemas"]["EvaluationScoreView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            closedAt: string | null;
        };
        ScoreDto: {
            /** Format: uuid */
            departmentId: string;
            score: number;
            comment?: string;
        };
        RectificationView: {
            /** Format: uuid */
            id: string;
            /** @example ZG-2026-000001 */
            code: string;
            /** Format: uuid */
            evaluationId: string;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            chainId: string | null;
            /** Format: uuid */
            leaderUserId: string | null;
            /** @description The evaluation result that caused it */
            score: number;
            threshold: number;
            /** @enum {string} */
            state: "open" | "reported" | "signed_off";
            /** Format: date-time */
            dueBy: string;
            overdue: boolean;
            escalationLevel: number;
            rejections: number;
            report: string | null;
            /** Format: date-time */
            reportedAt: string | null;
            /** @description The evidence the (latest) report carried, with the hashes of its bytes */
            reportAttachments: components["schemas"]["AttachmentRefView"][];
            decisionNote: string | null;
            /** Format: date-time */
            signedOffAt: string | null;
            /** @description What the caller may do now: report, sign-off, reject */
            availableActions: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ReportRectificationDto: {
            /** @description What was corrected (整改报告) */
            report: string;
            /** @description Evidence (整改佐证): files the department attached to this rectification order (POST /api/rectifications/:id/attachments) that no report carried yet; the report names them with their hashes */
            attachmentIds?: string[];
        };
        SignOffDto: {
            note?: string;
        };
        RejectRectificationDto: {
            /** @description What is still missing */
            note: string;
        };
        EscalationCounts: {
            level1: number;
            level2: number;
            level3: number;
        };
        DepartmentScore: {
            /** Format: uuid */
            departmentId: string;
            name: string;
            code: string;
            /** @description Dispatches to the department in the period (a re-dispatch counts again) */
            received: number;
            accepted: number;
            /** @description Accepted by the accept deadline (SLA_ACCEPT) */
            acceptedOnTime: number;
            /** @description 响应率: accepted on time / received */
            responseRate: number | null;
            /** @description Feedback given, or its deadline missed */
            feedbackDue: number;
            feedbackOnTime: number;
            /** @description On-time dual feedback: first feedback on time / feedback due */
            onTimeFeedbackRate: number | null;
            feedbackGiven: number;
            /** @description First feedback "resolved" and never rated unsatisfied */
            resolved: number;
            /** @description 解决率: resolved / feedback given */
            resolutionRate: number | null;
            ratings: number;
            /** @description Ratings of 4 or 5 */
            satisfied: number;
            /** @description 满意率: ratings ≥ 4 / ratings */
            satisfactionRate: number | null;
            meanRating: number | null;
            /** @description Orders the department sent back (退单) */
            returns: number;
            escalations: components["schemas"]["EscalationCounts"];
            /** @description 协办: parts asked of the department as an assisting department in the period (a part a return ended is not counted) */
            assists: number;
            /** @description Parts given, or whose deadline (SLA_ASSIST) passed undeclined */
            assistsDue: number;
            /** @description Parts given by their deadline */
            assistsOnTime: number;
            /** @description On-time assist rate: given on time / due; not part of the composite */
            onTimeAssistRate: number | null;
            /** @description Parts the department declined (with a coded reason) */
            assistDeclines: number;
            /** @description Mean result of the closed evaluations (测评会) overlapping the period */
            evaluationScore: number | null;
            evaluations: number;
            /** @description Weighted mean of the components that exist (SCORE_WEIGHTS) */
            composite: number | null;
            /** @description 1 = best; null without a composite */
            rank: number | null;
        };
        DepartmentScoreboard: {
            from: string | null;
            to: string | null;
            chainId: string | null;
            /**
             * @description The composite’s weights
             * @example {
             *       "response": 25,
             *       "resolution": 25,
             *       "satisfaction": 25,
             *       "evaluation": 25
             *     }
             */
            weights: {
                [key: string]: number;
            };
            departments: components["schemas"]["DepartmentScore"][];
        };
        ChainReport: {
            /** Format: uuid */
            chainId: string;
            name: string;
            code: string;
            /** @description Orders placed in the period */
            tickets: number;
            /**
             * @example {
             *       "financing": 3,
             *       "hiring": 1
             *     }
             */
            byCategory: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "closed": 2,
             *       "in_progress": 2
             *     }
             */
            byState: {
                [key: string]: number;
            };
            /** @description Closed with the last feedback "resolved" */
            solved: number;
            /** @description Open and past their current deadline */
            overdue: number;
            open: number;
        };
        ServiceReport: {
            /**
             * @description null: orders placed without a catalogue item
             * @example FIN-01
             */
            serviceCode: string | null;
            /** @example 融资对接 */
            name: string | null;
            nameEn: string | null;
            /** @description Orders placed in the period */
            tickets: number;
            open: number;
            /** @description Closed with the last feedback "resolved" */
            solved: number;
            /** @description Open and past their current deadline */
            overdue: number;
            /** @description Share of dual feedbacks given on time, 0–1; null without any */
            onTimeFeedbackRate: number | null;
            /** @description Mean rating (1–5); null without any */
            averageRating: number | null;
        };
        RepeatedProblem: {
            /**
             * Format: uuid
             * @description The first order of the problem: the others are linked to it
             */
            id: string;
            code: string;
            title: string;
            /** @example in_progress */
            state: string;
            serviceCode: string | null;
            /**
             * Format: uuid
             * @description The department that handled the first order
             */
            departmentId: string | null;
            /** @description Orders linked to it as repeats placed in the month */
            repeatsInMonth: number;
            /** @description Orders linked to it as repeats, ever */
            repeats: number;
            /** @description Distinct enterprises among it and its repeats */
            enterprises: number;
        };
        ThemesReport: {
            /** @example 2026-11 */
            month: string;
            /** Format: date-time */
            from: string;
            /**
             * Format: date-time
             * @description Exclusive
             */
            to: string;
            /** Format: uuid */
            chainId: string | null;
            /** @description The ten catalogue items most ordered in the month (null: orders of no item) */
            services: components["schemas"]["ServiceReport"][];
            /** @description The ten problems with the most repeats placed in the month */
            repeats: components["schemas"]["RepeatedProblem"][];
        };
        AgendaItem: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            state: string;
            enterprise: string;
            department: string | null;
            overdue: boolean;
            escalationLevel: number;
            returnCount: number;
            feedbackBy: string | null;
            /** @description Why it is on the agenda, e.g. the rating or the requested date */
            detail: string | null;
        };
        Agenda: {
            chainId: string | null;
            since: string;
            overdue: components["schemas"]["AgendaItem"][];
            escalated: components["schemas"]["AgendaItem"][];
            /** @description Returned (退单) twice or more and still open: 踢皮球 */
            returnedMoreThanOnce: components["schemas"]["AgendaItem"][];
            /** @description Rated 1 or 2 since `since` */
            ratedUnsatisfied: components["schemas"]["AgendaItem"][];
            extensionsPending: components["schemas"]["AgendaItem"][];
            /** @description Waiting for the enterprise’s information */
            awaitingInfo: components["schemas"]["AgendaItem"][];
        };
        DeadlineSpecDto: {
            /**
             * @description Calendar time, ISO 8601; give this or workingDays
             * @example P15D
             */
            duration?: string;
            /**
             * @description Working days, public holidays and 调休 observed; the start day is not counted
             * @example 15
             */
            workingDays?: number;
        };
        PolicyDeadlinesDto: {
            /** @description placed → dispatched */
            dispatch?: components["schemas"]["DeadlineSpecDto"];
            /** @description dispatched → accepted */
            accept?: components["schemas"]["DeadlineSpecDto"];
            /** @description first dispatch → feedback */
            feedback?: components["schemas"]["DeadlineSpecDto"];
            /** @description unsatisfied rating → new feedback */
            rectify?: components["schemas"]["DeadlineSpecDto"];
            /** @description feedback → rating */
            rate?: components["schemas"]["DeadlineSpecDto"];
            /** @description dispatch → an assisting department’s contribution (协办意见) */
            assist?: components["schemas"]["DeadlineSpecDto"];
        };
        SlaPolicyView: {
            /** Format: uuid */
            id: string;
            category: string | null;
            priority: string | null;
            deadlines: components["schemas"]["PolicyDeadlinesDto"];
            note: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SlaPolicyDto: {
            /**
             * @description Omitted or null: any category
             * @enum {string|null}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other" | null;
            /**
             * @description Omitted or null: any priority
             * @enum {string|null}
             */
            priority?: "urgent" | "high" | "normal" | "low" | null;
            /** @description The stages this policy sets; the others fall through to less specific policies and SLA_* */
            deadlines: components["schemas"]["PolicyDeadlinesDto"];
            note?: string | null;
        };
        SpecialDayView: {
            date: string;
            /** @enum {string} */
            kind: "workday" | "holiday";
            name: string | null;
            /** @enum {string} */
            source: "official" | "override";
        };
        CalendarYearView: {
            year: number;
            /** @description Whether the official arrangements of the year are known (chinese-days); if not, only weekends and overrides count */
            official: boolean;
            /** @description Holidays and make-up working days; every other Monday-Friday is a working day */
            days: components["schemas"]["SpecialDayView"][];
        };
        CalendarDayDto: {
            /** @example 2027-02-06 */
            date: string;
            /**
             * @description holiday: no work that day; workday: a make-up working day (调休)
             * @enum {string}
             */
            kind: "workday" | "holiday";
            /** @example 春节 */
            name?: string;
        };
        CalendarYearDto: {
            /** @description Replaces every override of the year; [] removes them */
            days: components["schemas"]["CalendarDayDto"][];
        };
        DirectoryChain: {
            /** Format: uuid */
            id: string;
            /** @example 医药化工产业链 */
            name: string;
            /** @example PHARMA */
            code: string;
            /** @description false: retired, shown on the orders that name it but offered in no pick list */
            active: boolean;
        };
        DirectoryDepartment: {
            /** Format: uuid */
            id: string;
            /** @example 区财政局 */
            name: string;
            /** @example FIN */
            code: string;
            /**
             * Format: uuid
             * @description The leader in charge (分管领导)
             */
            leaderUserId: string | null;
            /** @description The leader’s display name (or username when it has none) */
            leaderName: string | null;
            /** @description false: retired, shown on the orders that name it but offered in no pick list */
            active: boolean;
        };
        DirectoryEnterprise: {
            /** Format: uuid */
            id: string;
            /** @example 常德制药 */
            name: string;
            /** Format: uuid */
            chainId: string;
            /** @enum {string} */
            tier: "leader" | "core" | "member";
            /** @description false: retired, shown on the orders that name it but offered in no pick list */
            active: boolean;
        };
        DirectoryLeader: {
            /** Format: uuid */
            id: string;
            displayName: string | null;
            username: string;
            /** @description false: retired, shown on the orders that name it but offered in no pick list */
            active: boolean;
        };
        DirectoryScorer: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string | null;
            /** @enum {string} */
            role: "enterprise" | "supervisor";
            /**
             * Format: uuid
             * @description An enterprise scorer’s enterprise
             */
            enterpriseId: string | null;
            /**
             * Format: uuid
             * @description A supervisor’s chain (null: all chains), an enterprise user’s chain
             */
            chainId: string | null;
        };
        DirectoryView: {
            /** @description Every chain */
            chains: components["schemas"]["DirectoryChain"][];
            /** @description Every department, with its leader in charge */
            departments: components["schemas"]["DirectoryDepartment"][];
            /** @description enterprise: its own; commissioner, dispatcher, a chain’s supervisor: the chain’s; department, leader, an all-chain supervisor, admin: all (departments receive orders from every chain) */
            enterprises: components["schemas"]["DirectoryEnterprise"][];
            /** @description Every leader in charge (分管领导): the dispatch form’s leaderUserId, the name behind a ticket’s leaderUserId */
            leaders: components["schemas"]["DirectoryLeader"][];
            /** @description Who may score an evaluation (测评会) the caller holds: for a dispatcher the supervisors of its chain and of all chains and the enterprise users of its chain; for an admin every supervisor and enterprise user; empty for everyone else */
            scorers: components["schemas"]["DirectoryScorer"][];
        };
        CreateWebhookDto: {
            /** @example https://oa.example.gov.cn/hooks/whistle */
            url: string;
            /**
             * @description Event types, families (`ticket.*`), or `["*"]` for everything
             * @example [
             *       "ticket.dispatched",
             *       "ticket.escalated"
             *     ]
             */
            events: string[];
            /**
             * Format: uuid
             * @description Only this chain’s events; absent: every chain’s
             */
            chainId?: string;
            /** @example 区政务 OA 系统 */
            description?: string;
        };
        CreatedWebhookView: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            events: string[];
            /** Format: uuid */
            chainId: string | null;
            /** @description Deliveries are sent (false: paused by an administrator, or disabled) */
            active: boolean;
            /**
             * @description Why it was disabled: gone (it answered 410), failing (a delivery failed every attempt of the schedule)
             * @enum {string|null}
             */
            disabledReason: "gone" | "failing" | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then, deliveries carry a second signature made with the secret before the last rotation
             */
            previousSecretUntil: string | null;
            pending: number;
            failed: number;
            delivered: number;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The signing secret, shown this once
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string | null;
            events: string[];
            /** Format: uuid */
            chainId: string | null;
            /** @description Deliveries are sent (false: paused by an administrator, or disabled) */
            active: boolean;
            /**
             * @description Why it was disabled: gone (it answered 410), failing (a delivery failed every attempt of the schedule)
             * @enum {string|null}
             */
            disabledReason: "gone" | "failing" | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description Until then, deliveries carry a second signature made with the secret before the last rotation
             */
            previousSecretUntil: string | null;
            pending: number;
            failed: number;
            delivered: number;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DeliveryCountsView: {
            pending: number;
            failed: number;
            delivered: number;
        };
        FailedJobView: {
            id: string;
            /** @example deliver */
            name: string;
            failedReason: string;
            attemptsMade: number;
            /** Format: date-time */
            finishedOn: string | null;
        };
        WebhookQueueView: {
            /**
             * @description BullMQ jobs of the webhooks queue by state
             * @example {
             *       "waiting": 0,
             *       "delayed": 2,
             *       "active": 1,
             *       "failed": 0,
             *       "prioritized": 0
             *     }
             */
            webhooks: {
                [key: string]: number;
            };
            /** @description BullMQ jobs of the deadlines (timers) queue by state */
            deadlines: {
                [key: string]: number;
            };
            /** @description Deliveries pending, failed and delivered, over every endpoint */
            deliveries: components["schemas"]["DeliveryCountsView"];
            /** @description Jobs of the webhooks queue that gave up, newest first, with their error */
            failedJobs: components["schemas"]["FailedJobView"][];
        };
        UpdateWebhookDto: {
            url?: string;
            events?: string[];
            /**
             * Format: uuid
             * @description null: every chain
             */
            chainId?: string | null;
            description?: string | null;
            /** @description false pauses the endpoint (its deliveries wait); true resumes it, also after it was disabled */
            active?: boolean;
        };
        RotatedSecretView: {
            /** @description The new signing secret, shown this once */
            secret: string;
            /**
             * Format: date-time
             * @description Until then deliveries are signed with both secrets
             */
            previousSecretUntil: string;
        };
        DeliveryView: {
            /** @description The delivery’s id (a number, as text) */
            id: string;
            /** @description The event’s id; `webhook-id` is msg_ and this */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /**
             * Format: date-time
             * @description When it is tried next (pending), or was last due
             */
            nextAttemptAt: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** @description The HTTP status of the last attempt; null when no answer came */
            lastStatus: number | null;
            lastDurationMs: number | null;
            /** @description Why the last attempt got no answer (refused address, timeout, connection error) */
            lastError: string | null;
            /** @description The first 1 KB of the last answer */
            lastResponse: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RedeliverFailedDto: {
            /**
             * Format: date-time
             * @description Every failed delivery of an event at or after this moment is sent again
             */
            since: string;
        };
        RedeliveredView: {
            /** @description How many deliveries were queued again */
            redelivered: number;
        };
        CreateApiKeyDto: {
            /**
             * @description Who uses it; the name of the account its orders are placed by
             * @example 12345 政务服务热线
             */
            name: string;
            /**
             * Format: uuid
             * @description The key places orders as this enterprise (exactly one of enterpriseId and chainId)
             */
            enterpriseId?: string;
            /**
             * Format: uuid
             * @description The key acts as this chain’s service commissioner: it places for the chain’s enterprises, named by account_id
             */
            chainId?: string;
        };
        CreatedApiKeyView: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The key’s first characters, to tell keys apart
             * @example wk_Xq3v9Rt
             */
            prefix: string;
            /** Format: uuid */
            enterpriseId: string | null;
            /** Format: uuid */
            chainId: string | null;
            /**
             * Format: uuid
             * @description The account the key acts through (the timeline names it)
             */
            userId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt: string | null;
            /**
             * @description The key, shown this once; only its hash is kept
             * @example wk_Xq3v9RtM0c1pQe…
             */
            key: string;
        };
        ApiKeyView: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description The key’s first characters, to tell keys apart
             * @example wk_Xq3v9Rt
             */
            prefix: string;
            /** Format: uuid */
            enterpriseId: string | null;
            /** Format: uuid */
            chainId: string | null;
            /**
             * Format: uuid
             * @description The account the key acts through (the timeline names it)
             */
            userId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description To the minute
             */
            lastUsedAt: string | null;
        };
        SlaMetaView: {
            /**
             * @description SLA_DISPATCH: placed (or returned) → dispatched
             * @example P3D
             */
            dispatch: string;
            /**
             * @description SLA_ACCEPT: dispatched → accepted
             * @example P2D
             */
            accept: string;
            /**
             * @description SLA_FEEDBACK: first dispatch → feedback (双反馈)
             * @example P1M
             */
            feedback: string;
            /**
             * @description SLA_RECTIFY: unsatisfied rating → new feedback
             * @example P15D
             */
            rectify: string;
            /**
             * @description SLA_RATE: feedback → rating
             * @example P15D
             */
            rate: string;
            /**
             * @description SLA_ASSIST: dispatch → an assisting department’s contribution (协办意见)
             * @example P10D
             */
            assist: string;
            /**
             * @description SLA_REMIND_BEFORE
             * @example [
             *       "P7D",
             *       "P1D"
             *     ]
             */
            remindBefore: string[];
            /**
             * @description SLA_ESCALATE_AFTER: levels 1, 2, 3
             * @example [
             *       "PT0S",
             *       "P7D",
             *       "P14D"
             *     ]
             */
            escalateAfter: string[];
        };
        AttachmentMetaView: {
            /**
             * @description ATTACHMENT_MAX_BYTES: the largest file
             * @example 20971520
             */
            maxBytes: number;
            /**
             * @description ATTACHMENT_MAX_PER_TICKET: the files one order may hold
             * @example 50
             */
            maxPerTicket: number;
            /** @description The types accepted, as read from the bytes (plain text also with its charset) */
            types: string[];
        };
        MetaView: {
            /** @example whistle */
            name: string;
            /**
             * @description The running release (package.json)
             * @example 0.1.0
             */
            version: string;
            /**
             * @description SLA_TIMEZONE: the zone deadlines are counted and times are shown in
             * @example Asia/Shanghai
             */
            timeZone: string;
            /**
             * Format: date-time
             * @description The server’s clock now, so a browser can correct its countdowns for its own clock’s error
             */
            serverTime: string;
            /** @example zh-CN */
            defaultLocale: string;
            /**
             * @example [
             *       "zh-CN",
             *       "en-US"
             *     ]
             */
            locales: string[];
            /**
             * @description The default window of “due soon” (GET /api/tickets/counts)
             * @example P3D
             */
            dueSoonWithin: string;
            /** @description The default deadlines (SLA policies may set others per category and priority) */
            sla: components["schemas"]["SlaMetaView"];
            /** @description What may be attached to an order (附件) */
            attachments: components["schemas"]["AttachmentMetaView"];
            /** @description Single sign-on through the park’s identity provider is on (OIDC_ISSUER): the login page offers it (GET /api/auth/oidc/login) */
            singleSignOn: boolean;
        };
        FieldErrorView: {
            /**
             * @description The offending field, dotted for nested ones; `body` for the body as a whole
             * @example title
             */
            field: string;
            messages: string[];
        };
        ErrorResponse: {
            /** @example 409 */
            statusCode: number;
            /**
             * @description The error code: invalid_input, unauthenticated, forbidden, not_found, invalid_state, conflict, too_many_attempts, too_large, unsupported_type, unavailable
             * @example invalid_state
             */
            error?: string;
            /** @example rate is not possible while the ticket is in_progress */
            message: string;
            /** @description 400: every field that is wrong */
            errors?: components["schemas"]["FieldErrorView"][];
            /**
             * @description 409 on a ticket action: the state the ticket is in now
             * @example in_progress
             */
            state?: string;
            /** @description 409 on a ticket action: what the caller may do now */
            availableActions?: string[];
            /**
             * @description A finer reason where one status covers several
             * @example password_change_required
             */
            code?: string;
            /**
             * Format: date-time
             * @description 429 too_many_attempts: until when the username is locked
             */
            lockedUntil?: string;
            /**
             * @description 409 that concerns one field (the last active administrator: active)
             * @example active
             */
            field?: string;
            /**
             * @description 413 too_large: the bytes allowed; 409 on an attachment: the files an order may hold
             * @example 20971520
             */
            limit?: number;
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
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts from this address, or the username is locked for a while */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The current password is wrong, or the new one may not be used */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_oidcLogin: {
        parameters: {
            query?: {
                /** @description A path of the console to open after the login (default /) */
                returnTo?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider (or back to the login page when single sign-on is off or down) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_oidcCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the console, with the session or the reason it was refused */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_oidcSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No single sign-on to take */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Changes made by this administrator */
                actorId?: string;
                entity?: "chain" | "department" | "enterprise" | "user" | "sla_policy" | "calendar" | "catalogue" | "webhook" | "api_key";
                /** @description The id of the changed object (a year for the calendar) */
                entityId?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Until this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReportView"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                /** @description Changes made by this administrator */
                actorId?: string;
                entity?: "chain" | "department" | "enterprise" | "user" | "sla_policy" | "calendar" | "catalogue" | "webhook" | "api_key";
                /** @description The id of the changed object (a year for the calendar) */
                entityId?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Until this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_import: {
        parameters: {
            query?: {
                /** @description true (the default): check every row and create nothing; false: create every row, or none when any is wrong */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                /** @description What the file holds */
                kind: "departments" | "enterprises" | "users";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A .csv (UTF-8 or GB18030) or .xlsx file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The dry run: what would be created, and every error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description Imported: every row created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A row was created by someone else between the checks and the import: nothing imported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The file is larger than 10 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nothing imported: the rows listed in `errors` are wrong */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultView"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ImportsController_template: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
                /** @description The language of the headings (either is accepted on import) */
                lang?: "zh-CN" | "en-US";
            };
            header?: never;
            path: {
                /** @description What the file holds */
                kind: "departments" | "enterprises" | "users";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogueController_list: {
        parameters: {
            query?: {
                /** @description The items a chain’s enterprises may order: that chain’s and every chain’s */
                chainId?: string;
                /** @description Retired items too (default false) */
                includeRetired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogueController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCatalogueItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogueController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCatalogueItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No item has this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_listChains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_createChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChainDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code (or username) is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code (or username) is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_listEnterprises: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_createEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnterpriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code (or username) is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_updateChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChainDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such chain */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_updateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such department */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_updateEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such enterprise */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The last active administrator cannot be retired or demoted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimePasswordView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganisationController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlocked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_list: {
        parameters: {
            query?: {
                state?: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
                chainId?: string;
                departmentId?: string;
                enterpriseId?: string;
                category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
                overdue?: boolean;
                /** @description Any of several states, comma-separated (a queue: `placed,returned` to dispatch) */
                states?: string;
                /** @description true: open tickets only (neither closed nor withdrawn); false: closed and withdrawn only */
                open?: boolean;
                /** @description true: escalated (escalationLevel > 0, 督办); false: not escalated */
                escalated?: boolean;
                /** @description Due soon: open tickets whose current deadline (see `deadlines.current`) falls within this ISO 8601 duration from now and has not passed; paused tickets (awaiting_info) are left out */
                dueWithin?: string;
                /** @description `created`: newest first; `deadline`: the current deadline soonest first (overdue first, closed last); `priority`: urgent, high, normal, low, undispatched, each by deadline; `escalation`: highest escalation level first, then by deadline */
                sort?: "created" | "deadline" | "priority" | "escalation";
                /** @description Orders with assisting parts (协办). For a department (and a leader, for its departments): the orders it assists, instead of those it leads; `open` only where its part is still owed. For the other roles: orders with any part (`open`: any part still owed) */
                assist?: "open" | "all";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPage"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_place: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTicketDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only enterprises and commissioners place orders */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_counts: {
        parameters: {
            query?: {
                /** @description The window of `dueSoon`: an ISO 8601 duration from now */
                dueSoonWithin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketCountsView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketEventView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainReportView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketsController_similar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarTicketView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises, departments and leaders do not search other orders */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_linkRepeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRepeatDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_dispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchTicketDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_returnToCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnTicketDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_giveFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_requestExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExtensionDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_decideExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideExtensionDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_remind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_requestInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestInfoDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_provideInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvideInfoDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_addAssist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAssistDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_askAssist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskAssistDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_acceptAssist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_declineAssist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineAssistDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketActionsController_giveAssist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GiveAssistDto"];
            };
        };
        responses: {
            /** @description The updated ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketAttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TicketAttachmentsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A photo, PDF, Office or OpenDocument document, or plain text
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role reads attachments but does not add them */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The order is closed or withdrawn, or holds the most files it may */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Larger than ATTACHMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bytes are of a type not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationAttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationAttachmentView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationAttachmentsController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A photo, PDF, Office or OpenDocument document, or plain text
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationAttachmentView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the order’s department attaches evidence */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The order is not open, or holds the most files it may */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Larger than ATTACHMENT_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The bytes are of a type not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, of the type read from them at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/gif": string;
                    "image/webp": string;
                    "image/heic": string;
                    "image/tiff": string;
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.oasis.opendocument.text": string;
                    "application/vnd.oasis.opendocument.spreadsheet": string;
                    "application/vnd.oasis.opendocument.presentation": string;
                    "application/msword": string;
                    "application/vnd.ms-excel": string;
                    "application/vnd.ms-powerpoint": string;
                    "text/plain": string;
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such attachment, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description true: only unread; false: only read */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s inbox, newest first (at most 500) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountView"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not one of the caller’s notifications */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EvaluationsController_list: {
        parameters: {
            query?: {
                state?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EvaluationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvaluationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a dispatcher or an administrator, or another chain than the dispatcher’s */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EvaluationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EvaluationsController_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not a scorer of this evaluation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The evaluation is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EvaluationsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not the committee of the evaluation’s chain, nor an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Closed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationsController_list: {
        parameters: {
            query?: {
                state?: "open" | "reported" | "signed_off";
                evaluationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRectificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only the department reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationsController_signOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not the committee of the order’s chain, nor an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nothing reported to sign off */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RectificationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRectificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not the committee of the order’s chain, nor an administrator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Nothing reported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_departments: {
        parameters: {
            query?: {
                /** @description Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time */
                from?: string;
                /** @description End, exclusive */
                to?: string;
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentScoreboard"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_chains: {
        parameters: {
            query?: {
                /** @description Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time */
                from?: string;
                /** @description End, exclusive */
                to?: string;
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainReport"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_services: {
        parameters: {
            query?: {
                /** @description Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time */
                from?: string;
                /** @description End, exclusive */
                to?: string;
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceReport"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_themes: {
        parameters: {
            query?: {
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
                /** @description The month, in SLA_TIMEZONE; the current one by default */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemesReport"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_agenda: {
        parameters: {
            query?: {
                chainId?: string;
                /** @description Unsatisfied ratings given since (default: 15 days ago, the half-month) */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agenda"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_ledger: {
        parameters: {
            query?: {
                /** @description The chain; chain-bound roles always get their own */
                chainId?: string;
                format?: "csv" | "xlsx";
                /** @description Orders placed from (inclusive) */
                from?: string;
                /** @description Orders placed before (exclusive) */
                to?: string;
            };
            header?: never;
            path: {
                ledger: "demand" | "problem";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A policy for this category and priority exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such SLA policy */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Another policy has this category and priority */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such SLA policy */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SettingsController_replaceYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DirectoryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryView"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The caller’s role may not do this; or, with `code: password_change_required`, the caller must first replace a one-time password (POST /api/auth/password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_eventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookQueueView"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_retryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No failed job has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecretView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"][];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint, or no delivery of it, has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WebhooksController_redeliverFailed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverFailedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeliveredView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No endpoint has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"][];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The body’s content type or charset is not understood */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
            /** @description The request is invalid: a field of the body, the query or the path (named in `errors`), or a body that is not JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No bearer token, or one that is not valid (forged, expired, issued before a password change or reset, a new role or a deactivation) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Only admin may call this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No key has this id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MetaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaView"];
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The database and Redis answer
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Too many requests from this address (THROTTLE_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request head (path, query string, headers) is over 16 kB: Node’s HTTP parser refuses it before the application sees it, with no body */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description The database or Redis is down; the body says which
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
}
