// What the case procedures return as the in-process caller hands it to loaders (dates as Date;
// RouterOutputs describes the JSON wire form instead, with dates as strings).
import type { createCaller } from '@concord/api';

type Caller = ReturnType<typeof createCaller>;

export type CaseList = Awaited<ReturnType<Caller['case']['list']>>;
export type CaseListRow = CaseList['rows'][number];
export type CaseDetail = Awaited<ReturnType<Caller['case']['get']>>;
export type PossibleDuplicate = Awaited<
  ReturnType<Caller['case']['findPossibleDuplicates']>
>[number];
