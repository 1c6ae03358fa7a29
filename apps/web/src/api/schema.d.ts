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
        post: operations["AuthController_login"];
        delete?: never;
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
        /** The working calendar of a year: official holidays and 调休 (chinese-days) with the overrides */
        get: operations["SettingsController_year"];
        /** Replace the overrides of a year, e.g. before the data package knows its holidays */
        put: operations["SettingsController_replaceYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_listChains"];
        put?: never;
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
        get: operations["OrganisationController_listDepartments"];
        put?: never;
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
        get: operations["OrganisationController_listEnterprises"];
        put?: never;
        post: operations["OrganisationController_createEnterprise"];
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
        get: operations["EvaluationsController_list"];
        put?: never;
        /** 测评会: hold an evaluation (dispatcher for its chain; admin for any chain or all) */
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
        get: operations["EvaluationsController_get"];
        put?: never;
        post?: never;
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
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
        post: operations["NotificationsController_markRead"];
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
        /** 整改单: rectification orders the caller may see */
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
        get: operations["RectificationsController_get"];
        put?: never;
        post?: never;
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
        /** Send the report back (dispatcher of the chain, admin): reported → open, same deadline */
        post: operations["RectificationsController_reject"];
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
        /** Report the rectification (department): open → reported */
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
        /** Sign off (dispatcher of the chain, admin): reported → signed_off */
        post: operations["RectificationsController_signOff"];
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
        /** The half-monthly meeting’s agenda: overdue, escalated, bounced, unsatisfied, extensions, awaiting information */
        get: operations["ReportsController_agenda"];
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
        /** Per chain: orders placed in [from, to) by category and state, solved, overdue */
        get: operations["ReportsController_chains"];
        put?: never;
        post?: never;
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
        /** The departments’ scoreboard (三率, evaluations, composite and rank) for dispatches in [from, to) */
        get: operations["ReportsController_departments"];
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
        /** SLA policies: deadlines per category and priority, over the SLA_* defaults */
        get: operations["SettingsController_list"];
        put?: never;
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
        put: operations["SettingsController_replace"];
        post?: never;
        delete: operations["SettingsController_remove"];
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
        get: operations["TicketsController_list"];
        put?: never;
        /** 企业点单: place an order (enterprise; commissioner with enterpriseId) */
        post: operations["TicketsController_place"];
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
        get: operations["TicketsController_get"];
        put?: never;
        post?: never;
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
        /** 部门接单 (department): dispatched → in_progress */
        post: operations["TicketActionsController_accept"];
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
        /** Decide a pending extension (dispatcher); approval moves feedbackBy */
        post: operations["TicketActionsController_decideExtension"];
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
        /** 党委派单 (dispatcher): placed, returned → dispatched */
        post: operations["TicketActionsController_dispatch"];
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
        /** The timeline, oldest first; timers and escalations have actorRole "system" */
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
         * @description Recomputes every event’s hash from its row and the previous hash, checks the sequence ends at the ticket’s version, and replays the workflow events to the ticket’s stored state. Reports the first break.
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
    "/api/tickets/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 双反馈 (department): in_progress, rectifying → feedback_given */
        post: operations["TicketActionsController_giveFeedback"];
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
    "/api/tickets/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业评单 (enterprise): feedback_given → closed (≥3) or rectifying (≤2) */
        post: operations["TicketActionsController_rate"];
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
        /** 催办 (dispatcher): remind whoever must act now */
        post: operations["TicketActionsController_remind"];
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
        /** 延期 (department): ask for a later feedback deadline, before it passes */
        post: operations["TicketActionsController_requestExtension"];
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
    "/api/tickets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退单 (department): dispatched → returned */
        post: operations["TicketActionsController_returnToCommittee"];
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
        /** Withdraw (enterprise, commissioner): placed, returned, dispatched, in_progress → withdrawn */
        post: operations["TicketActionsController_withdraw"];
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
        get: operations["OrganisationController_listUsers"];
        put?: never;
        post: operations["OrganisationController_createUser"];
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
        Agenda: {
            /** @description Waiting for the enterprise’s information */
            awaitingInfo: components["schemas"]["AgendaItem"][];
            chainId: string | null;
            escalated: components["schemas"]["AgendaItem"][];
            extensionsPending: components["schemas"]["AgendaItem"][];
            overdue: components["schemas"]["AgendaItem"][];
            /** @description Rated 1 or 2 since `since` */
            ratedUnsatisfied: components["schemas"]["AgendaItem"][];
            /** @description Returned (退单) twice or more and still open: 踢皮球 */
            returnedMoreThanOnce: components["schemas"]["AgendaItem"][];
            since: string;
        };
        AgendaItem: {
            code: string;
            department: string | null;
            /** @description Why it is on the agenda, e.g. the rating or the requested date */
            detail: string | null;
            enterprise: string;
            escalationLevel: number;
            feedbackBy: string | null;
            /** Format: uuid */
            id: string;
            overdue: boolean;
            returnCount: number;
            state: string;
            title: string;
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
        CalendarYearView: {
            /** @description Holidays and make-up working days; every other Monday-Friday is a working day */
            days: components["schemas"]["SpecialDayView"][];
            /** @description Whether the official arrangements of the year are known (chinese-days); if not, only weekends and overrides count */
            official: boolean;
            year: number;
        };
        ChainReport: {
            /**
             * @example {
             *       "financing": 3,
             *       "hiring": 1
             *     }
             */
            byCategory: Record<string, never>;
            /**
             * @example {
             *       "closed": 2,
             *       "in_progress": 2
             *     }
             */
            byState: Record<string, never>;
            /** Format: uuid */
            chainId: string;
            code: string;
            name: string;
            open: number;
            /** @description Open and past their current deadline */
            overdue: number;
            /** @description Closed with the last feedback "resolved" */
            solved: number;
            /** @description Orders placed in the period */
            tickets: number;
        };
        ChainReportView: {
            /** @description The first event that fails the chain */
            brokenAt: number | null;
            /** @description Events in the timeline */
            events: number;
            /** @description The last event’s hash, to quote elsewhere as an anchor */
            headHash: string | null;
            /** @description True when every check passed */
            intact: boolean;
            /** @example event 3 was altered: its content no longer matches its hash */
            reason: string | null;
        };
        ChainView: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        CreateChainDto: {
            /**
             * @description Short unique code, used in ticket codes
             * @example PHARMA
             */
            code: string;
            /**
             * @description Name of the industrial chain
             * @example 医药化工产业链
             */
            name: string;
        };
        CreateDepartmentDto: {
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
            /**
             * @description Name of the functional department
             * @example 区财政局
             */
            name: string;
        };
        CreateEnterpriseDto: {
            /**
             * Format: uuid
             * @description The chain the enterprise belongs to
             */
            chainId: string;
            /** @example 湖南某制药有限公司 */
            name: string;
            /**
             * @description 1+1+X+N: chain leader, core or member enterprise
             * @enum {string}
             */
            tier: "leader" | "core" | "member";
        };
        CreateEvaluationDto: {
            /**
             * Format: uuid
             * @description The chain; a dispatcher’s own by default. Omitted by an administrator: all chains.
             */
            chainId?: string;
            /** @description The departments under review */
            departmentIds: string[];
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
            /** @description Scorers: supervisors, and enterprise users invited by the committee */
            scorerIds: string[];
            /** @description Below it a department gets a rectification order (default EVALUATION_THRESHOLD) */
            threshold?: number;
            /** @example 2026年第四季度营商环境测评会 */
            title: string;
        };
        CreateTicketDto: {
            /** @enum {string} */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /** @example 企业扩产需流动资金500万元,希望对接银行。 */
            description: string;
            /**
             * Format: uuid
             * @description Required for a commissioner (an enterprise of its chain); an enterprise user may omit it
             */
            enterpriseId?: string;
            /** @example 流动资金贷款需求 */
            title: string;
        };
        CreateUserDto: {
            /**
             * Format: uuid
             * @description Required for commissioner and dispatcher; optional for supervisor
             */
            chainId?: string;
            /**
             * Format: uuid
             * @description Required for department
             */
            departmentId?: string;
            /** @example 张科长 */
            displayName?: string;
            /**
             * Format: uuid
             * @description Required for enterprise
             */
            enterpriseId?: string;
            password: string;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            /**
             * @description 3-64 letters, digits or _ . @ -
             * @example pharma.dispatch
             */
            username: string;
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
        DeadlinesView: {
            /** Format: date-time */
            acceptBy: string | null;
            /** Format: date-time */
            dispatchBy: string | null;
            /**
             * Format: date-time
             * @description While rectifying: the rectification deadline
             */
            feedbackBy: string | null;
            /** Format: date-time */
            rateBy: string | null;
        };
        DecideExtensionDto: {
            /** @description true moves the feedback deadline to the requested date */
            approve: boolean;
            /** @description A free-text note for the timeline */
            note?: string;
        };
        DepartmentScore: {
            accepted: number;
            /** @description Accepted by the accept deadline (SLA_ACCEPT) */
            acceptedOnTime: number;
            code: string;
            /** @description Weighted mean of the components that exist (SCORE_WEIGHTS) */
            composite: number | null;
            /** Format: uuid */
            departmentId: string;
            escalations: components["schemas"]["EscalationCounts"];
            evaluations: number;
            /** @description Mean result of the closed evaluations (测评会) overlapping the period */
            evaluationScore: number | null;
            /** @description Feedback given, or its deadline missed */
            feedbackDue: number;
            feedbackGiven: number;
            feedbackOnTime: number;
            meanRating: number | null;
            name: string;
            /** @description On-time dual feedback: first feedback on time / feedback due */
            onTimeFeedbackRate: number | null;
            /** @description 1 = best; null without a composite */
            rank: number | null;
            ratings: number;
            /** @description Dispatches to the department in the period (a re-dispatch counts again) */
            received: number;
            /** @description 解决率: resolved / feedback given */
            resolutionRate: number | null;
            /** @description First feedback "resolved" and never rated unsatisfied */
            resolved: number;
            /** @description 响应率: accepted on time / received */
            responseRate: number | null;
            /** @description Orders the department sent back (退单) */
            returns: number;
            /** @description 满意率: ratings ≥ 4 / ratings */
            satisfactionRate: number | null;
            /** @description Ratings of 4 or 5 */
            satisfied: number;
        };
        DepartmentScoreboard: {
            chainId: string | null;
            departments: components["schemas"]["DepartmentScore"][];
            from: string | null;
            to: string | null;
            /**
             * @description The composite’s weights
             * @example {
             *       "response": 25,
             *       "resolution": 25,
             *       "satisfaction": 25,
             *       "evaluation": 25
             *     }
             */
            weights: Record<string, never>;
        };
        DepartmentView: {
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            leaderUserId: string | null;
            name: string;
        };
        DispatchTicketDto: {
            /**
             * @description Re-categorise (分门别类) while dispatching
             * @enum {string}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /**
             * Format: uuid
             * @description The responsible department (责任部门)
             */
            departmentId: string;
            /**
             * Format: date-time
             * @description Overrides the feedback deadline (default: first dispatch + SLA_FEEDBACK)
             */
            feedbackBy?: string;
            /**
             * Format: uuid
             * @description The leader in charge (分管领导); defaults to the department’s
             */
            leaderUserId?: string;
            /** @description A free-text note for the timeline */
            note?: string;
            /**
             * @description Urgency and importance (轻重缓急)
             * @enum {string}
             */
            priority: "urgent" | "high" | "normal" | "low";
        };
        EnterpriseView: {
            /** Format: uuid */
            chainId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            tier: "leader" | "core" | "member";
        };
        EscalationCounts: {
            level1: number;
            level2: number;
            level3: number;
        };
        EvaluationDepartmentView: {
            /** Format: uuid */
            departmentId: string;
            enterpriseMean: number | null;
            name: string;
            /** Format: uuid */
            rectificationId: string | null;
            /** @description Scores not counted: the scorer was recused */
            recused: number | null;
            /** @description Weighted result, set when the evaluation closes; null without scores */
            result: number | null;
            /** @description Scores counted */
            scores: number | null;
            supervisorMean: number | null;
        };
        EvaluationScorerView: {
            /** Format: uuid */
            enterpriseId: string | null;
            /** @enum {string} */
            kind: "supervisor" | "enterprise";
            name: string;
            /** Format: uuid */
            userId: string;
        };
        EvaluationScoreView: {
            comment: string | null;
            /** Format: uuid */
            departmentId: string;
            recusalReason: string | null;
            recused: boolean;
            score: number;
            /** Format: date-time */
            scoredAt: string;
            /** Format: uuid */
            scorerId: string;
        };
        EvaluationView: {
            /** Format: uuid */
            chainId: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            departments: components["schemas"]["EvaluationDepartmentView"][];
            /** Format: uuid */
            id: string;
            periodFrom: string;
            periodTo: string;
            scorers: components["schemas"]["EvaluationScorerView"][];
            /** @description All scores for the committee; a scorer sees their own */
            scores: components["schemas"]["EvaluationScoreView"][];
            /** @enum {string} */
            state: "open" | "closed";
            threshold: number;
            title: string;
            /**
             * @example {
             *       "supervisor": 50,
             *       "enterprise": 50
             *     }
             */
            weights: Record<string, never>;
        };
        ExtensionRequestView: {
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
            /** Format: date-time */
            until: string;
        };
        FeedbackDto: {
            /** @description What was done, sent to both the committee and the enterprise (双反馈) */
            content: string;
            /** @enum {string} */
            result: "resolved" | "partially_resolved" | "unresolvable";
        };
        FeedbackView: {
            /** Format: date-time */
            at: string;
            content: string;
            /** @description Given before the feedback deadline */
            onTime: boolean;
            /** @enum {string} */
            result: "resolved" | "partially_resolved" | "unresolvable";
        };
        InfoRequestView: {
            question: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
        };
        LoginDto: {
            /** @example change-me-please */
            password: string;
            /** @example admin */
            username: string;
        };
        LoginResponse: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            user: components["schemas"]["UserView"];
        };
        NoteDto: {
            /** @description A free-text note for the timeline */
            note?: string;
        };
        NotificationView: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description Set for notices about an evaluation (测评会)
             */
            evaluationId: string | null;
            /** Format: uuid */
            id: string;
            message: string;
            /** Format: date-time */
            readAt: string | null;
            /**
             * Format: uuid
             * @description Set for notices about a rectification order (整改单)
             */
            rectificationId: string | null;
            /** Format: uuid */
            ticketId: string | null;
            /** @enum {string} */
            type: "ticket.placed" | "ticket.dispatched" | "ticket.accepted" | "ticket.returned" | "ticket.feedback" | "ticket.rated" | "ticket.closed" | "ticket.withdrawn" | "ticket.reminded" | "ticket.extension_requested" | "ticket.extension_decided" | "deadline.reminder" | "ticket.escalated" | "ticket.info_requested" | "ticket.info_provided" | "evaluation.opened" | "evaluation.closed" | "rectification.ordered" | "rectification.reminder" | "rectification.escalated" | "rectification.reported" | "rectification.signed_off" | "rectification.rejected";
        };
        PolicyDeadlinesDto: {
            /** @description dispatched → accepted */
            accept?: components["schemas"]["DeadlineSpecDto"];
            /** @description placed → dispatched */
            dispatch?: components["schemas"]["DeadlineSpecDto"];
            /** @description first dispatch → feedback */
            feedback?: components["schemas"]["DeadlineSpecDto"];
            /** @description feedback → rating */
            rate?: components["schemas"]["DeadlineSpecDto"];
            /** @description unsatisfied rating → new feedback */
            rectify?: components["schemas"]["DeadlineSpecDto"];
        };
        ProvideInfoDto: {
            /** @description The enterprise’s answer */
            answer: string;
        };
        RateDto: {
            comment?: string;
            /** @description 3 or more closes the ticket; 2 or less sends it back for rectification (整改) */
            score: number;
        };
        RatingView: {
            /** Format: date-time */
            at: string;
            comment: string | null;
            score: number;
        };
        RectificationView: {
            /** @description What the caller may do now: report, sign-off, reject */
            availableActions: string[];
            /** Format: uuid */
            chainId: string | null;
            /** @example ZG-2026-000001 */
            code: string;
            /** Format: date-time */
            createdAt: string;
            decisionNote: string | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: date-time */
            dueBy: string;
            escalationLevel: number;
            /** Format: uuid */
            evaluationId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            leaderUserId: string | null;
            overdue: boolean;
            rejections: number;
            report: string | null;
            /** Format: date-time */
            reportedAt: string | null;
            /** @description The evaluation result that caused it */
            score: number;
            /** Format: date-time */
            signedOffAt: string | null;
            /** @enum {string} */
            state: "open" | "reported" | "signed_off";
            threshold: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RejectRectificationDto: {
            /** @description What is still missing */
            note: string;
        };
        ReportRectificationDto: {
            /** @description What was corrected (整改报告) */
            report: string;
        };
        RequestExtensionDto: {
            reason: string;
            /**
             * Format: date-time
             * @description The new feedback deadline asked for; later than the current one
             */
            until: string;
        };
        RequestInfoDto: {
            /**
             * @description What the department needs from the enterprise
             * @example 请补充近三年财务报表
             */
            question: string;
        };
        ReturnTicketDto: {
            /** @description A free-text note for the timeline */
            note: string;
            /**
             * @description Why the department is not responsible (退单)
             * @enum {string}
             */
            reason: "not_our_function" | "not_our_area" | "ownership_unclear" | "other";
        };
        ScoreDto: {
            comment?: string;
            /** Format: uuid */
            departmentId: string;
            score: number;
        };
        SignOffDto: {
            note?: string;
        };
        SlaPolicyDto: {
            /**
             * @description Omitted or null: any category
             * @enum {string|null}
             */
            category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other" | null;
            /** @description The stages this policy sets; the others fall through to less specific policies and SLA_* */
            deadlines: components["schemas"]["PolicyDeadlinesDto"];
            note?: Record<string, never>;
            /**
             * @description Omitted or null: any priority
             * @enum {string|null}
             */
            priority?: "urgent" | "high" | "normal" | "low" | null;
        };
        SlaPolicyView: {
            category: string | null;
            /** Format: date-time */
            createdAt: string;
            deadlines: components["schemas"]["PolicyDeadlinesDto"];
            /** Format: uuid */
            id: string;
            note: string | null;
            priority: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        SpecialDayView: {
            date: string;
            /** @enum {string} */
            kind: "workday" | "holiday";
            name: string | null;
            /** @enum {string} */
            source: "official" | "override";
        };
        TicketEventView: {
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorRole: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor" | "system";
            /** Format: date-time */
            at: string;
            /** @description The workflow event applied, e.g. `{"type":"RATE","score":5}`; null for `placed` */
            event: Record<string, never> | null;
            /** @enum {string|null} */
            fromState: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn" | null;
            /** @description SHA-256 over prevHash and the canonical JSON (RFC 8785) of this event */
            hash: string;
            payload: Record<string, never>;
            /** @description SHA-256 of the previous event (64 zeros for the first) */
            prevHash: string;
            seq: number;
            /** @enum {string} */
            toState: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
            /** @example dispatched */
            type: string;
        };
        TicketPage: {
            items: components["schemas"]["TicketView"][];
            page: number;
            pageSize: number;
            /** @description how many tickets match: exact up to 10,000, beyond that PostgreSQL's estimate (see totalExact), which the same list reuses for 10 s */
            total: number;
            /** @description false when total is an estimate (more than 10,000 tickets match) */
            totalExact: boolean;
        };
        TicketView: {
            /** @description The actions the caller may take now */
            availableActions: string[];
            /** @enum {string} */
            category: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
            /** Format: uuid */
            chainId: string;
            /** @example PHARMA-2026-000001 */
            code: string;
            /** Format: date-time */
            createdAt: string;
            deadlines: components["schemas"]["DeadlinesView"];
            /** Format: uuid */
            departmentId: string | null;
            description: string;
            /** Format: uuid */
            enterpriseId: string;
            escalationLevel: number;
            /** @description A pending extension request (延期) */
            extensionRequest: components["schemas"]["ExtensionRequestView"] | null;
            feedback: components["schemas"]["FeedbackView"] | null;
            /** Format: uuid */
            id: string;
            /** @description An open request for information; the feedback clock is paused */
            infoRequest: components["schemas"]["InfoRequestView"] | null;
            /** Format: uuid */
            leaderUserId: string | null;
            /** @description The deadline of the current stage has passed */
            overdue: boolean;
            /** @description Seconds the clock stood still waiting for the enterprise, already added to the deadline */
            pausedSeconds: number;
            /** @enum {string|null} */
            priority: "urgent" | "high" | "normal" | "low" | null;
            rating: components["schemas"]["RatingView"] | null;
            returnCount: number;
            /** @enum {string} */
            state: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        UserView: {
            /** Format: uuid */
            chainId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            departmentId: string | null;
            displayName: string | null;
            /** Format: uuid */
            enterpriseId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "enterprise" | "commissioner" | "dispatcher" | "department" | "leader" | "supervisor";
            username: string;
        };
        WithdrawDto: {
            reason: string;
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
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts from this address (THROTTLE_LOGIN_LIMIT a minute) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Closed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such evaluation, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The evaluation is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Not one of the caller’s notifications */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RectificationsController_list: {
        parameters: {
            query?: {
                evaluationId?: string;
                state?: "open" | "reported" | "signed_off";
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
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing reported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Only the department reports */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such rectification order, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Nothing reported to sign off */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_chains: {
        parameters: {
            query?: {
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
                /** @description Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time */
                from?: string;
                /** @description End, exclusive */
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
                    "application/json": components["schemas"]["ChainReport"][];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_departments: {
        parameters: {
            query?: {
                /** @description One chain; chain-bound roles always see their own */
                chainId?: string;
                /** @description Start, inclusive: a date (midnight in SLA_TIMEZONE) or a date-time */
                from?: string;
                /** @description End, exclusive */
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
                    "application/json": components["schemas"]["DepartmentScoreboard"];
                };
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Enterprises; or another chain than the caller’s own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description A policy for this category and priority exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TicketsController_list: {
        parameters: {
            query?: {
                category?: "financing" | "hiring" | "logistics" | "raw_materials" | "land_use" | "permits" | "working_capital" | "technology" | "talent" | "market" | "other";
                chainId?: string;
                departmentId?: string;
                enterpriseId?: string;
                overdue?: boolean;
                page?: number;
                pageSize?: number;
                state?: "placed" | "dispatched" | "in_progress" | "awaiting_info" | "returned" | "feedback_given" | "rectifying" | "closed" | "withdrawn";
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
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The caller’s role never takes this action */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such ticket, or one the caller may not see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not possible in the ticket’s state: `{message, state, availableActions}` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
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
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
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
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
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
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
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
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
