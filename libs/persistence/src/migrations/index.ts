import { InitialSchema1732000000000 } from './1732000000000-initial-schema.js';
import { HashedTimeline1763700000000 } from './1763700000000-hashed-timeline.js';
import { Assessment1763800000000 } from './1763800000000-assessment.js';
import { ScaleIndexes1763900000000 } from './1763900000000-scale-indexes.js';
import { TimerLeases1764000000000 } from './1764000000000-timer-leases.js';
import { ListIndexes1764000000001 } from './1764000000001-list-indexes.js';
import { ConsoleQueues1764100000000 } from './1764100000000-console-queues.js';
import { QueueTotals1764100000001 } from './1764100000001-queue-totals.js';
import { Accounts1764200000000 } from './1764200000000-accounts.js';
import { AdminAudit1764200000001 } from './1764200000001-admin-audit.js';
import { ServiceCatalogue1764300000000 } from './1764300000000-service-catalogue.js';
import { AssistingDepartments1764400000000 } from './1764400000000-assisting-departments.js';
import { Attachments1764500000000 } from './1764500000000-attachments.js';
import { RepeatProblems1764600000000 } from './1764600000000-repeat-problems.js';
import { RectificationAttachments1764700000000 } from './1764700000000-rectification-attachments.js';
import { Webhooks1764800000000 } from './1764800000000-webhooks.js';
import { ApiKeys1764900000000 } from './1764900000000-api-keys.js';
import { WebhookRetention1765000000000 } from './1765000000000-webhook-retention.js';

/** Every migration, oldest first; run at start. */
export const MIGRATIONS = [InitialSchema1732000000000, HashedTimeline1763700000000, Assessment1763800000000, ScaleIndexes1763900000000, TimerLeases1764000000000, ListIndexes1764000000001, ConsoleQueues1764100000000, QueueTotals1764100000001, Accounts1764200000000, AdminAudit1764200000001, ServiceCatalogue1764300000000, AssistingDepartments1764400000000, Attachments1764500000000, RepeatProblems1764600000000, RectificationAttachments1764700000000, Webhooks1764800000000, ApiKeys1764900000000, WebhookRetention1765000000000];
