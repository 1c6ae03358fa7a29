import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@whistle/common';
import type { DataSource } from 'typeorm';
import type { DirectoryEnterprise, DirectoryScorer, DirectoryView } from './directory.dto.js';

/**
 * The names behind the ids (GET /api/directory), scoped like the tickets: chains, departments
 * and leaders in charge are the zone's public organisation; enterprises are those whose orders
 * the caller may see; scorers only for who holds evaluations. A department or leader sees every
 * enterprise: orders come to it from every chain, and finding the enterprises of its own tickets
 * would read a large part of the ticket table on every page load. Retired ones are listed, so
 * that old orders keep their names; pick lists leave them out. Scorers are active users only.
 */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async directory(actor: Actor): Promise<DirectoryView> {
    const q = <T>(sql: string, values: unknown[] = []) => this.dataSource.query(sql, values) as Promise<T[]>;
    const [chains, departments, enterprises, leaders, scorers] = await Promise.all([
      q<DirectoryView['chains'][number]>(`SELECT id, name, code, active FROM chains ORDER BY code`),
      q<DirectoryView['departments'][number]>(
        `SELECT d.id, d.name, d.code, d.leader_user_id AS "leaderUserId", COALESCE(u.display_name, u.username) AS "leaderName", d.active
           FROM departments d LEFT JOIN users u ON u.id = d.leader_user_id ORDER BY d.code`,
      ),
      this.enterprises(actor, q),
      q<DirectoryView['leaders'][number]>(`SELECT id, display_name AS "displayName", username, active FROM users WHERE role = 'leader' ORDER BY username`),
      this.scorers(actor, q),
    ]);
    return { chains, departments, enterprises, leaders, scorers };
  }

  private enterprises(actor: Actor, q: <T>(sql: string, values?: unknown[]) => Promise<T[]>): Promise<DirectoryEnterprise[]> {
    const select = `SELECT id, name, chain_id AS "chainId", tier, active FROM enterprises`;
    switch (actor.role) {
      case 'enterprise':
        return q(`${select} WHERE id = $1`, [actor.enterpriseId]);
      case 'commissioner':
      case 'dispatcher':
        return q(`${select} WHERE chain_id = $1 ORDER BY name`, [actor.chainId]);
      case 'supervisor':
        return actor.chainId ? q(`${select} WHERE chain_id = $1 ORDER BY name`, [actor.chainId]) : q(`${select} ORDER BY name`);
      case 'department':
      case 'leader':
      case 'admin':
        return q(`${select} ORDER BY name`);
    }
  }

  private scorers(actor: Actor, q: <T>(sql: string, values?: unknown[]) => Promise<T[]>): Promise<DirectoryScorer[]> {
    const select = `SELECT id, username, display_name AS "displayName", role, enterprise_id AS "enterpriseId", chain_id AS "chainId" FROM users`;
    if (actor.role === 'dispatcher') {
      return q(
        `${select} WHERE active AND ((role = 'supervisor' AND (chain_id = $1 OR chain_id IS NULL)) OR (role = 'enterprise' AND chain_id = $1)) ORDER BY role DESC, username`,
        [actor.chainId],
      );
    }
    if (actor.role === 'admin') return q(`${select} WHERE active AND role IN ('supervisor', 'enterprise') ORDER BY role DESC, username`);
    return Promise.resolve([]);
  }
}
