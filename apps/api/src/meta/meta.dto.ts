import { ApiProperty } from '@nestjs/swagger';

export class SlaMetaView {
  @ApiProperty({ example: 'P3D', description: 'SLA_DISPATCH: placed (or returned) → dispatched' }) dispatch!: string;
  @ApiProperty({ example: 'P2D', description: 'SLA_ACCEPT: dispatched → accepted' }) accept!: string;
  @ApiProperty({ example: 'P1M', description: 'SLA_FEEDBACK: first dispatch → feedback (双反馈)' }) feedback!: string;
  @ApiProperty({ example: 'P15D', description: 'SLA_RECTIFY: unsatisfied rating → new feedback' }) rectify!: string;
  @ApiProperty({ example: 'P15D', description: 'SLA_RATE: feedback → rating' }) rate!: string;
  @ApiProperty({ example: 'P10D', description: 'SLA_ASSIST: dispatch → an assisting department’s contribution (协办意见)' }) assist!: string;
  @ApiProperty({ type: [String], example: ['P7D', 'P1D'], description: 'SLA_REMIND_BEFORE' }) remindBefore!: string[];
  @ApiProperty({ type: [String], example: ['PT0S', 'P7D', 'P14D'], description: 'SLA_ESCALATE_AFTER: levels 1, 2, 3' }) escalateAfter!: string[];
}

export class AttachmentMetaView {
  @ApiProperty({ example: 20971520, description: 'ATTACHMENT_MAX_BYTES: the largest file' }) maxBytes!: number;
  @ApiProperty({ example: 50, description: 'ATTACHMENT_MAX_PER_TICKET: the files one order may hold' }) maxPerTicket!: number;
  @ApiProperty({ type: [String], description: 'The types accepted, as read from the bytes (plain text also with its charset)' }) types!: string[];
}

/** What the console needs before anyone logs in. */
export class MetaView {
  @ApiProperty({ example: 'whistle' }) name!: string;
  @ApiProperty({ example: '0.1.0', description: 'The running release (package.json)' }) version!: string;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'SLA_TIMEZONE: the zone deadlines are counted and times are shown in' }) timeZone!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The server’s clock now, so a browser can correct its countdowns for its own clock’s error' })
  serverTime!: Date;
  @ApiProperty({ example: 'zh-CN' }) defaultLocale!: string;
  @ApiProperty({ type: [String], example: ['zh-CN', 'en-US'] }) locales!: string[];
  @ApiProperty({ example: 'P3D', description: 'The default window of “due soon” (GET /api/tickets/counts)' }) dueSoonWithin!: string;
  @ApiProperty({ type: SlaMetaView, description: 'The default deadlines (SLA policies may set others per category and priority)' }) sla!: SlaMetaView;
  @ApiProperty({ type: AttachmentMetaView, description: 'What may be attached to an order (附件)' }) attachments!: AttachmentMetaView;
  @ApiProperty({ description: 'Single sign-on through the park’s identity provider is on (OIDC_ISSUER): the login page offers it (GET /api/auth/oidc/login)' })
  singleSignOn!: boolean;
}
