import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateOpenApiDocument } from '../openapi-document.js';

/** npm run api:generate: writes libs/api-client/openapi.json, from which the web client's types are generated. */
const document = await generateOpenApiDocument();
const target = path.resolve('libs/api-client/openapi.json');
await writeFile(target, JSON.stringify(document, null, 2) + '\n');
process.stdout.write(`Wrote ${path.relative(process.cwd(), target)}\n`);
process.exit(0);
