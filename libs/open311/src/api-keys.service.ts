import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, InvalidInputError, NotFoundError } from '@whistle/common';
import { AdminAudit, OrganisationService } from '@whistle/organisation';
import type { DataSource } from 'typeorm';
import type { ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from './api-key.dto.js';

const KEYS = `SELECT id, name, prefix, enterprise_id, chain_id, user_id, created_at, revoked_at, last_used_at FROM api_keys`;

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  enterprise_id: string | null;
  chain_id: string | null;
  user_id: string;
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * API keys for the Open311 facade. A key acts through an account made with it (an enterprise's
 * or a chain commissioner's, named after the key), so what it may see and do is what that
 * account may; revoking the key retires the account. The key is shown once; its SHA-256 is kept.
 */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisation: OrganisationService,
    private readonly audit: AdminAudit,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, given: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    // null is absent, as @IsOptional lets it through.
    const dto = { name: given.name, enterpriseId: given.enterpriseId ?? undefined, chainId: given.chainId ?? undefined };
    if ((dto.enterpriseId === undefined) === (dto.chainId === undefined)) {
      throw new InvalidInputError(dto.enterpriseId ? 'chainId' : 'enterpriseId', 'exactly one of enterpriseId and chainId binds a key');
    }
    if (dto.enterpriseId) {
      const enterprise = await this.organisation.findEnterprise(dto.enterpriseId);
      if (!enterprise?.active) throw new InvalidInputError('enterpriseId', enterprise ? 'the enterprise is retired' : 'no such enterprise');
    } else {
      const chain = await this.organisation.findChain(dto.chainId!);
      if (!chain) throw new InvalidInputError('chainId', 'no such chain');
    }
    const key = `wk_${randomBytes(32).toString('base64url')}`;
    const prefix = key.slice(0, 10);
    const who = { id: actor.id, username: actor.username };
    const user = await this.organisation.createUser(
      {
        username: `apikey-${prefix.slice(3).replace(/[^A-Za-z0-9]/g, 'x')}-${randomBytes(3).toString('hex')}`,
        // Nobody signs in with it: the key is the credential.
        password: randomBytes(24).toString('base64url'),
        role: dto.enterpriseId ? 'enterprise' : 'commissioner',
        displayName: `${dto.name} (API key)`,
        ...(dto.enterpriseId ? { enterpriseId: dto.enterpriseId } : { chainId: dto.chainId }),
      },
      who,
    );
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO api_keys (name, key_hash, prefix, user_id, enterprise_id, chain_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [dto.name, hashKey(key), prefix, user.id, dto.enterpriseId ?? null, dto.chainId ?? null, actor.id, this.clock.now()],
      )) as [{ id: string }];
      await this.audit.record(manager, who, { entity: 'api_key', entityId: id, action: 'created', before: null, after: { name: dto.name, prefix, enterpriseId: dto.enterpriseId ?? null, chainId: dto.chainId ?? null, userId: user.id } });
      return id;
    });
    return { ...(await this.get(id)), key };
  }

  async list(): Promise<ApiKeyView[]> {
    return ((await this.dataSource.query(`${KEYS} ORDER BY created_at`)) as KeyRow[]).map(toView);
  }

  async get(id: string): Promise<ApiKeyView> {
    const [row] = (await this.dataSource.query(`${KEYS} WHERE id = $1`, [id])) as KeyRow[];
    if (!row) throw new NotFoundError('API key');
    return toView(row);
  }

  /** Revokes the key (at once: the next request with it is refused) and retires its account. */
  async revoke(actor: Actor, id: string): Promise<ApiKeyView> {
    const key = await this.get(id);
    const who = { id: actor.id, username: actor.username };
    if (!key.revokedAt) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE api_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [id, this.clock.now()]);
        await this.audit.record(manager, who, { entity: 'api_key', entityId: id, action: 'revoked', before: { revokedAt: null }, after: { revokedAt: this.clock.now().toISOString() } });
      });
      await this.organisation.updateUser(key.userId, { active: false }, who);
    }
    return this.get(id);
  }

  /** The account a key acts as; null for an unknown or revoked key, or a retired account. */
  async authenticate(key: string): Promise<(Actor & { keyId: string }) | null> {
    const [row] = (await this.dataSource.query(
      `SELECT k.id AS key_id, k.last_used_at, u.id, u.username, u.role, u.chain_id, u.enterprise_id, u.department_id
         FROM api_keys k JOIN users u ON u.id = k.user_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND u.active`,
      [hashKey(key)],
    )) as { key_id: string; last_used_at: Date | null; id: string; username: string; role: Actor['role']; chain_id: string | null; enterprise_id: string | null; department_id: string | null }[];
    if (!row) return null;
    const now = this.clock.now();
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      await this.dataSource.query(`UPDATE api_keys SET last_used_at = $2 WHERE id = $1`, [row.key_id, now]);
    }
    return { keyId: row.key_id, id: row.id, username: row.username, role: row.role, chainId: row.chain_id, enterpriseId: row.enterprise_id, departmentId: row.department_id };
  }
}

function toView(row: KeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    enterpriseId: row.enterprise_id,
    chainId: row.chain_id,
    userId: row.user_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
