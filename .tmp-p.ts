import fs from 'node:fs';
import { parse } from './lib/classify/read/parse';
const p = parse(fs.readFileSync(process.argv[2], 'utf8')) as any;
console.log(p.form, p.notes, JSON.stringify(p.responses).slice(0, 500));
