// One run of the `jauge` CLI for the campaign, in a process of its own so that its time and peak
// memory are its own: the arguments come as JSON in argv[2], the result goes to stdout as one JSON
// object (the CLI's code, stdout and stderr, the run's milliseconds, the process's CPU time and peak RSS).
import { readFileSync } from 'node:fs';
import { executerCli } from '../../shared/cli/jauge';
import { environnementNode } from '../environnement-node';
import { creerLecteurOcrNode } from '../ocr-node';

const args = JSON.parse(process.argv[2] ?? '[]') as string[];
const ocr = creerLecteurOcrNode();
const debut = performance.now();
const sortie = await executerCli(args, environnementNode({ ocr, aujourdhui: '2026-01-15' }));
await ocr.terminer();
const ms = performance.now() - debut;
const usage = process.resourceUsage();
// Linux's getrusage keeps, across exec, the RSS the parent had when it forked: VmHWM is this process's own peak.
const vmHwm = (() => {
  try {
    return Number(/VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) || undefined;
  } catch {
    return undefined;
  }
})();
process.stdout.write(JSON.stringify({ ...sortie, ms, maxRssKio: vmHwm ?? usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
