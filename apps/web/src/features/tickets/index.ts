/** The tickets feature's public face: the list other screens embed, its query keys, the state tag, the file pieces. */
export { TicketTable, type TicketTableProps } from './components/TicketTable';
export { StateTag } from './components/StateTag';
export { ticketKeys, ticketListQuery, type Ticket, type TicketListQuery } from './api';
export { AttachmentField, FileLinks } from './components/Attachments';
