import { decodeEntities } from '../../platform/testing/test-app.ts';

/** A page's main content as a person reads it: tags gone, white space single, entities decoded. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return decodeEntities(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}
