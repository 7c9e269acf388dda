import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/server.ts';
import { launchBrowser, type TestBrowser } from './support/browser.ts';
import { signedInPage } from './support/session.ts';
import { londonDay } from './support/dates.ts';
import { minimalPdf } from './support/pdf.ts';
import { errorSummary } from './pages/page.ts';
import { onDashboardPage, openDashboardPage } from './pages/dashboard.page.ts';
import { onPortfolioPage, openPortfolioPage } from './pages/portfolio.page.ts';
import { onBusinessAreaFormPage } from './pages/business-area-form.page.ts';
import { onBusinessAreaPage, openBusinessAreaPage } from './pages/business-area.page.ts';
import { onBaselinesPage } from './pages/baselines.page.ts';
import { onBusinessCasePage } from './pages/business-case.page.ts';
import { onCaseSectionPage } from './pages/case-section.page.ts';
import { onDocumentsPage } from './pages/documents.page.ts';
import { onStagePage, openStagePage } from './pages/stage.page.ts';
import { onApprovalsPage } from './pages/approvals.page.ts';
import { openBoardsPage } from './pages/boards.page.ts';
import { onMeetingFormPage } from './pages/meeting-form.page.ts';
import { onMeetingPage, openMeetingPage } from './pages/meeting.page.ts';
import { onBoardDecisionPage } from './pages/board-decision.page.ts';
import { onCloseConditionPage } from './pages/close-condition.page.ts';
import { onTimelinePage } from './pages/timeline.page.ts';
import { openPipelinePage } from './pages/pipeline.page.ts';
import { onConditionsPage } from './pages/conditions.page.ts';

const ALLIANCE = 'Devon & Cornwall and Dorset strategic alliance';
const AREA = 'Force vetting';
const CONDITION = 'Agree one vetting policy for both forces before the teams combine';
const PROGRAMME_BOARD = 'Programme board';
const EXECUTIVE_BOARD = 'Alliance executive board';

/** The corporation soles of the demo alliance, as their cards on the approvals pages name them. */
const SOLES = {
  devonChief: { title: 'Chief Constable of Devon & Cornwall Police', holder: 'Shaun Sawyer' },
  dorsetChief: { title: 'Chief Constable of Dorset Police', holder: 'Debbie Simpson' },
  devonPcc: {
    title: 'Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
    holder: 'Tony Hogg',
  },
  dorsetPcc: { title: 'Police and Crime Commissioner for Dorset', holder: 'Martyn Underhill' },
};

const today = londonDay();
const conditionDue = londonDay(60);

let server: RunningApp;
let browser: TestBrowser;

/**
 * One administrator's session walks one case through the whole pipeline: each step below starts
 * where the one before left the case, so they run in order and share what they made.
 */
let page: Page;
const made = { allianceId: '', areaId: '', executiveMeetingId: '' };

