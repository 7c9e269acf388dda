// Generated from /api/v1/openapi.json by `npm run api:types`; do not edit.
// A test fails when the routes and this file disagree: regenerate and commit it.

export interface paths {
    "/api/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register of agreements, a page at a time, each as it stood on a date (today unless asAt) */
        get: operations["listAgreements"];
        put?: never;
        /** Record a collaboration agreement as a draft, with its parties and terms */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agreement with its parties, every version and signature, and its history */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one party's signature of an agreement; the last signature brings it into force */
        post: operations["recordAgreementSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the termination of an agreement, jointly or by one party after its notice */
        post: operations["recordAgreementTermination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreements/{id}/variations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a variation signed by every party; it replaces the terms from its date */
        post: operations["recordAgreementVariation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List alliances by name */
        get: operations["listAlliances"];
        put?: never;
        /** Add an alliance of two or more organisations */
        post: operations["createAlliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme team, programme board and alliance executive board, with members and meetings */
        get: operations["listBoards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/boards/{boardId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A board's meetings, latest first
         * @description A page at a time, latest first: pass `next` back as `cursor` until it is null.
         */
        get: operations["listMeetings"];
        put?: never;
        /** Add a meeting of a board, with its agenda */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/boards/{boardId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to a board */
        post: operations["addBoardMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/boards/{boardId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member from a board */
        delete: operations["removeBoardMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/business-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The business areas of an alliance with their stage, host force, confidence and baseline totals
         * @description Repeat a filter to match any of its values; different filters must all match. A page at a time, in name order: pass `next` back as `cursor` until it is null.
         */
        get: operations["listBusinessAreas"];
        put?: never;
        /** Add a business area to an alliance; it starts at scoping */
        post: operations["createBusinessArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conditions set by the boards, with owner, due date and status; overdue first */
        get: operations["listConditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{allianceId}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts of business areas per stage and the headline figures */
        get: operations["getPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alliance and its members */
        get: operations["getAlliance"];
        /** Change an alliance and its members (send the version you read; a stale one is refused with 409) */
        put: operations["updateAlliance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alliance’s savings model: costs, contributions and savings per area, force and year
         * @description All money is in whole pence (fields named …Pence); years are the year they start (2015 is 2015/16). Each figure names the cost-sharing basis version that produced it. `?year=2015` (or 2015/16) narrows figures, areaLines and forceLines to one year; yearLines (the trajectory against the target) stay whole. Rows come by year, then area (by name) or force, in the order of areas and parties.
         */
        get: operations["getSavingsModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every realised saving of the alliance’s business areas, newest first */
        get: operations["listRealisedSavings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the alliance’s cost-sharing bases, with each force’s share */
        get: operations["listCostSharingBases"];
        put?: never;
        /**
         * Adopt a new version of the alliance’s (or one area’s) cost-sharing basis
         * @description A change never rewrites history: the new version starts on effectiveFrom and closes the open-ended version before it on the day before. Budgets and populations are copied in when the version is made. Fixed percentages and weights have at most 2 decimal places and add up to 100.
         */
        post: operations["adoptCostSharingBasis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Benefits that are not cash (resilience, capability), each with its measure and owner */
        get: operations["listBenefits"];
        put?: never;
        /** Add a benefit that is not cash */
        post: operations["createBenefit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the savings model as an Excel workbook or CSV
         * @description Amounts are pounds with pence, as a person reads them; the import reads the same columns.
         */
        get: operations["exportSavingsModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import baselines and combined costs from an Excel workbook or CSV file
         * @description Send the file as the body, with Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (at most 100 MB). Areas and forces are matched by name. Every row is checked first: with any problem nothing is imported and each problem is listed (`{"field": "file", "message": "Row 7: …"}`).
         */
        post: operations["importFinanceSpreadsheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/reinvestments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money put back into emerging threats, by year */
        get: operations["listReinvestments"];
        put?: never;
        /** Record money reinvested from the savings */
        post: operations["createReinvestment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alliance’s saved what-ifs, newest first */
        get: operations["listWhatIfScenarios"];
        put?: never;
        /** Save a what-if: a year and the bases to compare in it */
        post: operations["saveWhatIfScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/scenarios/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved what-if, with its comparison worked out on today’s figures */
        get: operations["getWhatIfScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/scenarios/{scenarioId}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt one candidate of a saved what-if as the alliance’s next basis version
         * @description The new version starts on effectiveFrom and closes the open-ended version before it on the day before.
         */
        post: operations["adoptWhatIfScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** When savings turn amber or red: percentages of the plan the forecast falls below */
        put: operations["setSavingThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/finance/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare cost-sharing bases for a year: each force’s contribution and saving under each
         * @description Nothing is saved and the live basis is not changed. Money in whole pence.
         */
        post: operations["compareCostSharingBases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member organisation */
        post: operations["addAllianceMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/members/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member organisation (an alliance keeps at least two) */
        delete: operations["removeAllianceMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alliance in numbers: its forces' combined budget, population served and savings target */
        get: operations["getAllianceNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alliances/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an alliance to another status: proposed → active → ending → ended, or proposed → ended */
        post: operations["changeAllianceStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit trail, newest first
         * @description Filters combine. `from` and `to` are UK calendar dates, both included. Page with `before`: pass the `nextBefore` of the previous answer.
         */
        get: operations["searchAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of one record, newest first */
        get: operations["listRecordAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest event of the audit trail, to record
         * @description Publish or record `head` (for example in a board pack): a later check with `expectHead` then shows whether any event up to it was removed.
         */
        get: operations["getAuditChainHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the hash chain of the whole audit trail
         * @description Reads every event and lists every problem: events missing, altered or relinked, and, given a recorded head, events removed after it. Answers the head read, to record for the next check.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A business area with its baselines per force */
        get: operations["getBusinessArea"];
        /** Change a business area (send the version you read; a stale one is refused with 409) */
        put: operations["updateBusinessArea"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a corporation sole's approval or refusal at the strategic outline case or the executive decision */
        post: operations["recordSoleDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the baselines: each member force's budget in pence and its officers and staff */
        put: operations["replaceBaselines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The five sections of the business case with their status */
        get: operations["getBusinessCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/case/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One section: strategic, economic, commercial, financial or management */
        get: operations["getBusinessCaseSection"];
        /** Save a section (send the version you read, 0 if never saved; a stale one is refused with 409) */
        put: operations["saveBusinessCaseSection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/confidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a dated delivery confidence assessment (Green, Amber/Green, Amber, Amber/Red, Red) */
        put: operations["recordConfidence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a board's decision on a business case; an approval or a return moves the case */
        post: operations["recordBoardDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents uploaded against the business case, each with all its versions */
        get: operations["listCaseDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One business area’s savings model
         * @description All money is in whole pence (fields named …Pence); years are the year they start (2015 is 2015/16). Each figure names the cost-sharing basis version that produced it. `?year=2015` (or 2015/16) narrows figures, areaLines and forceLines to one year; yearLines (the trajectory against the target) stay whole. Rows come by year, then area (by name) or force, in the order of areas and parties.
         */
        get: operations["getBusinessAreaFinance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/finance/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a saving realised by one business area, with its evidence and owner
         * @description For this financial year or an earlier one; later years take a forecast instead.
         */
        post: operations["recordRealisedSaving"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/finance/forecasts/{financialYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Forecast the saving of one area for this or a later year */
        put: operations["setSavingForecast"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/finance/years/{financialYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set one area’s costs for a year: combined cost, implementation cost, each force’s baseline
         * @description Amounts in whole pence. Answers with the area-year as the model now computes it, with each force’s contribution and saving under the basis in effect on 1 April of that year.
         */
        put: operations["setFinanceYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a business case to another stage as the programme team (send the version you read; a stale one is refused with 409) */
        post: operations["moveBusinessCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-areas/{id}/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A business case's stage, the moves open to the programme team, the soles' approvals, decisions and conditions */
        get: operations["getBusinessCasePipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conditions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a condition of a board decision (send the version you read; a stale one is refused with 409) */
        post: operations["closeCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/bases/{basisId}/apportion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split an amount between the forces by one basis version, exactly to the penny
         * @description Largest-remainder rounding. Each party gets the whole pence of its exact share. The pence left over go one each to the parties with the largest fractions of a penny; where fractions are equal, to the party with the larger share; where shares are equal too, to the party whose name comes first alphabetically. Nothing is saved.
         */
        post: operations["apportionAmount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to, and their roles */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting: its agenda, the decision recorded on each case, papers and minutes */
        get: operations["getMeeting"];
        /** Change a meeting and its agenda (send the version you read; a stale one is refused with 409) */
        put: operations["updateMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organisations, optionally of one kind
         * @description A page at a time, in name order: pass `next` back as `cursor` until it is null.
         */
        get: operations["listOrganisations"];
        put?: never;
        /** Add an organisation */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation with its office holders and budgets */
        get: operations["getOrganisation"];
        /** Change an organisation (send the version you read; a stale version is refused with 409) */
        put: operations["updateOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/budgets/{financialYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (add or replace) the organisation's net revenue budget for a financial year */
        put: operations["setOrganisationBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/office-holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record who holds an office of the organisation, from when (and until when) */
        post: operations["createOfficeHolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user, by name
         * @description A page at a time, in name order: pass `next` back as `cursor` until it is null.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a user
         * @description Only the HR and finance roles can be limited to one organisation (`organisationId`); every other role holds everywhere.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        /**
         * Change a user’s name, roles or whether they can sign in
         * @description Send the `version` you read; if someone saved since, the answer is 409 and nothing changes.
         */
        put: operations["updateUser"];
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
        Agreement: {
            /** Format: uuid */
            allianceId: string;
            /** @description The version in effect on the date asked (or the latest) */
            asAt: {
                businessAreas: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                costSharingBasisId: string | null;
                directionAndControlOrganisationId: string | null;
                disputeResolution: string;
                /** @description 'YYYY-MM-DD' */
                effectiveFrom: string;
                effectiveTo: string | null;
                exitContributionMonths: number;
                functions: string;
                hostOrganisationId: string | null;
                /** Format: uuid */
                id: string;
                insuranceAndLiabilities: string;
                noticeMonths: number;
                objective: string;
                operationallySensitive: boolean;
                providesForOfficers: boolean;
                reviewDate: string | null;
                signatures: {
                    delegateRole: string | null;
                    /** @enum {string} */
                    office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                    /** Format: uuid */
                    organisationId: string;
                    signatoryName: string;
                    /** @enum {string} */
                    signedAs: "office_holder" | "delegate";
                    /** @description 'YYYY-MM-DD' */
                    signedOn: string;
                }[];
                title: string;
                variationReason: string | null;
                versionNumber: number;
            } | null;
            /** @description 'YYYY-MM-DD' */
            commencement: string;
            history: {
                at: string;
                /** @enum {string} */
                from: "draft" | "signing" | "in_force" | "under_review" | "varied" | "terminated";
                reason: string | null;
                /** @enum {string} */
                to: "draft" | "signing" | "in_force" | "under_review" | "varied" | "terminated";
            }[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "overarching" | "section_22a" | "other";
            parties: {
                /** @enum {string} */
                office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                /** Format: uuid */
                organisationId: string;
                organisationName: string;
            }[];
            /** @enum {string} */
            state: "draft" | "signing" | "in_force" | "under_review" | "varied" | "terminated";
            terminatedOn: string | null;
            version: number;
            versions: {
                businessAreas: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                costSharingBasisId: string | null;
                directionAndControlOrganisationId: string | null;
                disputeResolution: string;
                /** @description 'YYYY-MM-DD' */
                effectiveFrom: string;
                effectiveTo: string | null;
                exitContributionMonths: number;
                functions: string;
                hostOrganisationId: string | null;
                /** Format: uuid */
                id: string;
                insuranceAndLiabilities: string;
                noticeMonths: number;
                objective: string;
                operationallySensitive: boolean;
                providesForOfficers: boolean;
                reviewDate: string | null;
                signatures: {
                    delegateRole: string | null;
                    /** @enum {string} */
                    office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                    /** Format: uuid */
                    organisationId: string;
                    signatoryName: string;
                    /** @enum {string} */
                    signedAs: "office_holder" | "delegate";
                    /** @description 'YYYY-MM-DD' */
                    signedOn: string;
                }[];
                title: string;
                variationReason: string | null;
                versionNumber: number;
            }[];
        };
        Alliance: {
            description: string | null;
            endedOn: string | null;
            /** @description 'YYYY-MM-DD' */
            formedOn: string | null;
            id: string;
            members: {
                joinedOn: string | null;
                /** @enum {string} */
                kind: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
                name: string;
                organisationId: string;
                shortName: string;
            }[];
            name: string;
            savingsTargetPence: number | null;
            /** @description The financial year the savings are due by, as its start year: 2017 is 2017/18 */
            savingsTargetYear: number | null;
            shortName: string;
            /** @enum {string} */
            status: "proposed" | "active" | "ending" | "ended";
            updatedAt: string;
            version: number;
        };
        AllianceNumbers: {
            allianceId: string;
            allianceName: string;
            /** @description Null until the alliance has business areas; per stage at /alliances/{id}/pipeline */
            businessAreas: {
                approved: number;
                consultationComplete: number;
                excluded: number;
                headline: string;
                inDevelopment: number;
            } | null;
            /** @description Null unless every force has a budget for financialYear */
            combinedBudgetPence: number | null;
            /** @description The year the budgets are for, as its start year (2015 is 2015/16) */
            financialYear: number | null;
            forces: {
                budgetPence: number | null;
                id: string;
                name: string;
                population: number | null;
            }[];
            /** @description Forces with no budget for latestBudgetYear */
            forcesWithoutBudget: {
                id: string;
                name: string;
            }[];
            forcesWithoutPopulation: {
                id: string;
                name: string;
            }[];
            latestBudgetYear: number | null;
            populationServed: number | null;
            /** @description Combined baseline budget of the business areas in the remit (in scope, not rejected or withdrawn); null until a baseline is recorded */
            remitBudgetPence: number | null;
            savingsTargetPence: number | null;
            savingsTargetYear: number | null;
        };
        AuditChainCheck: {
            /** @description How many events were read */
            checked: number;
            head: components["schemas"]["AuditChainHead"];
            /** @description True when there are no problems */
            intact: boolean;
            /** @description Problems found beyond those listed */
            moreProblems: number;
            /** @description Every problem, in seq order; at most 1000 are listed */
            problems: {
                /** @description The last event the problem covers: a run of missing events */
                lastSeq: number;
                message: string;
                /** @enum {string} */
                problem: "missing" | "altered" | "relinked" | "head_differs";
                seq: number;
            }[];
        };
        AuditChainHead: {
            /** @description Its hash (64 hex digits) */
            hash: string;
            /** @description `SEQ:HASH`, to record and pass later as `expectHead` */
            head: string;
            /** @description The newest event’s seq; 0 while the trail is empty */
            seq: number;
        };
        AuditEvent: {
            action: string;
            actorLabel: string;
            actorUserId: string | null;
            after: unknown;
            before: unknown;
            entityId: string;
            entityType: string;
            hash: string;
            /** Format: date-time */
            occurredAt: string;
            prevHash: string;
            requestId: string;
            seq: number;
            summary: string;
        };
        Board: {
            id: string;
            /** @enum {string} */
            kind: "programme_team" | "programme_board" | "executive_board";
            members: components["schemas"]["BoardMember"][];
            name: string;
            nextMeetings: {
                boardId: string;
                /** @description 'YYYY-MM-DD' */
                heldOn: string;
                id: string;
                location: string | null;
                version: number;
            }[];
            pastMeetings: {
                boardId: string;
                /** @description 'YYYY-MM-DD' */
                heldOn: string;
                id: string;
                location: string | null;
                version: number;
            }[];
        };
        BoardMember: {
            boardId: string;
            id: string;
            name: string;
            organisationId: string | null;
            roleTitle: string;
        };
        BusinessArea: {
            allianceId: string;
            baselines: {
                budgetPence: number;
                name: string;
                officers: number;
                organisationId: string;
                recorded: boolean;
                staff: number;
            }[];
            confidence: ("green" | "amber_green" | "amber" | "amber_red" | "red") | null;
            /** @description 'YYYY-MM-DD' */
            confidenceAssessedOn: string | null;
            confidenceCommentary: string | null;
            confidenceLabel: string | null;
            description: string | null;
            exclusionReason: string | null;
            /** @enum {string} */
            functionGroup: "support" | "operational";
            hostName: string | null;
            hostOrganisationId: string | null;
            id: string;
            inScope: boolean;
            leadName: string | null;
            name: string;
            seniorResponsibleOfficer: string | null;
            /** @enum {string} */
            stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
            stageChangedAt: string;
            stageLabel: string;
            totals: {
                budgetPence: number;
                officers: number;
                staff: number;
            };
            updatedAt: string;
            version: number;
        };
        BusinessAreaStage: {
            allianceId: string;
            id: string;
            name: string;
            /** @enum {string} */
            stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
            stageChangedAt: string;
            /** @description The current submission of the case: a return for rework, a deferral or a move back starts the next, and every corporation sole decides again */
            submission: number;
            version: number;
        };
        BusinessAreaSummary: {
            allianceId: string;
            confidence: ("green" | "amber_green" | "amber" | "amber_red" | "red") | null;
            /** @description 'YYYY-MM-DD' */
            confidenceAssessedOn: string | null;
            confidenceCommentary: string | null;
            confidenceLabel: string | null;
            exclusionReason: string | null;
            /** @enum {string} */
            functionGroup: "support" | "operational";
            hostName: string | null;
            hostOrganisationId: string | null;
            id: string;
            inScope: boolean;
            leadName: string | null;
            name: string;
            seniorResponsibleOfficer: string | null;
            /** @enum {string} */
            stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
            stageChangedAt: string;
            stageLabel: string;
            totals: {
                budgetPence: number;
                officers: number;
                staff: number;
            };
            updatedAt: string;
            version: number;
        };
        BusinessCasePipeline: {
            area: {
                allianceId: string;
                id: string;
                name: string;
                /** @enum {string} */
                stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
                stageChangedAt: string;
                stageLabel: string;
                /** @description The current submission of the case: a return for rework, a deferral or a move back starts the next, and every corporation sole decides again */
                submission: number;
                version: number;
            };
            board: {
                /** @enum {string} */
                kind: "programme_team" | "programme_board" | "executive_board";
                label: string;
            } | null;
            conditions: components["schemas"]["DecisionCondition"][];
            consultation: {
                message: string;
                /** @enum {string} */
                status: "not_recorded" | "open" | "closed";
            };
            decisions: {
                /** @enum {string} */
                boardKind: "programme_team" | "programme_board" | "executive_board";
                boardName: string;
                conditions: components["schemas"]["DecisionCondition"][];
                heldOn: string;
                id: string;
                meetingId: string;
                /** @enum {string} */
                outcome: "approved" | "approved_with_conditions" | "deferred" | "returned" | "rejected";
                outcomeLabel: string;
                reasons: string | null;
                recordedAt: string;
            }[];
            gates: {
                executive_decision: {
                    /** @enum {string} */
                    gate: "strategic_outline_case" | "executive_decision";
                    label: string;
                    message: string;
                    refusedBy: string[];
                    /** @enum {string} */
                    stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
                    /** @enum {string} */
                    status: "approved" | "refused" | "pending";
                    waitingFor: string[];
                };
                strategic_outline_case: {
                    /** @enum {string} */
                    gate: "strategic_outline_case" | "executive_decision";
                    label: string;
                    message: string;
                    refusedBy: string[];
                    /** @enum {string} */
                    stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
                    /** @enum {string} */
                    status: "approved" | "refused" | "pending";
                    waitingFor: string[];
                };
            };
            moves: {
                blockedBy: string | null;
                label: string;
                note: string | null;
                reasonRequired: boolean;
                /** @enum {string} */
                to: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
            }[];
            nextStep: string;
            soleDecisions: {
                asDelegate: boolean;
                decidedBy: string;
                /** @description 'YYYY-MM-DD' */
                decidedOn: string;
                /** @enum {string} */
                decision: "approved" | "refused";
                delegateRole: string | null;
                /** @description Given for an earlier submission of the case: kept on record, no longer counted */
                forEarlierSubmission: boolean;
                /** @enum {string} */
                gate: "strategic_outline_case" | "executive_decision";
                id: string;
                note: string | null;
                office: string;
                organisationId: string;
                recordedAt: string;
                soleTitle: string;
                /** @description The submission of the case the decision was given for */
                submission: number;
            }[];
            soles: {
                holderName: string;
                key: string;
                latest: {
                    executive_decision: components["schemas"]["SoleDecision"] | null;
                    strategic_outline_case: components["schemas"]["SoleDecision"] | null;
                };
                /** @enum {string} */
                office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                organisationId: string;
                organisationName: string;
                shortTitle: string;
                title: string;
            }[];
        };
        BusinessCaseSection: {
            body: string;
            owner: string | null;
            /** @enum {string} */
            section: "strategic" | "economic" | "commercial" | "financial" | "management";
            /** @enum {string} */
            status: "not_started" | "in_progress" | "completed";
            statusLabel: string;
            title: string;
            updatedAt: string | null;
            version: number;
        };
        CaseDocument: {
            createdAt: string;
            id: string;
            title: string;
            /** @description Newest first */
            versions: {
                /** @description Signed-in download of this version */
                downloadUrl: string;
                filename: string;
                id: string;
                mediaType: string;
                sha256: string;
                sizeBytes: number;
                uploadedAt: string;
                uploadedBy: string;
                versionNumber: number;
            }[];
        };
        ConditionList: {
            allianceId: string;
            /** @description Overdue first, then open, then closed */
            conditions: {
                boardName: string;
                businessAreaId: string;
                businessAreaName: string;
                closedOn: string | null;
                closureNote: string | null;
                decisionOutcome: string;
                description: string;
                dueOn: string;
                id: string;
                meetingHeldOn: string;
                meetingId: string;
                owner: string;
                /** @enum {string} */
                status: "open" | "overdue" | "closed";
            }[];
            /** @description The date in the UK that overdue is judged against */
            today: string;
            /** @description open counts every condition not yet closed, overdue ones included */
            totals: {
                closed: number;
                open: number;
                overdue: number;
            };
        };
        CostSharingBasis: {
            /** @constant */
            kind: "fixed";
            percentages: {
                organisationId: string;
                percentage: number;
            }[];
        } | {
            /** @description Each force's net revenue budget for the year, as copied into a stored version */
            budgets?: {
                netRevenueBudgetPence: number;
                organisationId: string;
            }[];
            financialYear: number;
            /** @constant */
            kind: "budget";
        } | {
            /** @constant */
            kind: "population";
            /** @description Each force's population, as copied into a stored version */
            populations?: {
                organisationId: string;
                population: number;
            }[];
        } | {
            figures: {
                organisationId: string;
                value: number;
            }[];
            /** @constant */
            kind: "demand";
            measure: string;
        } | {
            components: {
                basis: {
                    /** @constant */
                    kind: "fixed";
                    percentages: {
                        organisationId: string;
                        percentage: number;
                    }[];
                } | {
                    /** @description Each force's net revenue budget for the year, as copied into a stored version */
                    budgets?: {
                        netRevenueBudgetPence: number;
                        organisationId: string;
                    }[];
                    financialYear: number;
                    /** @constant */
                    kind: "budget";
                } | {
                    /** @constant */
                    kind: "population";
                    /** @description Each force's population, as copied into a stored version */
                    populations?: {
                        organisationId: string;
                        population: number;
                    }[];
                } | {
                    figures: {
                        organisationId: string;
                        value: number;
                    }[];
                    /** @constant */
                    kind: "demand";
                    measure: string;
                };
                weightPercentage: number;
            }[];
            /** @constant */
            kind: "weighted";
        };
        CostSharingBasisVersion: {
            allianceId: string;
            basis: components["schemas"]["CostSharingBasis"];
            /** @description The business area with its own basis; null for the alliance’s default */
            businessAreaId: string | null;
            createdAt: string;
            /** @description In words, like "In proportion to net revenue budget (2015/16)" */
            description: string;
            /** @description 'YYYY-MM-DD': the basis governs every year whose 1 April it covers */
            effectiveFrom: string;
            effectiveTo: string | null;
            id: string;
            label: string;
            reason: string | null;
            /** @description Set on a version that resumes an open-ended one, with the same figures, the day after a shorter version interrupting it ends */
            resumesVersionNumber: number | null;
            shares: {
                name: string;
                organisationId: string;
                /** @description For display, to 4 decimal places; money is split exactly */
                sharePercent: number;
            }[];
            versionNumber: number;
        };
        DecisionCondition: {
            businessAreaId: string;
            closedOn: string | null;
            closureNote: string | null;
            decisionId: string;
            description: string;
            dueOn: string;
            id: string;
            overdue: boolean;
            owner: string;
            /** @description The day of the meeting whose decision set the condition */
            raisedOn: string;
            version: number;
        };
        Error: {
            error: {
                code: string;
                details: {
                    field: string;
                    message: string;
                }[];
                message: string;
            };
        };
        FinanceAreaYear: {
            baselinePence: number;
            basis: {
                id: string;
                label: string;
                versionNumber: number;
            } | null;
            businessAreaId: string;
            /** @description False until the area has a combined cost and a basis */
            combined: boolean;
            /** @description The financial year, as the year it starts: 2015 is 2015/16 */
            financialYear: number;
            forces: {
                /** @description What the force would spend on the function without the alliance */
                baselinePence: number;
                /** @description Its share of the combined team’s cost; the shares add up to the cost exactly */
                contributionPence: number;
                implementationSharePence: number;
                organisationId: string;
                /** @description Baseline less contribution */
                savingPence: number;
                /** @description Its share under the basis, for display */
                sharePercent: number;
            }[];
            implementationCostPence: number;
            plannedSavingPence: number;
            /** @description The combined team’s (target operating model) cost */
            targetCostPence: number;
            /** @description The area has costs this year but no cost-sharing basis governs it: not shared, not counted */
            withoutBasis: boolean;
        };
        Me: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            roles: {
                organisationId: string | null;
                /** @enum {string} */
                role: "administrator" | "programme_team" | "board_member" | "finance" | "hr" | "viewer" | "auditor";
            }[];
        };
        Meeting: {
            agenda: {
                businessAreaId: string;
                /** @description The decision recorded at this meeting */
                decision: {
                    id: string;
                    /** @description approved, approved_with_conditions, deferred, returned or rejected */
                    outcome: string;
                    reasons: string | null;
                    recordedAt: string;
                } | null;
                name: string;
                position: number;
                stage: string;
            }[];
            allianceId: string;
            boardId: string;
            /** @enum {string} */
            boardKind: "programme_team" | "programme_board" | "executive_board";
            boardName: string;
            /** @description 'YYYY-MM-DD' */
            heldOn: string;
            id: string;
            location: string | null;
            minutes: string | null;
            papers: string | null;
            updatedAt: string;
            version: number;
        };
        OfficeHolder: {
            corporationSole: boolean;
            endDate: string | null;
            holderName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
            officeLabel: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date */
            startDate: string;
        };
        Organisation: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
            kindLabel: string;
            name: string;
            notes: string | null;
            population: number | null;
            populationYear: number | null;
            region: string | null;
            shortName: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        OrganisationBudget: {
            /** @description The year the financial year starts: 2015 is 2015/16 */
            financialYear: number;
            financialYearLabel: string;
            netRevenueBudgetPence: number;
            /** Format: uuid */
            organisationId: string;
            source: string | null;
        };
        OrganisationDetail: {
            budgets: components["schemas"]["OrganisationBudget"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
            kindLabel: string;
            name: string;
            notes: string | null;
            officeHolders: components["schemas"]["OfficeHolder"][];
            population: number | null;
            populationYear: number | null;
            region: string | null;
            shortName: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Pipeline: {
            allianceId: string;
            /** @description Past the executive board decision: consultation, implementation or live */
            approved: number;
            /** @description In implementation or live */
            consultationComplete: number;
            /** @description Excluded from the alliance; not in the pipeline */
            excluded: number;
            headline: string;
            /** @description From scoping to the executive board decision */
            inDevelopment: number;
            inScope: number;
            rejected: number;
            /** @description Combined baseline budget of the business areas in the remit (in scope, not rejected or withdrawn); null when none is recorded */
            remitBudgetPence: number | null;
            /** @description Business areas in scope at each stage, in pipeline order */
            stages: {
                count: number;
                label: string;
                /** @enum {string} */
                stage: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
            }[];
            withdrawn: number;
        };
        RoleGrantInput: {
            /** @default null */
            organisationId: string | null;
            /** @enum {string} */
            role: "administrator" | "programme_team" | "board_member" | "finance" | "hr" | "viewer" | "auditor";
        };
        SavingsModel: {
            alliance: {
                id: string;
                name: string;
                savingsTargetPence: number | null;
                savingsTargetYear: number | null;
                shortName: string;
            };
            areaLines: {
                businessAreaId: string;
                /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                financialYear: number;
                /** @description What was realised in a past year; else the forecast, or the plan */
                forecastPence: number;
                /** @description Baselines less the combined teams’ costs */
                plannedPence: number;
                /** @description Red, amber or green against the alliance’s thresholds; null with nothing planned; always red where areas with costs have no cost-sharing basis */
                rag: ("green" | "amber" | "red") | null;
                realisedCashablePence: number;
                /** @description Recorded as realised, cashable or not */
                realisedPence: number;
                /** @description Forecast less plan: negative is a shortfall */
                variancePence: number;
                /** @description The area has costs this year but no cost-sharing basis governs it: not shared, not counted */
                withoutBasis: boolean;
            }[];
            areas: {
                id: string;
                inScope: boolean;
                name: string;
            }[];
            bases: {
                businessAreaId: string | null;
                effectiveFrom: string;
                effectiveTo: string | null;
                id: string;
                kind: string;
                label: string;
                versionNumber: number;
            }[];
            /** @description The financial year, as the year it starts: 2015 is 2015/16 */
            currentYear: number;
            figures: components["schemas"]["FinanceAreaYear"][];
            forceLines: {
                baselinePence: number;
                contributionPence: number;
                /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                financialYear: number;
                implementationSharePence: number;
                organisationId: string;
                savingPence: number;
            }[];
            /** @description The alliance’s police forces, who share the costs */
            parties: {
                name: string;
                organisationId: string;
            }[];
            thresholds: {
                amberBelowPercent: number;
                isDefault: boolean;
                redBelowPercent: number;
            };
            /** @description Years in which areas have costs but no cost-sharing basis governs them: their figures leave those areas out */
            warnings: {
                businessAreaIds: string[];
                /** @constant */
                code: "no_cost_sharing_basis";
                /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                financialYear: number;
                message: string;
            }[];
            /** @description The trajectory: every year’s savings against the target */
            yearLines: {
                /** @description Areas with costs but no governing cost-sharing basis; the year is red while any */
                areasWithoutBasis: number;
                /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                financialYear: number;
                /** @description What was realised in a past year; else the forecast, or the plan */
                forecastPence: number;
                /** @description Baselines less the combined teams’ costs */
                plannedPence: number;
                /** @description Red, amber or green against the alliance’s thresholds; null with nothing planned; always red where areas with costs have no cost-sharing basis */
                rag: ("green" | "amber" | "red") | null;
                realisedCashablePence: number;
                /** @description Recorded as realised, cashable or not */
                realisedPence: number;
                targetPence: number | null;
                /** @description Red, amber or green against the alliance’s thresholds; null with nothing planned; always red where areas with costs have no cost-sharing basis */
                targetRag: ("green" | "amber" | "red") | null;
                /** @description Forecast less plan: negative is a shortfall */
                variancePence: number;
            }[];
            years: number[];
        };
        SoleDecision: {
            asDelegate: boolean;
            decidedBy: string;
            /** @description 'YYYY-MM-DD' */
            decidedOn: string;
            /** @enum {string} */
            decision: "approved" | "refused";
            delegateRole: string | null;
            /** @enum {string} */
            gate: "strategic_outline_case" | "executive_decision";
            id: string;
            note: string | null;
            office: string;
            organisationId: string;
            recordedAt: string;
            /** @description The submission of the case the decision was given for */
            submission: number;
        };
        User: {
            active: boolean;
            email: string;
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            roles: {
                organisationId: string | null;
                /** @enum {string} */
                role: "administrator" | "programme_team" | "board_member" | "finance" | "hr" | "viewer" | "auditor";
            }[];
            version: number;
        };
        WhatIfComparison: {
            candidates: {
                basis: components["schemas"]["CostSharingBasis"] | null;
                description: string;
                forces: {
                    baselinePence: number;
                    contributionPence: number;
                    name: string;
                    organisationId: string;
                    savingPence: number;
                    /** @description For display, to 4 decimal places; money is split exactly */
                    sharePercent: number;
                }[];
                label: string;
                /** @description Why a saved candidate can no longer be worked out (a force left, a budget is missing) */
                problems: {
                    field: string;
                    message: string;
                }[];
            }[];
            financialYear: number;
            /** @description The basis in effect on 1 April of the year */
            live: {
                basis: components["schemas"]["CostSharingBasis"] | null;
                description: string;
                forces: {
                    baselinePence: number;
                    contributionPence: number;
                    name: string;
                    organisationId: string;
                    savingPence: number;
                    /** @description For display, to 4 decimal places; money is split exactly */
                    sharePercent: number;
                }[];
                label: string;
                /** @description Why a saved candidate can no longer be worked out (a force left, a budget is missing) */
                problems: {
                    field: string;
                    message: string;
                }[];
            };
            parties: {
                name: string;
                organisationId: string;
            }[];
        };
        WhatIfScenario: {
            adoptedBasisId: string | null;
            allianceId: string;
            candidates: {
                basis: components["schemas"]["CostSharingBasis"];
                label: string;
            }[];
            createdAt: string;
            financialYear: number;
            id: string;
            name: string;
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
    listAgreements: {
        parameters: {
            query?: {
                /** @description 'YYYY-MM-DD': the agreement as it stood that day */
                asAt?: string;
                page?: string;
                pageSize?: string;
            };
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
                        agreements: {
                            /** @description 'YYYY-MM-DD' */
                            commencement: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "overarching" | "section_22a" | "other";
                            objective: string;
                            operationallySensitive: boolean;
                            reviewDate: string | null;
                            /** @enum {string} */
                            state: "draft" | "signing" | "in_force" | "under_review" | "varied" | "terminated";
                            terminatedOn: string | null;
                            title: string;
                            versionNumber: number;
                        }[];
                        page: {
                            matching: number;
                            number: number;
                            size: number;
                        };
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    allianceId: string;
                    commencement: string;
                    /** @enum {string} */
                    kind: "overarching" | "section_22a" | "other";
                    parties: {
                        /** @enum {string} */
                        office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                        /** Format: uuid */
                        organisationId: string;
                    }[];
                    terms: {
                        /** @default [] */
                        businessAreaIds?: string[];
                        /** @default null */
                        costSharingBasisId?: string | null;
                        /** @default null */
                        directionAndControlOrganisationId?: string | null;
                        disputeResolution: string;
                        exitContributionMonths: number;
                        functions: string;
                        /** @default null */
                        hostOrganisationId?: string | null;
                        insuranceAndLiabilities: string;
                        noticeMonths: number;
                        objective: string;
                        operationallySensitive: boolean;
                        providesForOfficers: boolean;
                        reviewDate?: string | null;
                        title: string;
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
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: {
                /** @description 'YYYY-MM-DD': the agreement as it stood that day */
                asAt?: string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordAgreementSignature: {
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
                "application/json": {
                    signature: {
                        delegateRole?: string | null;
                        /** @enum {string} */
                        office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                        /** Format: uuid */
                        organisationId: string;
                        signatoryName: string;
                        /** @enum {string} */
                        signedAs: "office_holder" | "delegate";
                        signedOn: string;
                    };
                    version: number;
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
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordAgreementTermination: {
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
                "application/json": {
                    /** @enum {string} */
                    kind: "joint" | "unilateral";
                    /** @default null */
                    leavingOrganisationId?: string | null;
                    noticeGivenOn: string;
                    reason: string;
                    terminatesOn: string;
                    version: number;
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
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordAgreementVariation: {
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
                "application/json": {
                    effectiveFrom: string;
                    reason: string;
                    signatures: {
                        delegateRole?: string | null;
                        /** @enum {string} */
                        office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                        /** Format: uuid */
                        organisationId: string;
                        signatoryName: string;
                        /** @enum {string} */
                        signedAs: "office_holder" | "delegate";
                        signedOn: string;
                    }[];
                    terms: {
                        /** @default [] */
                        businessAreaIds?: string[];
                        /** @default null */
                        costSharingBasisId?: string | null;
                        /** @default null */
                        directionAndControlOrganisationId?: string | null;
                        disputeResolution: string;
                        exitContributionMonths: number;
                        functions: string;
                        /** @default null */
                        hostOrganisationId?: string | null;
                        insuranceAndLiabilities: string;
                        noticeMonths: number;
                        objective: string;
                        operationallySensitive: boolean;
                        providesForOfficers: boolean;
                        reviewDate?: string | null;
                        title: string;
                    };
                    version: number;
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
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAlliances: {
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
                        alliances: {
                            formedOn: string | null;
                            id: string;
                            memberCount: number;
                            name: string;
                            shortName: string;
                            /** @enum {string} */
                            status: "proposed" | "active" | "ending" | "ended";
                        }[];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAlliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    formedOn?: string | null;
                    /** @description Organisation ids: two or more */
                    members: string[];
                    name: string;
                    savingsTargetPence?: number | null;
                    savingsTargetYear?: string | number | null;
                    shortName: string;
                    /** @enum {string} */
                    status: "proposed" | "active" | "ending" | "ended";
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
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBoards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
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
                        allianceId: string;
                        boards: components["schemas"]["Board"][];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page; leave out for the first page */
                cursor?: string;
                /** @description Items per page: 50 unless given, at most 200 */
                limit?: number;
            };
            header?: never;
            path: {
                allianceId: string;
                boardId: string;
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
                            boardId: string;
                            /** @description 'YYYY-MM-DD' */
                            heldOn: string;
                            id: string;
                            location: string | null;
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        next: string | null;
                        /** @description How many meetings the board has, across every page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
                boardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Business area ids of the alliance, in agenda order */
                    agenda?: string[];
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    location?: string | null;
                    minutes?: string | null;
                    papers?: string | null;
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
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
                boardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description A member organisation of the alliance */
                    organisationId?: string | null;
                    /** @description For example Chief Constable, Police and Crime Commissioner, Chief Executive (OPCC) */
                    roleTitle: string;
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
                    "application/json": components["schemas"]["BoardMember"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeBoardMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
                boardId: string;
                memberId: string;
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
                    "application/json": components["schemas"]["BoardMember"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBusinessAreas: {
        parameters: {
            query?: {
                /** @description green, amber_green, amber, amber_red, red, or 'none' */
                confidence?: string | string[];
                /** @description The `next` of the previous page; leave out for the first page */
                cursor?: string;
                /** @description Host force organisation ids, or 'none' */
                host?: string | string[];
                /** @description Items per page: 50 unless given, at most 200 */
                limit?: number;
                /** @description in_scope, excluded */
                scope?: string | string[];
                /** @description Stages: scoping, strategic_outline_case, in_development, programme_team_review, programme_board_review, executive_board_decision, formal_consultation, implementation, live, rejected, withdrawn */
                stage?: string | string[];
            };
            header?: never;
            path: {
                allianceId: string;
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
                        allianceId: string;
                        /** @description In name order, then by id */
                        items: components["schemas"]["BusinessAreaSummary"][];
                        /** @description Business areas matching the filters, on every page */
                        matching: number;
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        next: string | null;
                        /** @description Business areas in the alliance, before filtering */
                        total: number;
                        /** @description Baseline totals of every area matching the filters */
                        totals: {
                            budgetPence: number;
                            officers: number;
                            staff: number;
                        };
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createBusinessArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    exclusionReason?: string | null;
                    /** @enum {string} */
                    functionGroup: "support" | "operational";
                    hostOrganisationId?: string | null;
                    inScope: boolean;
                    leadName?: string | null;
                    name: string;
                    seniorResponsibleOfficer?: string | null;
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
                    "application/json": components["schemas"]["BusinessArea"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConditions: {
        parameters: {
            query?: {
                status?: "all" | "open" | "overdue" | "closed";
            };
            header?: never;
            path: {
                allianceId: string;
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
                    "application/json": components["schemas"]["ConditionList"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPipeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                allianceId: string;
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
                    "application/json": components["schemas"]["Pipeline"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAlliance: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAlliance: {
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
                "application/json": {
                    description?: string | null;
                    formedOn?: string | null;
                    /** @description Organisation ids: two or more */
                    members: string[];
                    name: string;
                    savingsTargetPence?: number | null;
                    savingsTargetYear?: string | number | null;
                    shortName: string;
                    /** @enum {string} */
                    status: "proposed" | "active" | "ending" | "ended";
                    version: number;
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
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSavingsModel: {
        parameters: {
            query?: {
                /** @description The year: the year it starts, 2015, or "2015/16" */
                year?: number | string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SavingsModel"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRealisedSavings: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actuals: {
                            amountPence: number;
                            areaName?: string;
                            businessAreaId: string;
                            cashable: boolean;
                            evidence: string;
                            /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                            financialYear: number;
                            id: string;
                            owner: string;
                            recordedOn: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCostSharingBases: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        parties: {
                            name: string;
                            organisationId: string;
                        }[];
                        tieRule: string;
                        /** @description Every version, newest first within each scope */
                        versions: components["schemas"]["CostSharingBasisVersion"][];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adoptCostSharingBasis: {
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
                "application/json": {
                    basis: {
                        /** @enum {string} */
                        kind: "fixed";
                        /** @description Every member force with its percentage; together they add up to 100 */
                        percentages: {
                            /** @description The organisation id of a member police force */
                            organisationId: string;
                            /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                            percentage: number;
                        }[];
                    } | {
                        /** @description The budget year: the year it starts, 2015, or "2015/16" */
                        financialYear: number | string;
                        /** @enum {string} */
                        kind: "budget";
                    } | {
                        /** @enum {string} */
                        kind: "population";
                    } | {
                        figures: {
                            /** @description The organisation id of a member police force */
                            organisationId: string;
                            value: number;
                        }[];
                        /** @enum {string} */
                        kind: "demand";
                        /** @description What is counted, like "incidents" or "calls" */
                        measure: string;
                    } | {
                        /** @description Two or more parts; their weights add up to 100 */
                        components: {
                            basis: {
                                /** @enum {string} */
                                kind: "fixed";
                                /** @description Every member force with its percentage; together they add up to 100 */
                                percentages: {
                                    /** @description The organisation id of a member police force */
                                    organisationId: string;
                                    /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                    percentage: number;
                                }[];
                            } | {
                                /** @description The budget year: the year it starts, 2015, or "2015/16" */
                                financialYear: number | string;
                                /** @enum {string} */
                                kind: "budget";
                            } | {
                                /** @enum {string} */
                                kind: "population";
                            } | {
                                figures: {
                                    /** @description The organisation id of a member police force */
                                    organisationId: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                kind: "demand";
                                /** @description What is counted, like "incidents" or "calls" */
                                measure: string;
                            };
                            /** @description The weight: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                            weightPercentage: number;
                        }[];
                        /** @enum {string} */
                        kind: "weighted";
                    };
                    /** @description Give a business area its own basis; leave out for the alliance’s default */
                    businessAreaId?: string | null;
                    /** @description The start date, 'YYYY-MM-DD' */
                    effectiveFrom: string;
                    effectiveTo?: string | null;
                    label: string;
                    reason?: string | null;
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
                    "application/json": components["schemas"]["CostSharingBasisVersion"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBenefits: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        benefits: {
                            allianceId: string;
                            baselineValue: string | null;
                            businessAreaId: string | null;
                            currentValue: string | null;
                            dueOn: string | null;
                            id: string;
                            measure: string;
                            owner: string;
                            targetValue: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createBenefit: {
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
                "application/json": {
                    baselineValue?: string | null;
                    /** @description The business area it belongs to, if any */
                    businessAreaId?: string | null;
                    currentValue?: string | null;
                    dueOn?: string | null;
                    measure: string;
                    owner: string;
                    targetValue?: string | null;
                    title: string;
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
                        allianceId: string;
                        baselineValue: string | null;
                        businessAreaId: string | null;
                        currentValue: string | null;
                        dueOn: string | null;
                        id: string;
                        measure: string;
                        owner: string;
                        targetValue: string | null;
                        title: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSavingsModel: {
        parameters: {
            query?: {
                /** @description xlsx (real numbers with £ formats, and the trajectory on a second sheet) or csv */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The savings model per area, force and year, with the basis version of each figure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importFinanceSpreadsheet: {
        parameters: {
            query?: {
                /** @description The file’s name, shown in the audit trail and in any problem reported */
                fileName?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description The .csv or .xlsx file itself */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
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
                        /** @description Area-years whose combined and implementation costs were set */
                        areaYears: number;
                        /** @description Baselines set, one per area, force and year */
                        baselines: number;
                        rows: number;
                        years: number[];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReinvestments: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reinvestments: {
                            allianceId: string;
                            amountPence: number;
                            businessAreaId: string | null;
                            decidedOn: string;
                            /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                            financialYear: number;
                            id: string;
                            purpose: string;
                        }[];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReinvestment: {
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
                "application/json": {
                    /** @description The amount reinvested, in whole pence: 123456 is £1,234.56 */
                    amountPence: number;
                    /** @description The business area it belongs to, if any */
                    businessAreaId?: string | null;
                    /** @description The date decided, 'YYYY-MM-DD' */
                    decidedOn: string;
                    /** @description The financial year: the year it starts, 2015, or "2015/16" */
                    financialYear: number | string;
                    purpose: string;
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
                        allianceId: string;
                        amountPence: number;
                        businessAreaId: string | null;
                        decidedOn: string;
                        /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                        financialYear: number;
                        id: string;
                        purpose: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWhatIfScenarios: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scenarios: components["schemas"]["WhatIfScenario"][];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveWhatIfScenario: {
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
                "application/json": {
                    candidates: {
                        basis: {
                            /** @enum {string} */
                            kind: "fixed";
                            /** @description Every member force with its percentage; together they add up to 100 */
                            percentages: {
                                /** @description The organisation id of a member police force */
                                organisationId: string;
                                /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                percentage: number;
                            }[];
                        } | {
                            /** @description The budget year: the year it starts, 2015, or "2015/16" */
                            financialYear: number | string;
                            /** @enum {string} */
                            kind: "budget";
                        } | {
                            /** @enum {string} */
                            kind: "population";
                        } | {
                            figures: {
                                /** @description The organisation id of a member police force */
                                organisationId: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            kind: "demand";
                            /** @description What is counted, like "incidents" or "calls" */
                            measure: string;
                        } | {
                            /** @description Two or more parts; their weights add up to 100 */
                            components: {
                                basis: {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    /** @description Every member force with its percentage; together they add up to 100 */
                                    percentages: {
                                        /** @description The organisation id of a member police force */
                                        organisationId: string;
                                        /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                        percentage: number;
                                    }[];
                                } | {
                                    /** @description The budget year: the year it starts, 2015, or "2015/16" */
                                    financialYear: number | string;
                                    /** @enum {string} */
                                    kind: "budget";
                                } | {
                                    /** @enum {string} */
                                    kind: "population";
                                } | {
                                    figures: {
                                        /** @description The organisation id of a member police force */
                                        organisationId: string;
                                        value: number;
                                    }[];
                                    /** @enum {string} */
                                    kind: "demand";
                                    /** @description What is counted, like "incidents" or "calls" */
                                    measure: string;
                                };
                                /** @description The weight: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                weightPercentage: number;
                            }[];
                            /** @enum {string} */
                            kind: "weighted";
                        };
                        label: string;
                    }[];
                    /** @description The financial year: the year it starts, 2015, or "2015/16" */
                    financialYear: number | string;
                    name: string;
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
                    "application/json": components["schemas"]["WhatIfScenario"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWhatIfScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scenarioId: string;
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
                        adoptedBasisId: string | null;
                        allianceId: string;
                        candidates: {
                            basis: components["schemas"]["CostSharingBasis"];
                            label: string;
                        }[];
                        comparison: components["schemas"]["WhatIfComparison"];
                        createdAt: string;
                        financialYear: number;
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adoptWhatIfScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Which candidate to adopt: its position in candidates, from 0 */
                    candidate: number;
                    /** @description The start date, 'YYYY-MM-DD' */
                    effectiveFrom: string;
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
                    "application/json": components["schemas"]["CostSharingBasisVersion"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSavingThresholds: {
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
                "application/json": {
                    /** @description Amber when the forecast is below this % of plan */
                    amberBelowPercent: number;
                    /** @description Red when the forecast is below this % of plan */
                    redBelowPercent: number;
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
                        amberBelowPercent: number;
                        isDefault: boolean;
                        redBelowPercent: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    compareCostSharingBases: {
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
                "application/json": {
                    candidates: {
                        basis: {
                            /** @enum {string} */
                            kind: "fixed";
                            /** @description Every member force with its percentage; together they add up to 100 */
                            percentages: {
                                /** @description The organisation id of a member police force */
                                organisationId: string;
                                /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                percentage: number;
                            }[];
                        } | {
                            /** @description The budget year: the year it starts, 2015, or "2015/16" */
                            financialYear: number | string;
                            /** @enum {string} */
                            kind: "budget";
                        } | {
                            /** @enum {string} */
                            kind: "population";
                        } | {
                            figures: {
                                /** @description The organisation id of a member police force */
                                organisationId: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            kind: "demand";
                            /** @description What is counted, like "incidents" or "calls" */
                            measure: string;
                        } | {
                            /** @description Two or more parts; their weights add up to 100 */
                            components: {
                                basis: {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    /** @description Every member force with its percentage; together they add up to 100 */
                                    percentages: {
                                        /** @description The organisation id of a member police force */
                                        organisationId: string;
                                        /** @description The percentage: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                        percentage: number;
                                    }[];
                                } | {
                                    /** @description The budget year: the year it starts, 2015, or "2015/16" */
                                    financialYear: number | string;
                                    /** @enum {string} */
                                    kind: "budget";
                                } | {
                                    /** @enum {string} */
                                    kind: "population";
                                } | {
                                    figures: {
                                        /** @description The organisation id of a member police force */
                                        organisationId: string;
                                        value: number;
                                    }[];
                                    /** @enum {string} */
                                    kind: "demand";
                                    /** @description What is counted, like "incidents" or "calls" */
                                    measure: string;
                                };
                                /** @description The weight: 0 to 100, at most 2 decimal places (70.25 is 70.25%) */
                                weightPercentage: number;
                            }[];
                            /** @enum {string} */
                            kind: "weighted";
                        };
                        label: string;
                    }[];
                    /** @description The financial year: the year it starts, 2015, or "2015/16" */
                    financialYear: number | string;
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
                    "application/json": components["schemas"]["WhatIfComparison"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addAllianceMember: {
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
                "application/json": {
                    /** @description 'YYYY-MM-DD'; today if left out */
                    joinedOn?: string;
                    organisationId: string;
                    version: number;
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
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeAllianceMember: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
                organisationId: string;
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
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAllianceNumbers: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllianceNumbers"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeAllianceStatus: {
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
                "application/json": {
                    reason?: string;
                    /** @enum {string} */
                    status: "proposed" | "active" | "ending" | "ended";
                    version: number;
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
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                before?: number;
                entityType?: "user" | "organisation" | "alliance" | "business_area" | "board" | "meeting";
                from?: string;
                limit?: number;
                text?: string;
                to?: string;
            };
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
                        events: components["schemas"]["AuditEvent"][];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRecordAuditEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
                entityType: string;
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
                        events: components["schemas"]["AuditEvent"][];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditChainHead: {
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
                    "application/json": components["schemas"]["AuditChainHead"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: {
                /** @description A head recorded earlier (`SEQ:HASH`): the check also fails if that event is gone, has another hash, or the trail ends before it */
                expectHead?: string;
            };
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
                    "application/json": components["schemas"]["AuditChainCheck"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBusinessArea: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessArea"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateBusinessArea: {
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
                "application/json": {
                    description?: string | null;
                    exclusionReason?: string | null;
                    /** @enum {string} */
                    functionGroup: "support" | "operational";
                    hostOrganisationId?: string | null;
                    inScope: boolean;
                    leadName?: string | null;
                    name: string;
                    seniorResponsibleOfficer?: string | null;
                    version: number;
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
                    "application/json": components["schemas"]["BusinessArea"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordSoleDecision: {
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
                "application/json": {
                    /** @default false */
                    asDelegate?: boolean;
                    decidedBy: string;
                    decidedOn: string;
                    /** @enum {string} */
                    decision: "approved" | "refused";
                    delegateRole?: string | null;
                    /** @enum {string} */
                    gate: "strategic_outline_case" | "executive_decision";
                    note?: string | null;
                    /** @enum {string} */
                    office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                    organisationId: string;
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
                    "application/json": components["schemas"]["SoleDecision"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceBaselines: {
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
                "application/json": {
                    baselines: {
                        budgetPence: number;
                        officers: string | number;
                        organisationId: string;
                        staff: string | number;
                    }[];
                    version: number;
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
                    "application/json": components["schemas"]["BusinessArea"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBusinessCase: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessAreaId: string;
                        completed: number;
                        sections: components["schemas"]["BusinessCaseSection"][];
                        total: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBusinessCaseSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                section: string;
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
                    "application/json": components["schemas"]["BusinessCaseSection"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveBusinessCaseSection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                section: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    owner?: string | null;
                    /** @enum {string} */
                    status: "not_started" | "in_progress" | "completed";
                    /** @description The version you read: 0 for a section nobody has written yet */
                    version: number;
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
                    "application/json": components["schemas"]["BusinessCaseSection"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordConfidence: {
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
                "application/json": {
                    /** @description 'YYYY-MM-DD' */
                    assessedOn: string;
                    commentary: string;
                    /** @enum {string} */
                    confidence: "green" | "amber_green" | "amber" | "amber_red" | "red";
                    version: number;
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
                    "application/json": components["schemas"]["BusinessArea"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordBoardDecision: {
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
                "application/json": {
                    conditions?: {
                        description: string;
                        dueOn: string;
                        owner: string;
                    }[];
                    meetingId: string;
                    /** @enum {string} */
                    outcome: "approved" | "approved_with_conditions" | "deferred" | "returned" | "rejected";
                    reasons?: string | null;
                    /** @description The version of the business area you read; a stale one is refused with 409 */
                    version: number;
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
                        area: components["schemas"]["BusinessAreaStage"];
                        decisionId: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCaseDocuments: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessAreaId: string;
                        documents: components["schemas"]["CaseDocument"][];
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBusinessAreaFinance: {
        parameters: {
            query?: {
                /** @description The year: the year it starts, 2015, or "2015/16" */
                year?: number | string;
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["SavingsModel"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordRealisedSaving: {
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
                "application/json": {
                    /** @description The amount saved, in whole pence: 123456 is £1,234.56 */
                    amountPence: number;
                    cashable: boolean;
                    evidence: string;
                    /** @description The financial year: the year it starts, 2015, or "2015/16" */
                    financialYear: number | string;
                    owner: string;
                    /** @description The date recorded, 'YYYY-MM-DD' */
                    recordedOn: string;
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
                        amountPence: number;
                        areaName?: string;
                        businessAreaId: string;
                        cashable: boolean;
                        evidence: string;
                        /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                        financialYear: number;
                        id: string;
                        owner: string;
                        recordedOn: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSavingForecast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year: the year it starts, 2015, or "2015/16" */
                financialYear: number | string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The forecast saving, in whole pence: 123456 is £1,234.56 */
                    amountPence: number;
                    note?: string | null;
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
                        amountPence: number;
                        businessAreaId: string;
                        /** @description The financial year, as the year it starts: 2015 is 2015/16 */
                        financialYear: number;
                        note: string | null;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setFinanceYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year: the year it starts, 2015, or "2015/16" */
                financialYear: number | string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baselines: {
                        /** @description The baseline, in whole pence: 123456 is £1,234.56 */
                        baselinePence: number;
                        organisationId: string;
                    }[];
                    /** @description The implementation cost, in whole pence: 123456 is £1,234.56 */
                    implementationCostPence: number;
                    /** @description The combined team’s cost in pence; null or left out while not yet combined */
                    targetCostPence?: number | null;
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
                    "application/json": components["schemas"]["FinanceAreaYear"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moveBusinessCase: {
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
                "application/json": {
                    reason?: string | null;
                    /** @enum {string} */
                    to: "scoping" | "strategic_outline_case" | "in_development" | "programme_team_review" | "programme_board_review" | "executive_board_decision" | "formal_consultation" | "implementation" | "live" | "rejected" | "withdrawn";
                    version: number;
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
                    "application/json": components["schemas"]["BusinessAreaStage"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBusinessCasePipeline: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessCasePipeline"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeCondition: {
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
                "application/json": {
                    closedOn: string;
                    closureNote: string;
                    version: number;
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
                        businessAreaId: string;
                        closedOn: string | null;
                        closureNote: string | null;
                        decisionId: string;
                        description: string;
                        dueOn: string;
                        id: string;
                        owner: string;
                        /** @description The day of the meeting whose decision set the condition */
                        raisedOn: string;
                        version: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    apportionAmount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                basisId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The amount, in whole pence: 123456 is £1,234.56 */
                    amountPence: number;
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
                        amountPence: number;
                        /** @description The cost-sharing basis version that produced the figure */
                        basis: {
                            id: string;
                            label: string;
                            versionNumber: number;
                        };
                        /** @description One per force; they add up to amountPence exactly */
                        portions: {
                            amountPence: number;
                            name: string;
                            organisationId: string;
                            /** @description For display, to 4 decimal places; money is split exactly */
                            sharePercent: number;
                        }[];
                        tieRule: string;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentUser: {
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
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeeting: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMeeting: {
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
                "application/json": {
                    /** @description Business area ids of the alliance, in agenda order */
                    agenda?: string[];
                    /** @description 'YYYY-MM-DD' */
                    heldOn: string;
                    location?: string | null;
                    minutes?: string | null;
                    papers?: string | null;
                    version: number;
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
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page; leave out for the first page */
                cursor?: string;
                kind?: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
                /** @description Items per page: 50 unless given, at most 200 */
                limit?: number;
            };
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
                        /** @description In name order (ignoring case), then by id */
                        items: components["schemas"]["Organisation"][];
                        /** @description Organisations of the kind asked for, on every page */
                        matching: number;
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        next: string | null;
                        /** @description Organisations of every kind */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
                    name: string;
                    notes?: string | null;
                    population?: string | number | null;
                    populationYear?: string | number | null;
                    region?: string | null;
                    shortName: string;
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
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisation: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganisation: {
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
                "application/json": {
                    /** @enum {string} */
                    kind: "police_force" | "policing_body" | "fire_and_rescue_authority" | "other";
                    name: string;
                    notes?: string | null;
                    population?: string | number | null;
                    populationYear?: string | number | null;
                    region?: string | null;
                    shortName: string;
                    version: string | number;
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
                    "application/json": components["schemas"]["OrganisationDetail"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setOrganisationBudget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Like 2015-16 */
                financialYear: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The same amount as money, like "£286,000,000" (give this or netRevenueBudgetPence) */
                    netRevenueBudget?: string | number;
                    /** @description Whole pence: 28600000000 is £286,000,000 */
                    netRevenueBudgetPence?: number;
                    source?: string | null;
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
                    "application/json": components["schemas"]["OrganisationBudget"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOfficeHolder: {
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
                "application/json": {
                    endDate?: string | null;
                    holderName: string;
                    /** @enum {string} */
                    office: "chief_constable" | "police_and_crime_commissioner" | "police_fire_and_crime_commissioner" | "deputy_chief_constable" | "chief_executive" | "chief_finance_officer" | "other";
                    startDate: string;
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
                    "application/json": components["schemas"]["OfficeHolder"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The `next` of the previous page; leave out for the first page */
                cursor?: string;
                /** @description Items per page: 50 unless given, at most 200 */
                limit?: number;
            };
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
                        /** @description In name order (ignoring case), then by id */
                        items: components["schemas"]["User"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        next: string | null;
                        /** @description Every user, on every page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    name: string;
                    /** @description At least 12 characters. Without one the user cannot sign in. */
                    password?: string;
                    roles: components["schemas"]["RoleGrantInput"][];
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
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
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
                "application/json": {
                    active: boolean;
                    name: string;
                    roles: components["schemas"]["RoleGrantInput"][];
                    /** @description The version you read: a stale one is refused (409). */
                    version: number;
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
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `details` names each field and what is wrong with it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid API token was sent */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token's user may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record, or nothing at this address for this method */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another change came first (the version sent is not the latest), or the change conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A part of the address is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not of a type the operation takes (JSON unless it says otherwise) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something went wrong in the service; nothing was changed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
