import type { Locator, Page } from 'playwright-core';
import { follow, mainText, verifyOnPage, visit } from './page.ts';

/** What a person types into the organisation form; a field left out is left as it is. */
export interface OrganisationDetails {
  readonly name?: string;
  readonly shortName?: string;
  /** The visible label of the kind: "Police force", "Fire and rescue authority", ... */
  readonly kind?: string;
  readonly region?: string;
  readonly population?: string;
  readonly populationYear?: string;
  readonly notes?: string;
}

type TextField = Exclude<keyof OrganisationDetails, 'kind'>;

/** The add form (/organisations/new) and the edit form (/organisations/:id/edit) share fields. */
export interface OrganisationFormPage {
  field(name: TextField): Locator;
  fill(details: OrganisationDetails): Promise<void>;
  /** Presses the form's button ("Add organisation" or "Save changes"): answers the status of the page that comes back. */
  save(): Promise<number>;
  text(): Promise<string>;
}

const LABELS: Record<TextField, string> = {
  name: 'Name',
  shortName: 'Short name',
  region: 'Region (optional)',
  population: 'Population served (optional)',
  populationYear: 'Year of the population figure (optional)',
  notes: 'Notes (optional)',
};

export const ADD_HEADING = 'Add an organisation';
export const CHANGE_HEADING = 'Change the details';

export async function onOrganisationFormPage(
  page: Page,
  heading: typeof ADD_HEADING | typeof CHANGE_HEADING,
): Promise<OrganisationFormPage> {
  await verifyOnPage(page, heading);
  const form = page.locator('main form');
  const field = (name: TextField) => form.getByLabel(LABELS[name], { exact: true });
  return {
    field,
    async fill(details) {
      for (const name of Object.keys(LABELS) as TextField[]) {
        const value = details[name];
        if (value !== undefined) await field(name).fill(value);
      }
      if (details.kind) await form.getByRole('radio', { name: details.kind, exact: true }).check();
    },
    save: () => follow(page, form.getByRole('button', { name: /^(Add organisation|Save changes)$/ })),
    text: () => mainText(page),
  };
}

export async function openNewOrganisationPage(page: Page): Promise<OrganisationFormPage> {
  await visit(page, '/organisations/new');
  return onOrganisationFormPage(page, ADD_HEADING);
}

export async function openEditOrganisationPage(page: Page, id: string): Promise<OrganisationFormPage> {
  await visit(page, `/organisations/${id}/edit`);
  return onOrganisationFormPage(page, CHANGE_HEADING);
}
