import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@whistle/common';
import { ENTERPRISE_TIERS, type EnterpriseTier } from './organisation.entity.js';

export class DirectoryChain {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '医药化工产业链' }) name!: string;
  @ApiProperty({ example: 'PHARMA' }) code!: string;
  @ApiProperty({ description: 'false: retired, shown on the orders that name it but offered in no pick list' }) active!: boolean;
}

export class DirectoryDepartment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '区财政局' }) name!: string;
  @ApiProperty({ example: 'FIN' }) code!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The leader in charge (分管领导)' }) leaderUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The leader’s display name (or username when it has none)' }) leaderName!: string | null;
  @ApiProperty({ description: 'false: retired, shown on the orders that name it but offered in no pick list' }) active!: boolean;
}

export class DirectoryEnterprise {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '常德制药' }) name!: string;
  @ApiProperty({ format: 'uuid' }) chainId!: string;
  @ApiProperty({ enum: ENTERPRISE_TIERS }) tier!: EnterpriseTier;
  @ApiProperty({ description: 'false: retired, shown on the orders that name it but offered in no pick list' }) active!: boolean;
}

export class DirectoryLeader {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty() username!: string;
  @ApiProperty({ description: 'false: retired, shown on the orders that name it but offered in no pick list' }) active!: boolean;
}

export class DirectoryScorer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty({ enum: ROLES.filter((role) => role === 'supervisor' || role === 'enterprise') }) role!: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An enterprise scorer’s enterprise' }) enterpriseId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A supervisor’s chain (null: all chains), an enterprise user’s chain' }) chainId!: string | null;
}

/** The names the console shows instead of ids, as far as the caller may know them. */
export class DirectoryView {
  @ApiProperty({ type: [DirectoryChain], description: 'Every chain' }) chains!: DirectoryChain[];
  @ApiProperty({ type: [DirectoryDepartment], description: 'Every department, with its leader in charge' }) departments!: DirectoryDepartment[];
  @ApiProperty({
    type: [DirectoryEnterprise],
    description:
      'enterprise: its own; commissioner, dispatcher, a chain’s supervisor: the chain’s; department, leader, an all-chain supervisor, admin: all ' +
      '(departments receive orders from every chain)',
  })
  enterprises!: DirectoryEnterprise[];
  @ApiProperty({ type: [DirectoryLeader], description: 'Every leader in charge (分管领导): the dispatch form’s leaderUserId, the name behind a ticket’s leaderUserId' })
  leaders!: DirectoryLeader[];
  @ApiProperty({
    type: [DirectoryScorer],
    description:
      'Who may score an evaluation (测评会) the caller holds: for a dispatcher the supervisors of its chain and of all chains and the enterprise users of its chain; ' +
      'for an admin every supervisor and enterprise user; empty for everyone else',
  })
  scorers!: DirectoryScorer[];
}
