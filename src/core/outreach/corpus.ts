import { BREAKING } from './corpus-breaking';
import { FOLLOWING } from './corpus-following';
import { JOB_ASKS } from './corpus-job-asks';

export type { CorpusEntry } from './corpus-entry';

/** Drafts the way people really write them: good and bad, several channels, styles and lengths. */
export const CORPUS = [...FOLLOWING, ...JOB_ASKS, ...BREAKING];
