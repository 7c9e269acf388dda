import type { Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** An alliance's boards at /alliances/:id/boards: members and meetings of each. */
export interface BoardsPage {
  text(): Promise<string>;
  /** The text of one board's section: its members and its meetings. */
  boardText(boardName: string): Promise<string>;
  addMeeting(boardName: string): Promise<number>;
  openMeeting(boardName: string, heldOn: string): Promise<number>;
  openPipeline(): Promise<number>;
  openConditions(): Promise<number>;
}

export async function onBoardsPage(page: Page): Promise<BoardsPage> {
  await verifyOnPage(page, 'Boards');
  const main = page.locator('main');
  const section = (boardName: string) => main.getByRole('region', { name: boardName, exact: true });
  return {
    text: () => mainText(page),
    boardText: async (boardName) => (await section(boardName).innerText()).replace(/\s+/g, ' '),
    // GOV.UK buttons that are links: their role is "button".
    addMeeting: (boardName) =>
      follow(page, main.getByRole('button', { name: `Add a meeting of the ${boardName}`, exact: true })),
    openMeeting: (boardName, heldOn) =>
      follow(
        page,
        section(boardName).getByRole('link', { name: `${heldOn} ${boardName} meeting`, exact: true }),
      ),
    openPipeline: () => follow(page, main.getByRole('link', { name: 'Business areas by stage' })),
    openConditions: () => follow(page, main.getByRole('link', { name: 'Conditions set by the boards' })),
  };
}

export async function openBoardsPage(page: Page, allianceId: string): Promise<BoardsPage> {
  await visit(page, `/alliances/${allianceId}/boards`);
  return onBoardsPage(page);
}
