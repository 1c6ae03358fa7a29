import { Injectable, Logger } from '@nestjs/common';
import { EvaluationsService, RectificationsService } from '@whistle/assessment';
import type { Actor } from '@whistle/common';
import { CatalogueService, type CreateCatalogueItemDto, type EnterpriseTier, OrganisationService, type UserEntity } from '@whistle/organisation';
import { Staging } from '@whistle/files';
import { type Category, TicketsService } from '@whistle/tickets';
import { Readable } from 'node:stream';
import { noticePdf, sitePlanPng } from './demo.files.js';

export const DEMO_PASSWORD = 'whistle-demo';

/** Changde Economic Development Zone's four chains (DOMAIN.md), 1 leader + 2 core + 3 member enterprises each. */
const CHAINS = [
  { code: 'PHARMA', name: '医药化工产业链', enterprises: ['湖南常德制药集团', '德海化工科技', '武陵生物医药', '沅澧药业', '柳叶湖精细化工', '善卷医疗器械'] },
  { code: 'EQUIP', name: '装备制造产业链', enterprises: ['常德重工机械', '中联烟草机械', '德山液压件', '鼎城精密铸造', '桃源轴承', '澧县农机装备'] },
  { code: 'FOOD', name: '轻工食品产业链', enterprises: ['金健米业', '武陵酒业', '桃花源茶业', '洞庭水产食品', '津市牛肉粉', '汉寿甲鱼食品'] },
  { code: 'POWER', name: '电力电子产业链', enterprises: ['中车电力电子', '常德电缆厂', '德山变压器', '经开区光伏科技', '沅江电子元件', '澧州电池材料'] },
];
const TIERS: EnterpriseTier[] = ['leader', 'core', 'core', 'member', 'member', 'member'];

/** Functional departments and their leaders in charge (分管领导). */
const DEPARTMENTS = [
  { code: 'FIN', name: '区财政局', leader: 'leader.wang' },
  { code: 'HRSS', name: '区人力资源和社会保障局', leader: 'leader.li' },
  { code: 'LAND', name: '区自然资源和规划局', leader: 'leader.wang' },
  { code: 'APPROVAL', name: '区行政审批服务局', leader: 'leader.zhang' },
  { code: 'TRANSPORT', name: '区交通运输局', leader: 'leader.zhang' },
  { code: 'TECH', name: '区科技和工业信息化局', leader: 'leader.li' },
];

/** A zone's published service list (服务清单): 17 items, as Daqing's, each with where its dispatch starts. */
const CATALOGUE: (Omit<CreateCatalogueItemDto, 'defaultDepartmentId' | 'sortOrder'> & { department: string })[] = [
  { code: 'FIN-01', name: '融资对接', nameEn: 'Financing match-making', category: 'financing', department: 'FIN', description: '对接银行、担保和基金,解决项目贷款和股权融资需求' },
  { code: 'FIN-02', name: '流动资金周转', nameEn: 'Working capital bridging', category: 'working_capital', department: 'FIN', defaultPriority: 'high', description: '转贷应急资金、供应链金融,缓解流动资金缺口' },
  { code: 'FIN-03', name: '惠企政策兑现', nameEn: 'Paying out support policies', category: 'other', department: 'FIN', description: '奖补资金申报进度、兑现时限' },
  { code: 'HR-01', name: '用工招聘', nameEn: 'Recruiting workers', category: 'hiring', department: 'HRSS', description: '专场招聘会、职业院校订单班对接' },
  { code: 'HR-02', name: '职业技能培训', nameEn: 'Vocational training', category: 'hiring', department: 'HRSS', description: '以工代训、技能等级认定' },
  { code: 'HR-03', name: '高层次人才引进', nameEn: 'Attracting senior talent', category: 'talent', department: 'HRSS', description: '人才认定、安居和子女入学' },
  { code: 'LAND-01', name: '项目用地保障', nameEn: 'Land for projects', category: 'land_use', department: 'LAND', defaultPriority: 'high', description: '新增用地、标准地出让、闲置土地盘活' },
  { code: 'LAND-02', name: '规划许可', nameEn: 'Planning permits', category: 'permits', department: 'LAND', description: '用地规划、工程规划许可和规划核实' },
  { code: 'APP-01', name: '项目审批代办', nameEn: 'Approvals handled for the enterprise', category: 'permits', department: 'APPROVAL', description: '立项、施工许可全程帮办代办' },
  { code: 'APP-02', name: '证照办理', nameEn: 'Licences and certificates', category: 'permits', department: 'APPROVAL', description: '营业执照、生产许可等证照变更和延续' },
  { code: 'APP-03', name: '环评安评', nameEn: 'Environmental and safety assessments', category: 'permits', department: 'APPROVAL', description: '环境影响评价、安全评价审批' },
  { code: 'LOG-01', name: '物流运输协调', nameEn: 'Logistics coordination', category: 'logistics', department: 'TRANSPORT', description: '运力对接、通行证、物流成本' },
  { code: 'LOG-02', name: '原材料供应对接', nameEn: 'Raw material supply', category: 'raw_materials', department: 'TECH', description: '链上配套、本地采购对接' },
  { code: 'TECH-01', name: '科技项目申报', nameEn: 'Applying for technology projects', category: 'technology', department: 'TECH', description: '高新技术企业认定、科技计划项目' },
  { code: 'TECH-02', name: '产学研合作', nameEn: 'Research partnerships', category: 'technology', department: 'TECH', description: '对接高校院所、共建研发平台' },
  { code: 'MKT-01', name: '市场开拓与产销对接', nameEn: 'Markets and buyers', category: 'market', department: 'TECH', description: '展会、链主企业采购、产销对接会' },
  { code: 'UTIL-01', name: '水电气要素保障', nameEn: 'Water, power and gas', category: 'other', department: 'TECH', defaultPriority: 'urgent', description: '停电停气、扩容报装、要素价格' },
];

