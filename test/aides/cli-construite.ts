// Vitest global setup of the unit project: the `jauge` CLI (scripts/jauge.ts) bundled once per run
// (scripts/empaqueter-node.ts) into node_modules/.cache, so that each test process starts in about
// 0.2 s instead of tsx's 0.8 s (the CLI tests spawn it about sixty times: 40 s of CPU on a 2-core CI).
import path from 'node:path';
import { empaqueterPourNode } from '../../scripts/empaqueter-node';
import { CLI_CONSTRUITE, RACINE } from './cli';

export default async function construireCli(): Promise<void> {
  await empaqueterPourNode(path.join(RACINE, 'scripts/jauge.ts'), CLI_CONSTRUITE);
}
