export * from './ticket.machine.js';
export * from './ticket.workflow.js';
