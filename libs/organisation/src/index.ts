export * from './directory.dto.js';
export { DirectoryService } from './directory.service.js';
export * from './organisation.dto.js';
export { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity, ENTERPRISE_TIERS, type EnterpriseTier } from './organisation.entity.js';
export * from './organisation.module.js';
export { OrganisationService, toUserView } from './organisation.service.js';
export { PasswordHasher } from './password-hasher.js';
export { PasswordPolicy } from './password-policy.js';
export * from './admin-audit.js';
