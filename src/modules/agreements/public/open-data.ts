import { csvText, guardFormula } from '../../../platform/csv.ts';
import type { PublishedAgreement } from './publication.ts';

/** One column of the open data: its name, title and meaning, written once for CSV, JSON and metadata. */
interface Column {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly datatype: 'string' | 'date' | 'integer' | 'boolean';
  readonly value: (agreement: PublishedAgreement) => string;
}

const detail =
  <K extends keyof NonNullable<PublishedAgreement['details']>>(
    key: K,
    show: (value: NonNullable<PublishedAgreement['details']>[K]) => string,
  ) =>
  (agreement: PublishedAgreement) =>
    agreement.details ? show(agreement.details[key]) : '';
const list = (values: readonly string[]) => values.join('; ');
const optional = (value: string | null) => value ?? '';

export const COLUMNS: readonly Column[] = [
  {
    name: 'id',
    title: 'Identifier',
    description: "The agreement's identifier in this register",
    datatype: 'string',
    value: (a) => a.id,
  },
  {
    name: 'kind',
    title: 'Kind',
    description: 'Overarching alliance agreement, Section 22A collaboration agreement, or other',
    datatype: 'string',
    value: (a) => a.kind,
  },
  {
    name: 'title',
    title: 'Title',
    description: 'The title of the agreement',
    datatype: 'string',
    value: (a) => a.title,
  },
  {
    name: 'objective',
    title: 'Objective',
    description: 'What the agreement is for',
    datatype: 'string',
    value: (a) => a.objective,
  },
  {
    name: 'commencement',
    title: 'Commencement',
    description: 'The day the agreement commenced',
    datatype: 'date',
    value: (a) => a.commencement,
  },
  {
    name: 'operationally_sensitive',
    title: 'Operationally sensitive',
    description: 'true: published by title and objective only, the other columns are empty',
    datatype: 'boolean',
    value: (a) => String(a.operationallySensitive),
  },
  {
    name: 'version',
    title: 'Version',
    description: '1 as made; each variation adds one',
    datatype: 'integer',
    value: detail('versionNumber', String),
  },
  {
    name: 'version_in_effect_from',
    title: 'Version in effect from',
    description: 'The day the current version took effect',
    datatype: 'date',
    value: detail('versionInEffectFrom', String),
  },
  {
    name: 'review_date',
    title: 'Review date',
    description: 'When the parties review the agreement',
    datatype: 'date',
    value: detail('reviewDate', optional),
  },
  {
    name: 'functions',
    title: 'Functions',
    description: 'The functions the agreement covers',
    datatype: 'string',
    value: detail('functions', String),
  },
  {
    name: 'business_areas',
    title: 'Business areas',
    description: 'The alliance business areas covered, separated by semicolons',
    datatype: 'string',
    value: detail('businessAreas', list),
  },
  {
    name: 'parties',
    title: 'Parties',
    description: 'The corporation soles party to it, as office and organisation, separated by semicolons',
    datatype: 'string',
    value: detail('parties', list),
  },
  {
    name: 'host_force',
    title: 'Host force',
    description: 'The force that hosts the collaboration',
    datatype: 'string',
    value: detail('hostForce', optional),
  },
  {
    name: 'direction_and_control',
    title: 'Direction and control',
    description:
      'The force whose chief officer directs and controls the officers (Police Act 1996, section 88)',
    datatype: 'string',
    value: detail('directionAndControl', optional),
  },
  {
    name: 'notice_months',
    title: 'Notice (months)',
    description: 'The notice a party gives to leave',
    datatype: 'integer',
    value: detail('noticeMonths', String),
  },
  {
    name: 'exit_contribution_months',
    title: 'Exit contribution (months)',
    description: 'How long a party that leaves alone keeps contributing to the running costs',
    datatype: 'integer',
    value: detail('exitContributionMonths', String),
  },
  {
    name: 'insurance_and_liabilities',
    title: 'Insurance and liabilities',
    description: 'How insurance and liabilities are shared',
    datatype: 'string',
    value: detail('insuranceAndLiabilities', String),
  },
  {
    name: 'dispute_resolution',
    title: 'Dispute resolution',
    description: 'How disputes between the parties are resolved',
    datatype: 'string',
    value: detail('disputeResolution', String),
  },
];

export function agreementsCsv(agreements: readonly PublishedAgreement[]): string {
  return csvText([
    COLUMNS.map((c) => c.name),
    ...agreements.map((a) => COLUMNS.map((c) => guardFormula(c.value(a)))),
  ]);
}

export function agreementsJson(agreements: readonly PublishedAgreement[], today: string) {
  return { publishedOn: today, dataDictionary: '/open-data/agreements.csv-metadata.json', agreements };
}

/** CSV on the Web (W3C) metadata: the CSV file's data dictionary. */
export function csvMetadata(baseUrl: string) {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `${baseUrl}/open-data/agreements.csv`,
    'dc:title': 'Collaboration agreements in force',
    'dc:description':
      'The police collaboration agreements in force, published under the Police Act 1996, section 23E. Operationally sensitive agreements show their title and objective only.',
    tableSchema: {
      columns: COLUMNS.map(({ name, title, description, datatype }) => ({
        name,
        titles: title,
        'dc:description': description,
        datatype,
      })),
      primaryKey: 'id',
    },
  };
}
