import fs from 'node:fs';
import { parse } from './lib/classify/read/parse';
import { pick } from './lib/classify/read/pick';
import { signals } from './lib/classify/signals/signals';
import { decideWhy } from './lib/classify/decide/decide';
import { loadRules } from './lib/catalog/load';
for (const f of process.argv.slice(2)) {
const t = fs.readFileSync(f, 'utf8');
const p = parse(t) as any; const { facts } = signals(p, pick(p, {} as any) as any);
console.log(f.split('/').pop(), p.form, facts.status, facts.statusFrom, facts.hasHeaders, facts.body.kind, (decideWhy as any)(facts, loadRules()));
}
