import { ATTACHMENT_TYPES } from '@whistle/files';
import { Injectable } from '@nestjs/common';
import { Clock } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DUE_SOON_WITHIN } from '@whistle/tickets';
import type { Duration } from 'luxon';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MetaView } from './meta.dto.js';

/** The version of the package this file belongs to: the nearest package.json upwards (from src/ or dist/ alike). */
function packageVersion(): { name: string; version: string } {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    try {
      const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      return { name, version };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
    }
  }
}

const iso = (duration: Duration) => duration.toISO() ?? 'PT0S';

/** GET /api/meta: the deployment's settings a browser needs before login. */
@Injectable()
export class MetaService {
  private readonly release = packageVersion();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  meta(): MetaView {
    const sla = this.config.sla;
    return {
      name: this.release.name,
      version: this.release.version,
      timeZone: sla.timezone,
      serverTime: this.clock.now(),
      defaultLocale: 'zh-CN',
      locales: ['zh-CN', 'en-US'],
      dueSoonWithin: DUE_SOON_WITHIN,
      sla: {
        dispatch: iso(sla.dispatch),
        accept: iso(sla.accept),
        feedback: iso(sla.feedback),
        rectify: iso(sla.rectify),
        rate: iso(sla.rate),
        assist: iso(sla.assist),
        remindBefore: sla.remindBefore.map(iso),
        escalateAfter: sla.escalateAfter.map(iso),
      },
      attachments: { maxBytes: this.config.attachments.maxBytes, maxPerTicket: this.config.attachments.maxPerTicket, types: [...ATTACHMENT_TYPES] },
      singleSignOn: this.config.oidc !== null,
    };
  }
}
