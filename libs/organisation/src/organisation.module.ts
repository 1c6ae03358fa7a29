import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity } from './organisation.entity.js';
import { DirectoryService } from './directory.service.js';
import { OrganisationService } from './organisation.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { AdminAudit } from './admin-audit.js';

@Module({
  imports: [TypeOrmModule.forFeature([ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity])],
  providers: [OrganisationService, PasswordHasher, PasswordPolicy, DirectoryService, AdminAudit],
  exports: [OrganisationService, PasswordHasher, PasswordPolicy, DirectoryService, AdminAudit],
})
export class OrganisationModule {}
