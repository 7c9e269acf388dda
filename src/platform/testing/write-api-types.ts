import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, generateApiTypes } from './api-types.ts';

await writeFile(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`Wrote ${API_TYPES_FILE}\n`);