/**
 * Loads realistic demo data (SEED_DEMO=true, `npm run demo`) into an empty database, once,
 * and prints who can log in as what.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly organisation: OrganisationService,
    private readonly tickets: TicketsService,
    private readonly catalogue: CatalogueService,
    private readonly staging: Staging,
    private readonly evaluations: EvaluationsService,
    private readonly rectifications: RectificationsService,
  ) {}

  async seed(): Promise<void> {
    if ((await this.organisation.listChains()).length > 0) {
      this.logger.log('demo: the database already has chains; nothing loaded');
      return;
    }
    const user = (username: string, role: UserEntity['role'], bindings: Partial<Record<'chainId' | 'enterpriseId' | 'departmentId', string>> = {}, displayName?: string) =>
      this.organisation.createUser({ username, password: DEMO_PASSWORD, role, displayName, ...bindings }, null);
    const lines: string[] = [];

    const leaders = new Map<string, UserEntity>();
    for (const username of new Set(DEPARTMENTS.map((d) => d.leader))) {
      leaders.set(username, await user(username, 'leader', {}, `分管领导 ${username.split('.')[1]}`));
      lines.push(`leader        ${username}`);
    }
    const departments = new Map<string, Actor>();
    for (const d of DEPARTMENTS) {
      const department = await this.organisation.createDepartment({ code: d.code, name: d.name, leaderUserId: leaders.get(d.leader)!.id }, null);
      const staff = await user(`${d.code.toLowerCase()}.staff`, 'department', { departmentId: department.id }, `${d.name}工作人员`);
      departments.set(d.code, toActor(staff));
      lines.push(`department    ${d.code.toLowerCase()}.staff  (${d.name})`);
    }
    for (const [i, { department, ...item }] of CATALOGUE.entries()) {
      await this.catalogue.create({ ...item, defaultDepartmentId: departments.get(department)!.departmentId!, sortOrder: (i + 1) * 10 }, null);
    }
    lines.push(`catalogue     ${CATALOGUE.length} items (${CATALOGUE.map((c) => c.code).join(', ')})`);
    const supervisor = toActor(await user('supervisor', 'supervisor', {}, '营商环境监督员'));
    lines.push('supervisor    supervisor  (all chains)');

    const actors: Record<string, { dispatcher: Actor; enterprise: Actor; commissioner: Actor; enterpriseIds: string[] }> = {};
    for (const c of CHAINS) {
      const chain = await this.organisation.createChain({ code: c.code, name: c.name }, null);
      const key = c.code.toLowerCase();
      const dispatcher = await user(`${key}.dispatch`, 'dispatcher', { chainId: chain.id }, `${c.name}党委`);
      const commissioner = await user(`${key}.commissioner`, 'commissioner', { chainId: chain.id }, `${c.name}企业服务专员`);
      const enterpriseIds: string[] = [];
      let first: UserEntity | null = null;
      for (const [i, name] of c.enterprises.entries()) {
        const enterprise = await this.organisation.createEnterprise({ name, chainId: chain.id, tier: TIERS[i]! }, null);
        enterpriseIds.push(enterprise.id);
        const account = await user(`${key}.e${i + 1}`, 'enterprise', { enterpriseId: enterprise.id }, name);
        first ??= account;
      }
      lines.push(`dispatcher    ${key}.dispatch   commissioner ${key}.commissioner   enterprises ${key}.e1 … ${key}.e${c.enterprises.length}  (${c.name})`);
      actors[c.code] = { dispatcher: toActor(dispatcher), commissioner: toActor(commissioner), enterprise: toActor(first!), enterpriseIds };
    }

    await this.sampleTickets(actors, departments);
    await this.sampleEvaluation(actors['FOOD']!.dispatcher, supervisor, departments);
    this.logger.log(`demo loaded; every demo user's password is "${DEMO_PASSWORD}"`);
    for (const line of lines) this.logger.log(`demo user: ${line}`);
  }

  /** A few orders at different stages, from the problems DOMAIN.md lists. */
  private async sampleTickets(
    actors: Record<string, { dispatcher: Actor; enterprise: Actor; commissioner: Actor; enterpriseIds: string[] }>,
    departments: Map<string, Actor>,
  ): Promise<void> {
    const order = (chain: string, title: string, description: string, serviceCode: string) =>
      this.tickets.place(actors[chain]!.enterprise, { title, description, serviceCode });
    await order('PHARMA', '扩产流动资金缺口', '新建原料药车间,流动资金缺口约800万元,希望对接银行贷款。', 'FIN-02');
    const hiring = await order('EQUIP', '技术工人招聘难', '数控操作工缺口30人,希望协助对接职业院校。', 'HR-01');
    await this.tickets.act(actors['EQUIP']!.dispatcher, hiring.id, 'dispatch', { departmentId: departments.get('HRSS')!.departmentId!, priority: 'high' });
    const land = await order('FOOD', '冷链仓库用地审批', '新建冷链仓库需用地约20亩,审批进度慢。', 'LAND-01');
    // 主办 / 协办: the land bureau leads; the approval bureau assists, and has given its contribution; the transport bureau has not yet.
    await this.tickets.act(actors['FOOD']!.dispatcher, land.id, 'dispatch', {
      departmentId: departments.get('LAND')!.departmentId!,
      priority: 'normal',
      assistingDepartmentIds: [departments.get('APPROVAL')!.departmentId!, departments.get('TRANSPORT')!.departmentId!],
    });
    await this.tickets.act(departments.get('LAND')!, land.id, 'accept', { note: '已组建服务专班' });
    // 附件: the enterprise's site plan and note; the approval bureau's filing notice goes with its contribution.
    const attach = async (actor: Actor, name: string, bytes: Buffer) =>
      this.tickets.attach(actor, land.id, { ...(await this.staging.receive(Readable.from([bytes]), bytes.length)), originalName: name });
    await attach(actors['FOOD']!.enterprise, '厂区平面示意图.png', sitePlanPng());
    await attach(actors['FOOD']!.enterprise, '用地情况说明.txt', Buffer.from('拟用地块位于经开区冷链物流园东侧,面积约20亩,已完成土地性质核查。\n联系人:张经理 0736-7xxxxxx\n'));
    await this.tickets.act(departments.get('APPROVAL')!, land.id, 'assist-accept', {});
    const notice = await attach(departments.get('APPROVAL')!, '立项备案通知书.pdf', noticePdf(['Project filing notice', 'Cold-chain warehouse, Changde Economic Development Zone', 'Filing completed; land pre-review may proceed in parallel.']));
    await this.tickets.act(departments.get('APPROVAL')!, land.id, 'assist-give', { content: '项目立项备案已办结,可并联办理用地预审。', attachmentIds: [notice.id] });
    // 每月一题: the zone's power supply, raised by three enterprises of the power chain; the first was
    // handled and rated, the second marked as its repeat, the third waits for the committee to see it.
    const power = actors['POWER']!;
    const onBehalf = (i: number, title: string, description: string) =>
      this.tickets.place(power.commissioner, { title, description, serviceCode: 'UTIL-01', enterpriseId: power.enterpriseIds[i] });
    const supply = await onBehalf(0, '园区供电容量不足', '德山园区变电站容量不足,新增变压器生产线需增容2000千伏安,希望协调供电公司尽快扩容。');
    await this.tickets.act(power.dispatcher, supply.id, 'dispatch', { departmentId: departments.get('TECH')!.departmentId!, priority: 'high' });
    await this.tickets.act(departments.get('TECH')!, supply.id, 'accept', {});
    await this.tickets.act(departments.get('TECH')!, supply.id, 'feedback', { result: 'resolved', content: '已协调供电公司,德山变电站年内完成扩容。' });
    await this.tickets.act(power.enterprise, supply.id, 'rate', { score: 4, comment: '协调及时' });
    const again = await onBehalf(3, '德山园区用电增容难', '德山园区供电容量不足,光伏组件车间扩产需增容1500千伏安,请协调供电公司扩容。');
    await this.tickets.linkRepeat(power.dispatcher, again.id, supply.id);
    await onBehalf(4, '生产用电容量不够', '电子元件新生产线投产在即,德山园区供电容量不足,需增容800千伏安。');
    await this.tickets.place(actors['POWER']!.commissioner, {
      title: '物流运费上涨',
      description: '电缆外发物流成本上涨,希望协调本地物流企业。',
      category: 'logistics' satisfies Category,
      enterpriseId: actors['POWER']!.enterpriseIds[1],
    });
  }

  /**
   * 评单 at the meeting: the food chain's evaluation of this month scored the transport bureau
   * below the threshold; its rectification order (整改单) is reported with evidence (整改佐证)
   * and waits for the committee (food.dispatch) to sign it off.
   */
  private async sampleEvaluation(committee: Actor, supervisor: Actor, departments: Map<string, Actor>): Promise<void> {
    const transport = departments.get('TRANSPORT')!;
    const land = departments.get('LAND')!;
    const today = new Date().toISOString().slice(0, 10);
    const evaluation = await this.evaluations.create(committee, {
      title: '轻工食品产业链营商环境测评会',
      periodFrom: `${today.slice(0, 7)}-01`,
      periodTo: today,
      departmentIds: [land.departmentId!, transport.departmentId!],
      scorerIds: [supervisor.id],
    });
    await this.evaluations.score(supervisor, evaluation.id, { departmentId: land.departmentId!, score: 88, comment: '专班服务,并联审批' });
    await this.evaluations.score(supervisor, evaluation.id, { departmentId: transport.departmentId!, score: 52, comment: '协办意见迟迟未给,企业反映物流通行证办理慢' });
    const closed = await this.evaluations.close(committee, evaluation.id);
    const orderId = closed.departments.find((d) => d.departmentId === transport.departmentId)!.rectificationId!;
    const attach = async (name: string, bytes: Buffer) =>
      this.rectifications.attach(transport, orderId, { ...(await this.staging.receive(Readable.from([bytes]), bytes.length)), originalName: name });
    const ledger = await attach('协办事项销号台账.txt', Buffer.from('1. 冷链仓库用地审批:协办意见限3个工作日内出具\n2. 物流通行证:推行网上办理,即办即结\n'));
    const notice = await attach('整改通知.pdf', noticePdf(['Rectification notice', 'District transport bureau', 'Assisting opinions within 3 working days; permits online.']));
    await this.rectifications.act(transport, orderId, 'report', {
      report: '已建立协办事项限时办结和销号台账制度,物流通行证改为网上办理、即办即结。',
      attachmentIds: [ledger.id, notice.id],
    });
  }
}

function toActor(user: UserEntity): Actor {
  return { id: user.id, username: user.username, role: user.role, chainId: user.chainId, enterpriseId: user.enterpriseId, departmentId: user.departmentId };
}
