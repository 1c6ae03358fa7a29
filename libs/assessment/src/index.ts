export * from './assessment.module.js';
export * from './evaluation.dto.js';
export * from './evaluation.entity.js';
export * from './evaluations.service.js';
export * from './ledgers.service.js';
export * from './rectifications.service.js';
export * from './reports.dto.js';
export * from './reports.service.js';
