import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity } from './organisation.entity.js';
import { OrganisationService } from './organisation.service.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [TypeOrmModule.forFeature([ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity])],
  providers: [OrganisationService, PasswordHasher],
  exports: [OrganisationService, PasswordHasher],
})
export class OrganisationModule {}
