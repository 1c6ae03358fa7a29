import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Actor, ConflictError, InvalidInputError, NotFoundError } from '@whistle/common';
import { type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { AdminAudit, type AuditActor } from '../admin-audit.js';
import { ChainEntity, DepartmentEntity } from '../organisation.entity.js';
import type { CatalogueQuery, CreateCatalogueItemDto, UpdateCatalogueItemDto } from './catalogue.dto.js';
import { CatalogueItemEntity } from './catalogue.entity.js';
import { given } from '../organisation.service.js';

/** Roles that order for an enterprise: they see their own chain's items (and every chain's). */
const ORDERING = new Set(['enterprise', 'commissioner']);

/**
 * The service catalogue (服务清单): what enterprises can order, kept by administrators for every
 * chain or one. Items are retired, never deleted (orders refer to them); every change is in the
 * administrators' audit trail.
 */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>,
    private readonly audit: AdminAudit,
  ) {}

  /** The published list, in its order: an ordering role sees its chain's items and every chain's. */
  async list(actor: Actor, query: CatalogueQuery): Promise<CatalogueItemEntity[]> {
    const chainId = ORDERING.has(actor.role) ? actor.chainId : (query.chainId ?? null);
    const builder = this.items.createQueryBuilder('i').orderBy('i.sort_order').addOrderBy('i.code');
    if (chainId || ORDERING.has(actor.role)) builder.andWhere('(i.chain_id IS NULL OR i.chain_id = :chainId)', { chainId });
    if (!query.includeRetired) builder.andWhere('NOT i.retired');
    return builder.getMany();
  }

  /** Every item on offer, to any chain, in the published order (the Open311 facade's services). */
  published(): Promise<CatalogueItemEntity[]> {
    return this.items.createQueryBuilder('i').where('NOT i.retired').orderBy('i.sort_order').addOrderBy('i.code').getMany();
  }

  async find(code: string): Promise<CatalogueItemEntity> {
    const item = await this.items.findOneBy({ code });
    if (!item) throw new NotFoundError('catalogue item');
    return item;
  }

  /** The item an order of `chainId` names: it must exist, be offered to that chain and not be retired. */
  async forOrder(code: string, chainId: string): Promise<CatalogueItemEntity> {
    const item = await this.items.findOneBy({ code });
    if (!item || (item.chainId !== null && item.chainId !== chainId)) throw new InvalidInputError('serviceCode', 'is not an item of your chain’s service catalogue');
    if (item.retired) throw new InvalidInputError('serviceCode', 'is a retired item of the service catalogue');
    return item;
  }

  async create(dto: CreateCatalogueItemDto, actor: AuditActor | null): Promise<CatalogueItemEntity> {
    return this.changed(actor, 'created', async (manager) => {
      await this.checkReferences(manager, dto);
      if (await manager.existsBy(CatalogueItemEntity, { code: dto.code })) throw new ConflictError(`a catalogue item with code ${dto.code} already exists`, { field: 'code' });
      const item = manager.create(CatalogueItemEntity, {
        code: dto.code,
        name: dto.name,
        nameEn: dto.nameEn ?? null,
        category: dto.category,
        description: dto.description ?? null,
        chainId: dto.chainId ?? null,
        defaultDepartmentId: dto.defaultDepartmentId ?? null,
        defaultPriority: dto.defaultPriority ?? null,
        sortOrder: dto.sortOrder ?? 0,
        retired: false,
      });
      return { before: null, after: await manager.save(item) };
    });
  }

  async update(code: string, dto: UpdateCatalogueItemDto, actor: AuditActor | null): Promise<CatalogueItemEntity> {
    return this.changed(actor, null, async (manager) => {
      const item = await manager.findOne(CatalogueItemEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new NotFoundError('catalogue item');
      await this.checkReferences(manager, dto);
      const before = { ...item };
      return { before, after: await manager.save(Object.assign(item, given(dto))) };
    });
  }

  private async checkReferences(manager: EntityManager, dto: { chainId?: string | null; defaultDepartmentId?: string | null }): Promise<void> {
    if (dto.chainId && !(await manager.existsBy(ChainEntity, { id: dto.chainId, active: true }))) throw new InvalidInputError('chainId', 'no such active chain');
    if (dto.defaultDepartmentId && !(await manager.existsBy(DepartmentEntity, { id: dto.defaultDepartmentId, active: true }))) {
      throw new InvalidInputError('defaultDepartmentId', 'no such active department');
    }
  }

  /** A change in a transaction, with its audit record (`retired` / `reactivated` when that moved). */
  private async changed(
    actor: AuditActor | null,
    action: string | null,
    change: (manager: EntityManager) => Promise<{ before: CatalogueItemEntity | null; after: CatalogueItemEntity }>,
  ): Promise<CatalogueItemEntity> {
    try {
      return await this.items.manager.transaction(async (manager) => {
        const { before, after } = await change(manager);
        const named = action ?? (before && !before.retired && after.retired ? 'retired' : before?.retired && !after.retired ? 'reactivated' : 'updated');
        await this.audit.record(manager, actor, { entity: 'catalogue', entityId: after.code, action: named, before: before && snapshot(before), after: snapshot(after) });
        return after;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw new ConflictError('a catalogue item with this code already exists', { field: 'code' });
      throw error;
    }
  }
}

function snapshot(item: CatalogueItemEntity): object {
  const { createdAt: _c, updatedAt: _u, ...rest } = item;
  return rest;
}
