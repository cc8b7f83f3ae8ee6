// A realistic 12345 政务服务便民热线 export (the layout a district's hotline platform gives the 考核办 as .xlsx) for
// the ledger import's tests and e2e: its own headers and order, columns we do not import (处理状态, 回访结果…), 来电时间
// as a date-time, 办理时限 as a date cell, units by short or full name, phone numbers as numbers. Deterministic.
import ExcelJS from 'exceljs';

/** The hotline platform's headers, in its order. */
export const HOTLINE_HEADERS = [
  '序号',
  '工单编号',
  '来电时间',
  '诉求人',
  '联系电话',
  '诉求企业/单位名称',
  '统一社会信用代码',
  '诉求分类',
  '诉求标题',
  '诉求内容',
  '承办单位',
  '协办单位',
  '承办人',
  '办理时限',
  '处理状态',
  '回访结果',
] as const;
export type HotlineHeader = (typeof HOTLINE_HEADERS)[number];

const ENTERPRISES: [string, string | null][] = [
  ['泰和瑞丰精密机械有限公司', '91330100MA2H3K4L50'],
  ['泰和光电科技股份有限公司', '91330106MA27XL8Q2Y'],
  ['泰和绿源新材料有限公司', '91330100MA2CD7TB6G'],
  ['泰和安达物流有限公司', null],
  ['泰和华信软件技术有限公司', null],
  ['泰和康宁医疗器械有限公司', null],
];
const ASKS: { category: string; title: string; text: string; lead: string; assist: string }[] = [
  {
    category: '项目落地',
    title: '厂房施工许可办理进度咨询',
    text: '企业新建厂房项目已提交施工许可申请，询问审批进度及尚需补充的材料。',
    lead: '行政审批局',
    assist: '建设局',
  },
  {
    category: '环境改善',
    title: '园区道路夜间照明不足',
    text: '企业反映园区东路夜间路灯损坏较多，员工下夜班出行不便，请求尽快维修。',
    lead: '城管执法局',
    assist: '',
  },
  {
    category: '对企服务',
    title: '研发费用加计扣除政策咨询',
    text: '企业咨询研发费用加计扣除的适用范围和申报时间，希望有关部门上门辅导。',
    lead: '科创局',
    assist: '财金局',
  },
  { category: '双招双引', title: '高层次人才公寓申请', text: '企业新引进两名博士，咨询人才公寓申请条件及办理流程。', lead: '人社局', assist: '' },
  {
    category: '对企服务',
    title: '出口退税办理时间过长',
    text: '企业反映出口退税到账周期较长，影响资金周转，请求协调加快办理。',
    lead: '商务局',
    assist: '财金局',
  },
];
const STATES = ['已派单', '办理中', '已办结', '待回访'];

export interface HotlineOptions {
  rows: number;
  /** the hotline's 工单编号 prefix (a later export carries new numbers) */
  refPrefix?: string;
  /** 2026-03-02 + i days: the call date of row i */
  firstDay?: string;
  /** headers as another hotline version writes them (e.g. { 承办人: '经办人员' }) */
  rename?: Partial<Record<HotlineHeader, string>>;
  /** change one row's cells by header before writing (row index 0-based) */
  tweak?: (row: Record<HotlineHeader, unknown>, i: number) => void;
}

/** The export as a workbook buffer: one sheet 工单明细, header row 1, no meta sheet. */
export async function hotlineExport(opts: HotlineOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '12345政务服务便民热线';
  const ws = wb.addWorksheet('工单明细');
  ws.addRow(HOTLINE_HEADERS.map((h) => opts.rename?.[h] ?? h));
  const first = Date.parse(`${opts.firstDay ?? '2026-03-02'}T00:00:00Z`);
  for (let i = 0; i < opts.rows; i++) {
    const [enterprise, credit] = ENTERPRISES[i % ENTERPRISES.length]!;
    const ask = ASKS[i % ASKS.length]!;
    const called = new Date(first + i * 86_400_000 + (9 * 60 + ((i * 17) % 480)) * 60_000);
    const row: Record<HotlineHeader, unknown> = {
      序号: i + 1,
      工单编号: `${opts.refPrefix ?? 'RX2026'}${String(30_000 + i).padStart(6, '0')}`,
      来电时间: called.toISOString().slice(0, 19).replace('T', ' '),
      诉求人: ['张先生', '李女士', '王经理', '赵主任'][i % 4],
      联系电话: 13_800_000_000 + i * 7919,
      '诉求企业/单位名称': enterprise,
      统一社会信用代码: credit,
      诉求分类: ask.category,
      诉求标题: ask.title,
      诉求内容: ask.text,
      承办单位: ask.lead,
      协办单位: ask.assist || null,
      承办人: ['陈思雨', '李晓峰', '郭晓婷', '马骁'][i % 4],
      办理时限: new Date(Date.UTC(called.getUTCFullYear(), called.getUTCMonth(), called.getUTCDate() + 15)),
      处理状态: STATES[i % STATES.length],
      回访结果: i % 3 === 0 ? '满意' : null,
    };
    opts.tweak?.(row, i);
    ws.addRow(HOTLINE_HEADERS.map((h) => row[h] ?? null));
  }
  ws.getColumn(14).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
