// The folder shared beside the repository (seeds, spec): ../shared, or JAUGE_PARTAGE when the
// repository is checked out elsewhere (a git worktree).
import path from 'node:path';

export const RACINE = path.resolve(import.meta.dirname, '../..');
export const PARTAGE = process.env.JAUGE_PARTAGE ?? path.resolve(RACINE, '../shared');
export const FIXTURES_DOCUMENTS = path.join(RACINE, 'test/fixtures/documents');
