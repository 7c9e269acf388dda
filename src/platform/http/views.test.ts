import { describe, expect, it } from 'vitest';
import { createTemplateEnvironment, templateNames } from './views.ts';

describe('the templates', () => {
  it('are all found, and each compiles, as a listening service compiles them at start', () => {
    const env = createTemplateEnvironment();
    const names = templateNames();
    expect(names).toContain('layout.njk');
    expect(names).toContain('reporting/views/dashboard.njk');
    expect(names).toContain('business-areas/views/portfolio-list.njk');
    for (const name of names) expect(() => env.getTemplate(name, true), name).not.toThrow();
  });
});
