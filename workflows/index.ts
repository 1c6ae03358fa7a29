export * from './ticket.machine.js';
export * from './ticket.workflow.js';
export * from './rectification.machine.js';
