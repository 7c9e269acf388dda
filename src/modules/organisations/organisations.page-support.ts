import { KIND_LABELS, OFFICE_DEFINITIONS, ORGANISATION_KINDS, type Office } from './organisations.domain.ts';

export const kindItems = ORGANISATION_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind] }));

export function officeItems(offices: readonly Office[]) {
  return offices.map((office) => {
    const definition = OFFICE_DEFINITIONS[office];
    return {
      value: office,
      text: definition.label,
      hint: definition.corporationSole ? { text: 'A corporation sole' } : undefined,
    };
  });
}
