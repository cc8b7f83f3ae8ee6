// 抽签 on the preparation page: the seed in force (large, so it can be read out), whether the order is still the
// drawn one, the method in plain words (the technical recipe behind a details toggle), and every draw the audit log holds, each re-checked here from its seed.
import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { drawCodes } from '@/lib/arena/draw';
import type { ArenaPrepView } from '@/lib/arena/types';
import { DrawButton } from './order-editor';
import { formatters } from '@/components/ui/format';

/** The record of the draw in force: the newest one with its seed. */
const currentRecord = (prep: ArenaPrepView) => (prep.draw ? [...prep.draws].reverse().find((d) => d.seed === prep.draw?.seed) : undefined);

async function dateFormat() {
  const format = await getFormatter();
  return (iso: string) => formatters(format).timestamp(new Date(iso));
}

/** The seed in force with time, actor and whether the order still is the drawn one; the 抽签 button. */
export async function DrawStatus({ prep }: { prep: ArenaPrepView }) {
  const t = await getTranslations('arenaPrep.draw');
  const at = await dateFormat();
  const { draw, draws, arena } = prep;
  const current = currentRecord(prep);
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4" data-testid="draw-status">
      <div className="flex flex-wrap items-start justify-between gap-3">
        {draw ? (
          <div className="min-w-0">
            <div className="text-xs text-slate-500">{t('seed')}</div>
            <div className="break-all font-mono text-2xl font-bold tracking-wider text-slate-900" data-testid="draw-seed">
              {draw.seed}
            </div>
            <div className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
              <span className="tabular" data-testid="draw-at">
                {t('drawnAt', { at: at(draw.drawnAt) })}
              </span>
              {current && <span>{t('drawnBy', { name: current.actorName })}</span>}
            </div>
            <p
              className={`mt-2 text-sm ${draw.orderMatchesDraw ? 'text-green-700' : 'text-amber-700'}`}
              data-testid="draw-match"
              data-matches={draw.orderMatchesDraw}
            >
              {draw.orderMatchesDraw ? `✓ ${t('matches')}` : `! ${t('mismatch')}`}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-600" data-testid="draw-none">
            {draws.length > 0 ? t('voided') : t('noDraw')}
          </p>
        )}
        {prep.editable && <DrawButton arenaId={arena.id} drawnBefore={draws.length > 0 || draw !== null} disabled={prep.participants.length === 0} />}
      </div>
    </div>
  );
}

/** The recipe to recompute an order from its seed, and every draw of the audit log re-checked with it. */
export async function DrawHistory({ prep, unitLabel }: { prep: ArenaPrepView; unitLabel: (code: string) => string }) {
  const t = await getTranslations('arenaPrep.draw');
  const at = await dateFormat();
  const { draw, draws } = prep;
  const current = currentRecord(prep);
  return (
    <div className="space-y-4">
      <div className="text-sm text-slate-700">
        <h3 className="mb-1 text-sm font-semibold text-slate-700">{t('howTitle')}</h3>
        <p data-testid="draw-explained">{t('how')}</p>
        <details className="mt-2 text-xs text-slate-600" data-testid="draw-recipe">
          <summary className="cursor-pointer text-slate-600">{t('recipe')}</summary>
          <p className="mb-1 mt-2">{t('recipeHint')}</p>
          <p className="rounded-md border border-slate-200 bg-white p-2 leading-relaxed">{prep.drawRecipe}</p>
        </details>
      </div>

      <div>
        <h3 className="mb-1 text-sm font-semibold text-slate-700">{t('history')}</h3>
        {draws.length === 0 ? (
          <p className="text-sm text-slate-500">{t('historyEmpty')}</p>
        ) : (
          <DataTable
            testId="draw-history"
            minWidth="min-w-[680px]"
            columns={[
              { label: t('colNo') },
              { label: t('colSeed') },
              { label: t('colAt') },
              { label: t('colBy') },
              { label: t('colOrder') },
              { label: t('colCheck') },
            ]}
          >
            {draws.map((d, i) => {
              const verified = d.order.length > 0 && drawCodes(d.order, d.seed).join(',') === d.order.join(',');
              const inForce = draw !== null && d === current;
              return (
                <tr key={`${d.at}-${i}`} className={`align-top ${inForce ? 'bg-green-50/60' : ''}`} data-testid="draw-record" data-seed={d.seed}>
                  <td className="tabular py-2 pr-3">{i + 1}</td>
                  <td className="py-2 pr-3">
                    <span className="font-mono font-semibold">{d.seed}</span>
                    <span className="mt-0.5 flex flex-wrap gap-1">
                      <span className={`rounded px-1.5 py-0.5 text-xs ${d.redraw ? 'bg-amber-100 text-amber-800' : 'bg-slate-100 text-slate-600'}`}>
                        {d.redraw ? t('redrawBadge') : t('first')}
                      </span>
                      {inForce && <span className="rounded bg-green-600 px-1.5 py-0.5 text-xs text-white">{t('current')}</span>}
                    </span>
                  </td>
                  <td className="tabular whitespace-nowrap py-2 pr-3">{at(d.at)}</td>
                  <td className="whitespace-nowrap py-2 pr-3">{d.actorName}</td>
                  <td className="py-2 pr-3">
                    <ol className="flex flex-wrap gap-x-2 gap-y-0.5 text-xs">
                      {d.order.map((code, k) => (
                        <li key={code} title={code}>
                          <span className="tabular text-slate-400">{k + 1}.</span> {unitLabel(code)}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td
                    className={`whitespace-nowrap py-2 text-xs font-medium ${verified ? 'text-green-700' : 'text-red-600'}`}
                    data-testid="draw-verified"
                    data-ok={verified}
                  >
                    {verified ? `✓ ${t('verified')}` : `✗ ${t('verifyFailed')}`}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </div>
    </div>
  );
}
