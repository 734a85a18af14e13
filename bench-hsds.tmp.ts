import { hsdsImportFigures } from './tests/bench/hsds-import';
const row = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
await hsdsImportFigures(row);
