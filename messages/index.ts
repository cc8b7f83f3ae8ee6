// All UI strings, one file per feature and language, merged into next-intl's message tree.
// A feature's file holds its own top-level namespace(s); tests keep zh-CN and en identical.
import enAccount from './en/account.json';
import enExcelImport from './en/excel-import.json';
import enLedgerImport from './en/ledger-import.json';
import enActualsImport from './en/actuals-import.json';
import enArena from './en/arena.json';
import enAudit from './en/audit.json';
import enAuditChain from './en/audit-chain.json';
import enAuditAnchors from './en/audit-anchors.json';
import enArenaPrep from './en/arena-prep.json';
import enCore from './en/core.json';
import enDraftPreview from './en/draft-preview.json';
import enPassword from './en/password.json';
import enProblems from './en/problems.json';
import enLedger from './en/ledger.json';
import enProblemFlow from './en/problem-flow.json';
import enProblemBoard from './en/problem-board.json';
import enLeaderboard from './en/leaderboard.json';
import enAdjustments from './en/adjustments.json';
import enMeasures from './en/measures.json';
import enReportCard from './en/reportcard.json';
import enReview from './en/review.json';
import enSetup from './en/setup.json';
import enSettings from './en/settings.json';
import enSignInGuard from './en/sign-in-guard.json';
import enShell from './en/shell.json';
import enSubmission from './en/submission.json';
import enHttp from './en/http.json';
import enEvidence from './en/evidence.json';
import enSecUi from './en/sec-ui.json';
import enNotifyChannels from './en/notify-channels.json';
import enNotifications from './en/notifications.json';
import zhAccount from './zh-CN/account.json';
import zhExcelImport from './zh-CN/excel-import.json';
import zhLedgerImport from './zh-CN/ledger-import.json';
import zhActualsImport from './zh-CN/actuals-import.json';
import zhArena from './zh-CN/arena.json';
import zhAudit from './zh-CN/audit.json';
import zhAuditChain from './zh-CN/audit-chain.json';
import zhAuditAnchors from './zh-CN/audit-anchors.json';
import zhArenaPrep from './zh-CN/arena-prep.json';
import zhCore from './zh-CN/core.json';
import zhDraftPreview from './zh-CN/draft-preview.json';
import zhPassword from './zh-CN/password.json';
import zhProblems from './zh-CN/problems.json';
import zhLedger from './zh-CN/ledger.json';
import zhProblemFlow from './zh-CN/problem-flow.json';
import zhProblemBoard from './zh-CN/problem-board.json';
import zhLeaderboard from './zh-CN/leaderboard.json';
import zhAdjustments from './zh-CN/adjustments.json';
import zhMeasures from './zh-CN/measures.json';
import zhReportCard from './zh-CN/reportcard.json';
import zhReview from './zh-CN/review.json';
import zhSetup from './zh-CN/setup.json';
import zhSettings from './zh-CN/settings.json';
import zhSignInGuard from './zh-CN/sign-in-guard.json';
import zhShell from './zh-CN/shell.json';
import zhSubmission from './zh-CN/submission.json';
import zhHttp from './zh-CN/http.json';
import zhEvidence from './zh-CN/evidence.json';
import zhSecUi from './zh-CN/sec-ui.json';
import zhNotifyChannels from './zh-CN/notify-channels.json';
import zhNotifications from './zh-CN/notifications.json';

export const messages = {
  'zh-CN': {
    ...zhCore,
    ...zhSetup,
    ...zhSettings,
    ...zhShell,
    ...zhSubmission,
    ...zhReview,
    ...zhMeasures,
    ...zhLeaderboard,
    ...zhReportCard,
    ...zhAdjustments,
    ...zhArena,
    ...zhArenaPrep,
    ...zhAudit,
    ...zhAuditChain,
    ...zhAuditAnchors,
    ...zhDraftPreview,
    ...zhProblems,
    ...zhLedger,
    ...zhProblemFlow,
    ...zhProblemBoard,
    ...zhHttp,
    ...zhPassword,
    ...zhSignInGuard,
    ...zhAccount,
    ...zhEvidence,
    ...zhExcelImport,
    ...zhLedgerImport,
    ...zhActualsImport,
    ...zhSecUi,
    ...zhNotifyChannels,
    ...zhNotifications,
  },
  en: {
    ...enCore,
    ...enSetup,
    ...enSettings,
    ...enShell,
    ...enSubmission,
    ...enReview,
    ...enMeasures,
    ...enLeaderboard,
    ...enReportCard,
    ...enAdjustments,
    ...enArena,
    ...enArenaPrep,
    ...enAudit,
    ...enAuditChain,
    ...enAuditAnchors,
    ...enDraftPreview,
    ...enProblems,
    ...enLedger,
    ...enProblemFlow,
    ...enProblemBoard,
    ...enHttp,
    ...enPassword,
    ...enSignInGuard,
    ...enAccount,
    ...enEvidence,
    ...enExcelImport,
    ...enLedgerImport,
    ...enActualsImport,
    ...enSecUi,
    ...enNotifyChannels,
    ...enNotifications,
  },
} as const;

export type Messages = (typeof messages)['zh-CN'];
