// Debug: print the engine's answers for one reply (`npx tsx scripts/dbg-reply.ts reply.txt request.txt|questionnaire.yaml`).
import { readFileSync } from 'node:fs';
import { questionnaireFromRequest } from '../src/core/fromRequest';
import { parseQuestionnaire } from '../src/core/questionnaire';
import { analyzeReply } from '../src/core/suggest';
const [reply, qfile] = process.argv.slice(2);
const qtext = readFileSync(qfile!, 'utf8');
const q = qfile!.endsWith('.txt') ? questionnaireFromRequest(qtext).questionnaire : parseQuestionnaire(qtext).questionnaire;
if (process.env.DBG_Q) for (const x of q!.questions) console.log("Q", x.id, x.type, x.unit ?? "", (x as {heading?: boolean}).heading ? "H" : "", (x.text ?? "").slice(0, 60));
const r = analyzeReply(readFileSync(reply!, 'utf8'), q!);
for (const m of r.markers) console.log('M', m.line + 1, m.ids.join(','), JSON.stringify(m.label).slice(0, 40), m.inProse ? 'prose' : '');
for (const a of r.answers) console.log('A', a.id, a.status, a.exemption ?? '', JSON.stringify(a.value), '@' + a.line, a.confidence, '|', a.text.slice(0, 70).replace(/\n/g, ' '), '|', a.why ?? a.reason);
