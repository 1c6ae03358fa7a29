import { InitialSchema1732000000000 } from './1732000000000-initial-schema.js';

/** Every migration, oldest first; run at start. */
export const MIGRATIONS = [InitialSchema1732000000000];
