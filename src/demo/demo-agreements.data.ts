import type { Office } from '../modules/organisations/index.ts';

export interface DemoParty {
  readonly organisation: string;
  readonly office: Office;
}

const DEVON = 'Devon & Cornwall Police';
const DORSET = 'Dorset Police';

/**
 * The four corporation soles sign every alliance agreement (briefing, March 2016: "agreed between
 * the four corporation soles"). Notice follows the national templates (12 months); the leaving
 * party's contribution is the exit strategy's two years.
 */
export const DEMO_SIGNING = {
  parties: [
    { organisation: DEVON, office: 'chief_constable' },
    { organisation: DORSET, office: 'chief_constable' },
    {
      organisation:
        'Office of the Police and Crime Commissioner for Devon and Cornwall and the Isles of Scilly',
      office: 'police_and_crime_commissioner',
    },
    {
      organisation: 'Office of the Police and Crime Commissioner for Dorset',
      office: 'police_and_crime_commissioner',
    },
  ] satisfies DemoParty[],
  overarchingHost: DEVON,
  noticeMonths: 12,
  exitContributionMonths: 24,
} as const;

/** Demo people: named delegates who signed for a chief constable or a PCC (fictional). */
export const DEMO_DELEGATES: readonly { name: string; role: string }[] = [
  { name: 'Alex Penrose', role: 'Deputy chief constable, Devon & Cornwall Police' },
  { name: 'Sam Whitfield', role: 'Deputy chief constable, Dorset Police' },
  { name: 'Jo Treloar', role: 'Chief executive, OPCC Devon and Cornwall' },
];

export const DEMO_AGREEMENT_TEXT = {
  overarching: {
    title: 'Devon & Cornwall and Dorset strategic alliance agreement',
    objective:
      'To deliver policing services jointly for both forces as equal partners while each keeps its own identity, chief constable, police and crime commissioner and police and crime plan.',
    functions:
      'The functions of the business areas brought into the alliance, excluding public protection, local policing and local investigation.',
    commencement: '2015-04-01',
    signedOn: '2015-03-20',
    reviewDate: '2017-04-01',
  },
  area: (name: string) => ({
    title: `Section 22A agreement: ${name}`,
    objective: `To provide ${name.toLowerCase()} as a single alliance team for both forces, under one chief officer's direction and control.`,
    functions: `The functions of ${name.toLowerCase()} for Devon & Cornwall Police and Dorset Police.`,
    commencement: '2016-04-01',
    signedOn: '2016-03-01',
    reviewDate: '2018-04-01',
  }),
  /** Areas whose agreements are published by title and objective only. */
  sensitive: /firearms|intelligence|surveillance|major crime/i,
  insurance:
    'Each force keeps its own insurance; liabilities arising from joint activity are shared by the cost-sharing basis; at termination they are apportioned between the forces and the offices of the PCCs.',
  disputes:
    "First the alliance executive board; then mediation; then the parties jointly seek the Home Secretary's direction where the law allows.",
  variation: {
    effectiveFrom: '2016-04-01',
    signedOn: '2016-03-01',
    reason: 'Review brought forward to align with the Section 22A agreements of the business areas',
    reviewDate: '2016-10-01',
  },
};
