import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConflictError, InvalidInputError, type Role } from '@whistle/common';
import { findOneByColumn } from '@whistle/persistence';
import { randomBytes } from 'node:crypto';
import { QueryFailedError, type Repository } from 'typeorm';
import type { CreateChainDto, CreateDepartmentDto, CreateEnterpriseDto, CreateUserDto, UserView } from './organisation.dto.js';
import { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity } from './organisation.entity.js';
import { PasswordHasher } from './password-hasher.js';

/** Which binding each role needs: 'required', 'optional', or absent (not allowed). */
const BINDINGS: Record<Role, Partial<Record<'chainId' | 'enterpriseId' | 'departmentId', 'required' | 'optional'>>> = {
  admin: {},
  enterprise: { enterpriseId: 'required' },
  commissioner: { chainId: 'required' },
  dispatcher: { chainId: 'required' },
  department: { departmentId: 'required' },
  leader: {},
  supervisor: { chainId: 'optional' },
};

/** Keeps the organisation (chains, departments, enterprises, users): the administrator's work. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(ChainEntity) private readonly chains: Repository<ChainEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
  ) {
    this.userById = findOneByColumn(users, 'id');
    this.departmentById = findOneByColumn(departments, 'id');
    this.enterpriseById = findOneByColumn(enterprises, 'id');
  }

  // Read on every request (the token's user) and every order and dispatch: plain, prepared SQL.
  private readonly userById: (id: string) => Promise<UserEntity | null>;
  private readonly departmentById: (id: string) => Promise<DepartmentEntity | null>;
  private readonly enterpriseById: (id: string) => Promise<EnterpriseEntity | null>;

  createChain(dto: CreateChainDto): Promise<ChainEntity> {
    return uniquely(`a chain with code ${dto.code} already exists`, () => this.chains.save(this.chains.create(dto)));
  }

  findChain(id: string): Promise<ChainEntity | null> {
    return this.chains.findOneBy({ id });
  }

  listChains(): Promise<ChainEntity[]> {
    return this.chains.find({ order: { code: 'ASC' } });
  }

  async createDepartment(dto: CreateDepartmentDto): Promise<DepartmentEntity> {
    if (dto.leaderUserId) await this.requireUser('leaderUserId', dto.leaderUserId, 'leader');
    return uniquely(`a department with code ${dto.code} already exists`, () =>
      this.departments.save(this.departments.create({ ...dto, leaderUserId: dto.leaderUserId ?? null })),
    );
  }

  listDepartments(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { code: 'ASC' } });
  }

  findDepartment(id: string): Promise<DepartmentEntity | null> {
    return this.departmentById(id);
  }

  async createEnterprise(dto: CreateEnterpriseDto): Promise<EnterpriseEntity> {
    if (!(await this.chains.existsBy({ id: dto.chainId }))) throw new InvalidInputError('chainId', 'no such chain');
    return this.enterprises.save(this.enterprises.create(dto));
  }

  listEnterprises(): Promise<EnterpriseEntity[]> {
    return this.enterprises.find({ order: { createdAt: 'ASC' } });
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.enterpriseById(id);
  }

  async createUser(dto: CreateUserDto): Promise<UserEntity> {
    const rules = BINDINGS[dto.role];
    for (const field of ['chainId', 'enterpriseId', 'departmentId'] as const) {
      if (rules[field] === 'required' && !dto[field]) throw new InvalidInputError(field, `is required for role ${dto.role}`);
      if (!rules[field] && dto[field]) throw new InvalidInputError(field, `is not used by role ${dto.role}`);
    }
    let chainId = dto.chainId ?? null;
    if (chainId && !(await this.chains.existsBy({ id: chainId }))) throw new InvalidInputError('chainId', 'no such chain');
    if (dto.enterpriseId) {
      const enterprise = await this.enterprises.findOneBy({ id: dto.enterpriseId });
      if (!enterprise) throw new InvalidInputError('enterpriseId', 'no such enterprise');
      chainId = enterprise.chainId;
    }
    if (dto.departmentId && !(await this.departments.existsBy({ id: dto.departmentId }))) {
      throw new InvalidInputError('departmentId', 'no such department');
    }
    const passwordHash = await this.hasher.hash(dto.password);
    return uniquely(`the username ${dto.username} is taken`, () =>
      this.users.save(
        this.users.create({
          username: dto.username,
          passwordHash,
          role: dto.role,
          displayName: dto.displayName ?? null,
          chainId,
          enterpriseId: dto.enterpriseId ?? null,
          departmentId: dto.departmentId ?? null,
        }),
      ),
    );
  }

  listUsers(): Promise<UserEntity[]> {
    return this.users.find({ order: { createdAt: 'ASC' } });
  }

  findUserById(id: string): Promise<UserEntity | null> {
    return this.userById(id);
  }

  findUserByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  /**
   * On first start with an empty user table, creates the administrator. Returns the
   * generated password when none was configured, so the caller can print it once.
   */
  async ensureAdministrator(username: string, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
    if ((await this.users.count()) > 0) return { created: false, generatedPassword: null };
    const generated = password ? null : randomBytes(12).toString('base64url');
    try {
      await this.createUser({ username, password: password ?? generated!, role: 'admin', displayName: 'Administrator' });
    } catch (error) {
      // Another process of the same deployment created it first.
      if (error instanceof ConflictError) return { created: false, generatedPassword: null };
      throw error;
    }
    return { created: true, generatedPassword: generated };
  }

  private async requireUser(field: string, id: string, role: Role): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user || user.role !== role) throw new InvalidInputError(field, `must be the id of a user with role ${role}`);
    return user;
  }
}

export function toUserView(user: UserEntity): UserView {
  const { passwordHash: _hash, ...view } = user;
  return view;
}

async function uniquely<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new ConflictError(message);
    }
    throw error;
  }
}