beforeAll(async () => {
  server = await startApp();
  browser = await launchBrowser(server.baseUrl);
  page = await signedInPage(browser, server.admin);
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

function path(): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

describe('taking one business case from scoping to implementation', () => {
  it('shows the demo pipeline on the dashboard', async () => {
    const text = await (await onDashboardPage(page)).text();
    expect(text).toContain('22 business areas approved, 10 in development, consultation complete on 7.');
    expect(text).toContain('£145 million');
    expect(text).toContain("combined budget of the business areas in the alliance's remit");
  });

  it('pages and sorts the portfolio without JavaScript, and the paged page passes the checkers', async () => {
    const noScript = await signedInPage(browser, server.admin, { javaScriptEnabled: false });
    try {
      expect(await (await onDashboardPage(noScript)).goTo('Business areas')).toBe(200);
      expect(await (await onPortfolioPage(noScript)).choosePageSize(25)).toBe(200);
      const first = await onPortfolioPage(noScript);
      expect(await first.count()).toBe('Showing 1 to 25 of 35 business areas');
      expect(await first.areaNames()).toHaveLength(25);
      expect(await first.goToPage('Next')).toBe(200);
      const second = await onPortfolioPage(noScript);
      expect(await second.count()).toBe('Showing 26 to 35 of 35 business areas');
      expect(await second.sortBy('Baseline budget')).toBe(200);
      expect(await second.sortBy('Baseline budget')).toBe(200);
      const sorted = await onPortfolioPage(noScript);
      expect(await sorted.sortOf('Baseline budget')).toBe('descending');
      expect(new URL(noScript.url()).search).toBe('?sort=budget&pageSize=25&order=descending');
      expect(await sorted.count()).toBe('Showing 1 to 25 of 35 business areas');
      const paged = await openPortfolioPage(
        page,
        sorted.allianceId,
        '?sort=budget&order=descending&pageSize=25&page=2',
      );
      expect(await paged.areaNames()).toHaveLength(10);
    } finally {
      await noScript.context().close();
    }
  });

  it('filters the portfolio by stage without JavaScript', async () => {
    const noScript = await signedInPage(browser, server.admin, { javaScriptEnabled: false });
    try {
      expect(await (await onDashboardPage(noScript)).goTo('Business areas')).toBe(200);
      const portfolio = await onPortfolioPage(noScript);
      expect(await portfolio.text()).toContain(ALLIANCE);
      expect(await portfolio.count()).toBe('35 business areas');

      expect(await portfolio.filterByStage('Implementation')).toBe(200);
      const filtered = await onPortfolioPage(noScript);
      expect(new URL(noScript.url()).search).toBe('?stage=implementation');
      expect(await filtered.count()).toBe('Showing 7 of 35 business areas');
      expect(await filtered.areaNames()).toEqual([
        'Corporate communications',
        'Dogs',
        'Firearms licensing',
        'Fleet services',
        'Information management',
        'Legal services',
        'Professional standards',
      ]);
    } finally {
      await noScript.context().close();
    }
  });

  it('adds a business area: a bad form is refused with its errors and nothing saved, then a good one is saved', async () => {
    expect(await (await openDashboardPage(page)).goTo('Business areas')).toBe(200);
    const portfolio = await onPortfolioPage(page);
    made.allianceId = portfolio.allianceId;
    expect(await portfolio.addBusinessArea()).toBe(200);

    const form = await onBusinessAreaFormPage(page);
    await form.fill({ scope: 'Excluded', seniorResponsibleOfficer: 'Deputy Chief Constable James Vaughan' });
    expect(await form.save()).toBe(400);
    const refused = await onBusinessAreaFormPage(page);
    expect(await errorSummary(page)).toEqual([
      'Enter the name of the business area',
      'Select whether it is a support or an operational function',
      'Enter why the business area is excluded',
    ]);
    expect(await refused.field('seniorResponsibleOfficer').inputValue()).toBe(
      'Deputy Chief Constable James Vaughan',
    );
    expect(await page.title()).toMatch(/^Error: /);

    await refused.fill({
      name: AREA,
      functionGroup: 'Support',
      scope: 'In scope',
      host: 'Dorset Police',
      leadName: 'Head of vetting',
      description: 'Vetting of officers, staff, volunteers and contractors for both forces.',
    });
    expect(await refused.save()).toBe(200);
    const area = await onBusinessAreaPage(page, AREA);
    made.areaId = area.id;
    expect(await area.banner()).toContain('Business area added');
    const text = await area.text();
    expect(text).toContain('Scoping and feasibility');
    expect(text).toContain('Deputy Chief Constable James Vaughan');
  });

  it('sets the baselines, completes the strategic case and uploads a PDF', async () => {
    const area = await openBusinessAreaPage(page, made.areaId, AREA);
    expect(await area.changeBaselines()).toBe(200);
    const baselines = await onBaselinesPage(page);
    await baselines.fill('Devon & Cornwall Police', { budget: '600,000', officers: '2', staff: '11' });
    await baselines.fill('Dorset Police', { budget: '400,000', officers: '1', staff: '6' });
    expect(await baselines.save()).toBe(200);
    const saved = await onBusinessAreaPage(page, AREA);
    expect(await saved.banner()).toContain('Baselines saved');
    expect(await saved.text()).toContain('£1,000,000.00');

    expect(await saved.openBusinessCase()).toBe(200);
    const businessCase = await onBusinessCasePage(page);
    expect(await businessCase.status('Strategic case')).toBe('Not started');
    expect(await businessCase.openSection('Strategic case')).toBe(200);
    const section = await onCaseSectionPage(page, 'Strategic case');
    await section.fill({
      text: 'Two vetting units apply one national standard twice. One unit would clear the backlog.',
      owner: 'Head of vetting',
      status: 'Completed',
    });
    expect(await section.save()).toBe(200);
    const updated = await onBusinessCasePage(page);
    expect(await updated.status('Strategic case')).toBe('Completed');
    expect(await updated.text()).toContain('1 of 5 sections completed');

    const pdf = minimalPdf('Force vetting: strategic outline case');
    await (await openBusinessAreaPage(page, made.areaId, AREA)).openDocuments();
    const documents = await onDocumentsPage(page);
    const status = await documents.upload('Strategic outline case', {
      name: 'force-vetting-soc.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    expect(status).toBe(200);
    const uploaded = await onDocumentsPage(page);
    expect(await uploaded.banner()).toContain('Uploaded “Strategic outline case”');
    expect(await uploaded.text()).toContain('force-vetting-soc.pdf');
    const download = await page.request.get(await uploaded.downloadHref('force-vetting-soc.pdf'));
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await download.body(), pdf)).toBe(0);
  });

  it('moves the case to the strategic outline case, which all four soles sign off, one by a delegate', async () => {
    await (await openBusinessAreaPage(page, made.areaId, AREA)).openStage();
    const scoping = await onStagePage(page);
    expect(await scoping.moveTo('Strategic outline case')).toBe(200);
    const outline = await onStagePage(page);
    expect(await outline.banner()).toContain('The business case has moved');
    expect(await outline.stage()).toBe('Strategic outline case');
    expect(await outline.moveHint('Detailed business case in development')).toBe(
      'The case cannot leave "Strategic outline case": Chief Constable of Devon & Cornwall Police, ' +
        'Chief Constable of Dorset Police, Devon and Cornwall PCC and Dorset PCC have not approved',
    );

    expect(await outline.openApprovals('strategic outline case sign-off')).toBe(200);
    let approvals = await onApprovalsPage(page, 'Strategic outline case sign-off');
    for (const sole of [SOLES.devonChief, SOLES.dorsetChief, SOLES.devonPcc]) {
      expect(await approvals.record(sole.title, { decision: 'Approve', decidedOn: today.parts })).toBe(200);
      approvals = await onApprovalsPage(page, 'Strategic outline case sign-off');
    }
    expect(await approvals.gateSummary()).toBe(`Waiting Waiting for: ${SOLES.dorsetPcc.title}`);
    const delegated = await approvals.record(SOLES.dorsetPcc.title, {
      decision: 'Approve',
      decidedBy: 'Simon Bullock',
      delegateRole: 'Chief Executive',
      decidedOn: today.parts,
      note: 'Signed off under the scheme of delegation.',
    });
    expect(delegated).toBe(200);
    approvals = await onApprovalsPage(page, 'Strategic outline case sign-off');
    expect(await approvals.gateSummary()).toBe('Approved Approved by all corporation soles');
    const signedOff = await approvals.text();
    expect(signedOff).toContain('Simon Bullock (Chief Executive, as delegate)');
    for (const sole of [SOLES.devonChief, SOLES.dorsetChief, SOLES.devonPcc])
      expect(signedOff).toContain(`Latest decision: approved on ${today.long} by ${sole.holder}.`);

    expect(await approvals.backToStage()).toBe(200);
    for (const next of [
      'Detailed business case in development',
      'Programme team review',
      'Programme board review',
    ]) {
      expect(await (await onStagePage(page)).moveTo(next)).toBe(200);
      expect(await (await onStagePage(page)).stage()).toBe(next);
    }
  });

  it('the programme board approves the case at a meeting with the case on its agenda', async () => {
    expect(await (await openBoardsPage(page, made.allianceId)).addMeeting(PROGRAMME_BOARD)).toBe(200);
    const form = await onMeetingFormPage(page, PROGRAMME_BOARD);
    await form.fill({
      heldOn: today.parts,
      location: 'Middlemoor, Exeter',
      agenda: [AREA],
      papers: 'Detailed business case for force vetting, version 1.',
    });
    expect(await form.save()).toBe(200);
    const meeting = await onMeetingPage(page, PROGRAMME_BOARD, today.long);
    expect(await meeting.agendaRow(AREA)).toContain('Programme board review');

    expect(await meeting.recordDecisionOn(AREA)).toBe(200);
    const decision = await onBoardDecisionPage(page);
    expect(await decision.meetingChosen(today.long)).toBe(true);
    await decision.fill({ outcome: 'Approved', reasons: 'Recommended to the alliance executive board.' });
    expect(await decision.save()).toBe(200);
    const stage = await onStagePage(page);
    expect(await stage.banner()).toContain('Decision recorded');
    expect(await stage.stage()).toBe('Executive board decision');
  });

  it('the executive board cannot approve until every sole has, then approves with a condition', async () => {
    expect(await (await openBoardsPage(page, made.allianceId)).addMeeting(EXECUTIVE_BOARD)).toBe(200);
    const form = await onMeetingFormPage(page, EXECUTIVE_BOARD);
    await form.fill({ heldOn: today.parts, location: 'Winfrith, Dorset', agenda: [AREA] });
    expect(await form.save()).toBe(200);
    const meeting = await onMeetingPage(page, EXECUTIVE_BOARD, today.long);
    made.executiveMeetingId = meeting.id;

    await (await openStagePage(page, made.areaId)).openApprovals('executive decision');
    let approvals = await onApprovalsPage(page, 'Executive decision');
    for (const sole of [SOLES.devonChief, SOLES.dorsetChief, SOLES.devonPcc]) {
      expect(await approvals.record(sole.title, { decision: 'Approve', decidedOn: today.parts })).toBe(200);
      approvals = await onApprovalsPage(page, 'Executive decision');
    }

    await (await openMeetingPage(page, meeting.id, EXECUTIVE_BOARD, today.long)).recordDecisionOn(AREA);
    const early = await onBoardDecisionPage(page);
    await early.fill({ outcome: 'Approved' });
    expect(await early.save()).toBe(400);
    await onBoardDecisionPage(page);
    expect(await errorSummary(page)).toEqual([
      'The case cannot leave "Executive board decision": Dorset PCC has not approved',
    ]);
    expect(await (await openStagePage(page, made.areaId)).stage()).toBe('Executive board decision');

    await (await onStagePage(page)).openApprovals('executive decision');
    approvals = await onApprovalsPage(page, 'Executive decision');
    expect(
      await approvals.record(SOLES.dorsetPcc.title, { decision: 'Approve', decidedOn: today.parts }),
    ).toBe(200);
    approvals = await onApprovalsPage(page, 'Executive decision');
    expect(await approvals.gateSummary()).toBe('Approved Approved by all corporation soles');

    await (await openMeetingPage(page, meeting.id, EXECUTIVE_BOARD, today.long)).recordDecisionOn(AREA);
    const decision = await onBoardDecisionPage(page);
    await decision.fill({
      outcome: 'Approved with conditions',
      reasons: 'Approved for formal consultation.',
      conditions: [{ description: CONDITION, owner: 'Head of vetting', dueOn: conditionDue.parts }],
    });
    expect(await decision.save()).toBe(200);
    const stage = await onStagePage(page);
    expect(await stage.stage()).toBe('Formal consultation');
    expect(await stage.text()).toContain(CONDITION);
  });

  it('closes the condition and moves the case to implementation, the consultation gate only waiting', async () => {
    const stage = await onStagePage(page);
    expect(await stage.closeCondition(CONDITION)).toBe(200);
    const close = await onCloseConditionPage(page);
    expect(await close.text()).toContain(CONDITION);
    expect(await close.close(today.parts, 'Both chief constables signed the joint vetting policy.')).toBe(
      200,
    );

    const closed = await onStagePage(page);
    expect(await closed.banner()).toContain('Condition closed');
    expect(await closed.text()).toContain('There are no open conditions.');
    const waiting = 'Waiting for consultation to close (consultations are not recorded yet)';
    expect(await closed.moveHint('Implementation')).toBe(waiting);
    expect(await closed.moveTo('Implementation')).toBe(200);
    expect(await (await onStagePage(page)).stage()).toBe('Implementation');
  });

  it("shows the case's timeline, the pipeline, the conditions, the boards, the meeting and the dashboard", async () => {
    await (await openBusinessAreaPage(page, made.areaId, AREA)).openTimeline();
    const timeline = await onTimelinePage(page, AREA);
    const entries = await timeline.entries();
    expect(entries[0]).toBe(`Moved ${AREA} from "Formal consultation" to "Implementation"`);
    expect(entries.at(-1)).toBe(`Added business area ${AREA} to ${ALLIANCE}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        `Set the baselines of ${AREA}: £1,000,000.00, 3 officers and 17 staff`,
        `Saved the strategic case of ${AREA} (completed)`,
        `Uploaded “Strategic outline case” version 1 (force-vetting-soc.pdf) to ${AREA}`,
        `Police and Crime Commissioner for Dorset approved the strategic outline case sign-off of ${AREA} (by Simon Bullock, Chief Executive, as delegate)`,
        `Programme board decision on ${AREA} at its meeting of ${today.long}: Approved; moved to "Executive board decision"`,
        ...Object.values(SOLES).map((sole) => `${sole.title} approved the executive decision of ${AREA}`),
        `Alliance executive board decision on ${AREA} at its meeting of ${today.long}: Approved with conditions; moved to "Formal consultation"`,
        `Closed the condition "${CONDITION}" on ${AREA}: Both chief constables signed the joint vetting policy.`,
      ]),
    );

    const pipeline = await openPipelinePage(page, made.allianceId);
    expect(await pipeline.headline()).toBe(
      '23 business areas approved, 10 in development, consultation complete on 8.',
    );
    expect(await pipeline.countAt('Implementation')).toBe(8);
    expect(await pipeline.openStage('Implementation')).toBe(200);
    const implementing = await onPortfolioPage(page);
    expect(path()).toBe(`/alliances/${made.allianceId}/business-areas?stage=implementation`);
    // One more area than the demo's 35: the refused form saved nothing.
    expect(await implementing.count()).toBe('Showing 8 of 36 business areas');
    expect(await implementing.areaNames()).toContain(AREA);

    expect(await (await openBoardsPage(page, made.allianceId)).openConditions()).toBe(200);
    const conditions = await onConditionsPage(page);
    const row = await conditions.row(CONDITION);
    expect(row).toContain(AREA);
    expect(row).toContain('Closed');

    const boards = await openBoardsPage(page, made.allianceId);
    expect(await boards.boardText(EXECUTIVE_BOARD)).toContain(today.long);
    expect(await boards.openMeeting(EXECUTIVE_BOARD, today.long)).toBe(200);
    const meeting = await onMeetingPage(page, EXECUTIVE_BOARD, today.long);
    expect(meeting.id).toBe(made.executiveMeetingId);
    const agenda = await meeting.agendaRow(AREA);
    expect(agenda).toContain('Implementation');
    expect(agenda).toContain('Approved with conditions');

    const dashboard = await (await openDashboardPage(page)).text();
    expect(dashboard).toContain('23 business areas approved, 10 in development, consultation complete on 8.');
    expect(dashboard).toContain('£146 million');
  });
});
