// `npm run docs:fields`: writes the field reference, generated from the schemas, into
// content/README.md between its markers (src/content-layer/field-reference.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReference, withFieldReference } from '../content-layer/field-reference.ts';

const file = 'content/README.md';
const before = readFileSync(file, 'utf8');
const after = withFieldReference(before, fieldReference());
writeFileSync(file, after);
console.log(
  before === after
    ? `${file}: the field reference was up to date.`
    : `${file}: field reference rewritten.`,
);
