import type { FastifyInstance } from 'fastify';
import { londonDate } from '../../../platform/dates.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { ModuleDeps } from '../../../platform/module.ts';
import { agreementsCsv, agreementsJson, csvMetadata } from './open-data.ts';
import { publishedAgreement, publishedAgreements } from './publication.ts';

export const PUBLISHED = '/published/agreements';
export const OPEN_DATA = '/open-data/agreements';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parties must publish their agreements (s23E): these pages and files need no sign-in. */
export function registerPublication(app: FastifyInstance, deps: ModuleDeps): void {
  const today = () => londonDate(deps.clock.now());
  const open = { config: { access: 'public' as const } };

  app.get(PUBLISHED, open, async (_request, reply) => {
    const agreements = await publishedAgreements(deps.db, today());
    return reply.render('agreements/views/published-list.njk', {
      pageTitle: 'Collaboration agreements in force',
      agreements,
      today: today(),
    });
  });

  app.get<{ Params: { id: string } }>(`${PUBLISHED}/:id`, open, async (request, reply) => {
    const id = request.params.id;
    const agreement = UUID.test(id) ? await publishedAgreement(deps.db, id, today()) : undefined;
    if (!agreement) throw new NotFoundError('Agreement not found, or not in force');
    return reply.render('agreements/views/published-show.njk', {
      pageTitle: agreement.title,
      agreement,
      breadcrumbs: [{ text: 'Collaboration agreements in force', href: PUBLISHED }],
    });
  });

  app.get(`${OPEN_DATA}.csv`, open, async (_request, reply) => {
    const csv = agreementsCsv(await publishedAgreements(deps.db, today()));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="agreements.csv"')
      .header('link', `<${OPEN_DATA}.csv-metadata.json>; rel="describedby"; type="application/csvm+json"`)
      .send(csv);
  });

  app.get(`${OPEN_DATA}.json`, open, async () =>
    agreementsJson(await publishedAgreements(deps.db, today()), today()),
  );

  app.get(`${OPEN_DATA}.csv-metadata.json`, open, async (request, reply) =>
    reply
      .type('application/csvm+json')
      .send(JSON.stringify(csvMetadata(`${request.protocol}://${request.host}`))),
  );
}
