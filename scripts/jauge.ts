// Node boundary of the `jauge` CLI: the only place that reads argv, the file system and the clock
// (through scripts/environnement-node.ts).
import { executerCli } from '../shared/cli/jauge';
import { environnementNode } from './environnement-node';
import { creerLecteurOcrNode } from './ocr-node';

const signalerProgression = (ligne: string): void => void process.stderr.write(`${ligne}\n`);

// The OCR worker starts only if a scanned page comes up, and is ended before the process exits.
const ocr = creerLecteurOcrNode();
const sortie = await executerCli(process.argv.slice(2), environnementNode({ ocr, signalerProgression }));
await ocr.terminer();
if (sortie.stdout) process.stdout.write(sortie.stdout);
if (sortie.stderr) process.stderr.write(sortie.stderr);
process.exitCode = sortie.code;
