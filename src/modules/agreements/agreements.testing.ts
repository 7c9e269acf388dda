import type { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { runUseCase, type UseCase } from '../../platform/usecase/use-case.ts';
import { createAlliance } from '../alliances/index.ts';
import { addOfficeHolder, createOrganisation } from '../organisations/index.ts';
import type { createInput } from './use-cases/agreement-changes.ts';

/** Two forces and their PCC offices, with dated terms of office, in one alliance. */
export async function agreementFixture(db: Db, clock: Clock, prefix = '') {
  const asker = { actor: SYSTEM_ACTOR, requestId: 'test', now: clock.now() };
  const run = <S extends z.ZodType, O>(useCase: UseCase<S, O>, input: z.input<S>) =>
    runUseCase(useCase, input, { db, clock }, asker);
  const org = (kind: 'police_force' | 'policing_body', name: string) =>
    run(createOrganisation, { kind, name: `${prefix}${name}`, shortName: `${prefix}${name}`.slice(0, 20) });
  const devon = await org('police_force', 'Devon & Cornwall Police');
  const dorset = await org('police_force', 'Dorset Police');
  const devonPcc = await org('policing_body', 'OPCC Devon and Cornwall');
  const dorsetPcc = await org('policing_body', 'OPCC Dorset');
  const hold = (
    organisationId: string,
    office: 'chief_constable' | 'police_and_crime_commissioner',
    holderName: string,
    startDate: string,
    endDate?: string,
  ) => run(addOfficeHolder, { organisationId, office, holderName, startDate, ...(endDate && { endDate }) });
  await hold(devon.id, 'chief_constable', 'Shaun Sawyer', '2012-05-01');
  await hold(dorset.id, 'chief_constable', 'Martin Baker', '2008-01-01', '2013-11-30');
  await hold(dorset.id, 'chief_constable', 'Debbie Simpson', '2013-12-01');
  await hold(devonPcc.id, 'police_and_crime_commissioner', 'Tony Hogg', '2012-11-22');
  await hold(dorsetPcc.id, 'police_and_crime_commissioner', 'Martyn Underhill', '2012-11-22');
  const members = [devon.id, dorset.id, devonPcc.id, dorsetPcc.id];
  const alliance = await run(createAlliance, {
    name: `${prefix}Test alliance`,
    shortName: 'Test',
    status: 'active',
    members,
  });
  const parties = [
    { organisationId: devon.id, office: 'chief_constable' as const },
    { organisationId: dorset.id, office: 'chief_constable' as const },
    { organisationId: devonPcc.id, office: 'police_and_crime_commissioner' as const },
    { organisationId: dorsetPcc.id, office: 'police_and_crime_commissioner' as const },
  ];
  const holders = ['Shaun Sawyer', 'Debbie Simpson', 'Tony Hogg', 'Martyn Underhill'];
  const input = (
    overrides: Partial<z.input<typeof createInput>['terms']> = {},
  ): z.input<typeof createInput> => ({
    allianceId: alliance.id,
    kind: 'section_22a',
    commencement: '2015-04-01',
    parties,
    terms: {
      title: 'Alliance ICT',
      objective: 'One ICT service for both forces',
      functions: 'Information and communications technology',
      providesForOfficers: true,
      hostOrganisationId: devon.id,
      directionAndControlOrganisationId: devon.id,
      reviewDate: '2018-04-01',
      noticeMonths: 12,
      exitContributionMonths: 24,
      insuranceAndLiabilities: 'Each force insures its own; joint liabilities shared by the basis',
      disputeResolution: 'Alliance executive board, then mediation',
      operationallySensitive: false,
      ...overrides,
    },
  });
  /** Every party's signature in office-holder terms, on one date. */
  const signatures = (signedOn: string) =>
    parties.map((party, index) => ({
      ...party,
      signedOn,
      signedAs: 'office_holder' as const,
      signatoryName: holders[index] as string,
    }));
  return { alliance, devon, dorset, devonPcc, dorsetPcc, parties, holders, input, signatures, run };
}
