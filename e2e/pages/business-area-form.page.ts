import type { Locator, Page } from 'playwright-core';
import { follow, mainText, verifyOnPage } from './page.ts';

/** What a person enters on the business area form; a field left out is left as it is. */
export interface BusinessAreaDetails {
  readonly name?: string;
  /** "Support" or "Operational". */
  readonly functionGroup?: string;
  /** "In scope" or "Excluded". */
  readonly scope?: string;
  readonly exclusionReason?: string;
  /** A member force's name, or "Not decided yet". */
  readonly host?: string;
  readonly seniorResponsibleOfficer?: string;
  readonly leadName?: string;
  readonly description?: string;
}

type TextField = 'name' | 'exclusionReason' | 'seniorResponsibleOfficer' | 'leadName' | 'description';
type ChoiceField = 'functionGroup' | 'scope' | 'host';

const LABELS: Record<TextField, string> = {
  name: 'Name',
  exclusionReason: 'Why it is excluded (if it is)',
  seniorResponsibleOfficer: 'Senior responsible officer (optional)',
  leadName: 'Business area lead (optional)',
  description: 'Description (optional)',
};

const LEGENDS: Record<ChoiceField, string> = {
  functionGroup: 'Function',
  scope: "Is it in the alliance's scope?",
  host: 'Host force',
};

/** The add form (/alliances/:id/business-areas/new) and the change form (/business-areas/:id/edit). */
export interface BusinessAreaFormPage {
  field(name: TextField): Locator;
  fill(details: BusinessAreaDetails): Promise<void>;
  /** "Add business area" or "Save changes": answers the status of the page that comes back. */
  save(): Promise<number>;
  text(): Promise<string>;
}

export const ADD_AREA_HEADING = 'Add a business area';

export async function onBusinessAreaFormPage(
  page: Page,
  heading: string = ADD_AREA_HEADING,
): Promise<BusinessAreaFormPage> {
  await verifyOnPage(page, heading);
  const form = page.locator('main form');
  const field = (name: TextField) => form.getByLabel(LABELS[name], { exact: true });
  const choose = (name: ChoiceField, label: string) =>
    form
      .getByRole('group', { name: LEGENDS[name], exact: true })
      .getByRole('radio', { name: label, exact: true })
      .check();
  return {
    field,
    async fill(details) {
      for (const name of Object.keys(LABELS) as TextField[]) {
        const value = details[name];
        if (value !== undefined) await field(name).fill(value);
      }
      for (const name of Object.keys(LEGENDS) as ChoiceField[]) {
        const value = details[name];
        if (value !== undefined) await choose(name, value);
      }
    },
    save: () => follow(page, form.getByRole('button', { name: /^(Add business area|Save changes)$/ })),
    text: () => mainText(page),
  };
}
