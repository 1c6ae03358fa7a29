/** The administrator's feature: pages are routed in app/AppRoutes.tsx; other features may use these. */
export { adminKeys } from './api';
export { bindingFields, BINDINGS, ROLES } from './lib/bindings';
