import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity } from './organisation.entity.js';
import { DirectoryService } from './directory.service.js';
import { OrganisationService } from './organisation.service.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { AdminAudit } from './admin-audit.js';
import { CatalogueItemEntity } from './catalogue/catalogue.entity.js';
import { CatalogueService } from './catalogue/catalogue.service.js';
import { ImportTemplates } from './import/import-templates.js';
import { OrganisationImport } from './import/organisation-import.js';

@Module({
  imports: [TypeOrmModule.forFeature([ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity, CatalogueItemEntity])],
  providers: [OrganisationService, PasswordHasher, PasswordPolicy, DirectoryService, AdminAudit, OrganisationImport, ImportTemplates, CatalogueService],
  exports: [OrganisationService, PasswordHasher, PasswordPolicy, DirectoryService, AdminAudit, OrganisationImport, ImportTemplates, CatalogueService],
})
export class OrganisationModule {}
