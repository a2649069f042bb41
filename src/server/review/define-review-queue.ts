import { and, asc, count, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { type Actor, defineLifecycle } from '../lifecycle/define-lifecycle.ts';
import { recordAudit } from '../modules/audit/index.ts';
import { recordEvent } from '../outbox/events.ts';
import {
  type ReviewCase,
  type ReviewDecision,
  type ReviewReason,
  reviewCases,
  reviewDecisions,
  type SubmitterKind,
} from './schema.ts';

/** Who sent the case in. */
export interface Submitter {
  kind: SubmitterKind;
  id: string;
}

/** A case to put in the queue (or to reopen, when its subject was sent back and comes again). */
export interface NewCase {
  subjectId: string;
  submitter: Submitter;
  /** The queue's own filter besides the status (a verification's `personal` or `enterprise`). */
  kind?: string | null;
  /** What the reviewers' search should find the case by: names, numbers, contacts. */
  searchText: string;
  /** What was submitted, as the reviewer will decide on it; kept with every decision. */
  snapshot: Record<string, unknown>;
  at: Date;
}

export interface QueueFilter<S extends string> {
  status?: S | undefined;
  kind?: string | undefined;
  /** Part of the case's search text. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

export interface QueuePage<S extends string> {
  items: ReviewCase[];
  /** Cases matching the filter. */
  total: number;
  /** Cases per status under the same kind and search (the status tabs' and menu's badges). */
  counts: Record<S, number>;
}

export interface DecisionRequest<D extends string> {
  subjectId: string;
  decision: D;
  reasons: ReviewReason[];
  note: string | null;
  operatorId: string;
  ip: string | null;
  now: Date;
  /** Language of the refusals the queue's hooks give. */
  locale: Locale;
}

/** What a queue's hooks are told about a decision being made. */
export interface DecisionContext<S extends string, D extends string> {
  reviewCase: ReviewCase & { status: S };
  decision: D;
  from: S;
  to: S;
  reasons: ReviewReason[];
  note: string | null;
  /** The note, or else the reason codes: the reason recorded with the status move. */
  reasonText: string | null;
  operatorId: string;
  at: Date;
  locale: Locale;
}

/** …and once it is made. */
export interface DecidedContext<S extends string, D extends string> extends DecisionContext<S, D> {
  decided: ReviewCase & { status: S };
  decisionId: string;
}

export interface ReviewQueueConfig<S extends string, D extends string> {
  /** Stored with each case; also names the cases' status history (`review.<name>`). */
  name: string;
  /** The cases' lifecycle, run by the lifecycle kernel. */
  transitions: Record<S, readonly S[]>;
  /** Where a new or reopened case starts. */
  openStatus: S;
  /** Each decision code and the status it moves the case to. */
  decisions: Record<D, S>;
  codes: {
    /** No case for this subject. */
    notFound: string;
    /** A move the lifecycle does not allow (a second decision on a decided case). */
    refused: string;
  };
  /** The audit entry: action `<targetType>.<new status>`, target the subject. */
  audit: { targetType: string };
  /** The queue's own rules: its reasons, its side effects, its notice and event. */
  hooks?: {
    /** Normalise and check the reasons and note (throw to refuse); returns what is stored. */
    checkDecision?(
      tx: Executor,
      context: DecisionContext<S, D>,
    ): Promise<{ reasons: ReviewReason[]; note: string | null }>;
    /** The owning module's side of the decision (its own rows), in the same transaction. */
    apply?(tx: Executor, context: DecisionContext<S, D>): Promise<void>;
    /** Queue the submitter's notification. */
    notify?(tx: Executor, context: DecidedContext<S, D>): Promise<void>;
    /** The domain event to record, if any; its key is made from the decision. */
    event?(context: DecidedContext<S, D>): { topic: string; data: Record<string, unknown> } | null;
  };
}

export interface ReviewQueue<S extends string, D extends string> {
  readonly name: string;
  enqueue(tx: Executor, input: NewCase): Promise<ReviewCase & { status: S }>;
  list(db: Executor, filter: QueueFilter<S>): Promise<QueuePage<S>>;
  counts(db: Executor): Promise<Record<S, number>>;
  findBySubject(
    db: Executor,
    subjectId: string,
    options?: { forUpdate?: boolean },
  ): Promise<(ReviewCase & { status: S }) | null>;
  /**
   * Decides a case, in ONE transaction (the caller's): the case is locked, moved through its
   * lifecycle (any other move is refused with `codes.refused`), the decision is stored with the
   * snapshot it was made on, audited, notified through the queue's hook, and its event recorded.
   */
  decide(
    tx: Executor,
    request: DecisionRequest<D>,
  ): Promise<{ reviewCase: ReviewCase & { status: S }; decision: ReviewDecision }>;
  /** The search text of the subject's case changed (say, the submitter's contacts did). */
  updateSearchText(tx: Executor, subjectId: string, searchText: string): Promise<void>;
  /**
   * What the subject's case is about changed without a new submission (an operator acts on a
   * subject as it is now, e.g. takes down a product edited since its last review): the case keeps
   * its status, and the next decision is stored with this snapshot.
   */
  refreshSnapshot(
    tx: Executor,
    subjectId: string,
    update: { snapshot: Record<string, unknown>; searchText: string; at: Date },
  ): Promise<void>;
  /** Every decision on the subject's case, oldest first. */
  decisions(db: Executor, subjectId: string): Promise<ReviewDecision[]>;
  /** The snapshot of a decision on the subject's case that contains `part` (JSON containment). */
  decidedSnapshotContaining(
    db: Executor,
    subjectId: string,
    part: Record<string, unknown>,
  ): Promise<unknown | null>;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const submitterActor = (submitter: Submitter): Actor =>
  submitter.kind === 'merchant'
    ? { kind: 'merchant', id: submitter.id }
    : // status_history has no buyer actor yet: the first buyer-submitted queue adds one.
      { kind: 'system', id: `buyer:${submitter.id}` };

/** Queue names in use: two queues under one name would share each other's cases. */
const definedQueues = new Set<string>();

/**
 * One review queue over the shared case and decision tables: a new queue is one call, no table
 * and no migration. The owning module keeps its rules (its snapshot, reasons, side effects,
 * notice and event) and passes them in as hooks.
 */
export function defineReviewQueue<S extends string, D extends string>(
  config: ReviewQueueConfig<S, D>,
): ReviewQueue<S, D> {
  const { name } = config;
  if (definedQueues.has(name)) throw new Error(`review queue ${name} is defined twice`);
  definedQueues.add(name);
  const hooks = config.hooks ?? {};
  const statuses = Object.keys(config.transitions) as S[];
  const lifecycle = defineLifecycle<S, typeof reviewCases>(`review.${name}`, {
    table: reviewCases,
    transitions: config.transitions,
    refusedCode: config.codes.refused,
  });
  type Case = ReviewCase & { status: S };

  const findBySubject: ReviewQueue<S, D>['findBySubject'] = async (db, subjectId, options) => {
    const query = db
      .select()
      .from(reviewCases)
      .where(and(eq(reviewCases.queue, name), eq(reviewCases.subjectId, subjectId)));
    const [found] = options?.forUpdate ? await query.for('update') : await query;
    return (found as Case | undefined) ?? null;
  };

  const countsWhere = async (db: Executor, where: SQL | undefined) => {
    const rows = await db
      .select({ status: reviewCases.status, value: count() })
      .from(reviewCases)
      .where(where)
      .groupBy(reviewCases.status);
    const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<S, number>;
    for (const row of rows) {
      if (row.status in counts) counts[row.status as S] = row.value;
    }
    return counts;
  };

  return {
    name,
    findBySubject,

    async enqueue(tx, input) {
      const values = {
        submitterKind: input.submitter.kind,
        submitterId: input.submitter.id,
        kind: input.kind ?? null,
        searchText: input.searchText,
        snapshot: input.snapshot,
        submittedAt: input.at,
        decidedAt: null,
        updatedAt: input.at,
      };
      const actor = submitterActor(input.submitter);
      const existing = await findBySubject(tx, input.subjectId, { forUpdate: true });
      if (existing) {
        return (await lifecycle.transition(tx, {
          id: existing.id,
          from: existing.status,
          to: config.openStatus,
          actor,
          reason: 'resubmitted',
          at: input.at,
          set: values,
        })) as Case;
      }
      const [created] = await tx
        .insert(reviewCases)
        .values({
          ...values,
          queue: name,
          subjectId: input.subjectId,
          status: config.openStatus,
          createdAt: input.at,
        })
        .returning();
      if (!created) throw new Error('review case insert returned nothing');
      await lifecycle.record(tx, {
        id: created.id,
        from: null,
        to: config.openStatus,
        actor,
        at: input.at,
      });
      return created as Case;
    },

    async list(db, filter) {
      const shared: SQL[] = [eq(reviewCases.queue, name)];
      if (filter.kind) shared.push(eq(reviewCases.kind, filter.kind));
      const q = filter.q?.trim();
      if (q) shared.push(ilike(reviewCases.searchText, `%${escapeLike(q)}%`));
      const where = and(
        ...shared,
        filter.status ? eq(reviewCases.status, filter.status) : undefined,
      );
      // Pending is worked oldest first (first in, first reviewed); any other listing newest first.
      const order =
        filter.status === config.openStatus
          ? [asc(reviewCases.submittedAt), asc(reviewCases.id)]
          : [desc(reviewCases.submittedAt), desc(reviewCases.id)];
      // One after the other: db may be a transaction, whose one connection runs one at a time.
      const items = await db
        .select()
        .from(reviewCases)
        .where(where)
        .orderBy(...order)
        .limit(filter.limit)
        .offset(filter.offset);
      const counts = await countsWhere(db, and(...shared));
      const total = filter.status
        ? counts[filter.status]
        : Object.values<number>(counts).reduce((sum, value) => sum + value, 0);
      return { items, total, counts };
    },

    counts: (db) => countsWhere(db, eq(reviewCases.queue, name)),

    async decide(tx, request) {
      const current = await findBySubject(tx, request.subjectId, { forUpdate: true });
      if (!current) throw new AppError(config.codes.notFound);
      const to = config.decisions[request.decision];
      const base = {
        reviewCase: current,
        decision: request.decision,
        from: current.status,
        to,
        operatorId: request.operatorId,
        at: request.now,
        locale: request.locale,
      };
      const checked = hooks.checkDecision
        ? await hooks.checkDecision(tx, {
            ...base,
            reasons: request.reasons,
            note: request.note,
            reasonText: null,
          })
        : { reasons: request.reasons, note: request.note?.trim() || null };
      const context: DecisionContext<S, D> = {
        ...base,
        ...checked,
        reasonText:
          checked.note ?? (checked.reasons.map((reason) => reason.code).join(', ') || null),
      };
      lifecycle.assert(current.status, to);
      await hooks.apply?.(tx, context);
      const decided = (await lifecycle.transition(tx, {
        id: current.id,
        from: current.status,
        to,
        actor: { kind: 'operator', id: request.operatorId },
        reason: context.reasonText,
        at: request.now,
        set: { decidedAt: request.now, updatedAt: request.now },
      })) as Case;
      // The case is locked, so the count is the rounds so far.
      const [rounds] = await tx
        .select({ value: count() })
        .from(reviewDecisions)
        .where(eq(reviewDecisions.caseId, current.id));
      const [decision] = await tx
        .insert(reviewDecisions)
        .values({
          caseId: current.id,
          round: (rounds?.value ?? 0) + 1,
          decision: request.decision,
          statusBefore: current.status,
          statusAfter: to,
          reasons: context.reasons,
          note: context.note,
          operatorId: request.operatorId,
          snapshot: current.snapshot,
          decidedAt: request.now,
        })
        .returning();
      if (!decision) throw new Error('review decision insert returned nothing');

      await recordAudit(tx, {
        actor: request.operatorId,
        action: `${config.audit.targetType}.${to}`,
        target: { type: config.audit.targetType, id: current.subjectId },
        before: { status: current.status },
        after: { status: to, reasons: context.reasons, note: context.note },
        ip: request.ip,
        at: request.now,
      });
      const done: DecidedContext<S, D> = { ...context, decided, decisionId: decision.id };
      await hooks.notify?.(tx, done);
      const event = hooks.event?.(done);
      if (event) {
        await recordEvent(tx, {
          topic: event.topic,
          key: `${event.topic}:${decision.id}`,
          occurredAt: request.now,
          data: event.data,
        });
      }
      return { reviewCase: decided, decision };
    },

    async updateSearchText(tx, subjectId, searchText) {
      await tx
        .update(reviewCases)
        .set({ searchText })
        .where(and(eq(reviewCases.queue, name), eq(reviewCases.subjectId, subjectId)));
    },

    async refreshSnapshot(tx, subjectId, update) {
      await tx
        .update(reviewCases)
        .set({ snapshot: update.snapshot, searchText: update.searchText, updatedAt: update.at })
        .where(and(eq(reviewCases.queue, name), eq(reviewCases.subjectId, subjectId)));
    },

    async decisions(db, subjectId) {
      const rows = await db
        .select({ decision: reviewDecisions })
        .from(reviewDecisions)
        .innerJoin(reviewCases, eq(reviewCases.id, reviewDecisions.caseId))
        .where(and(eq(reviewCases.queue, name), eq(reviewCases.subjectId, subjectId)))
        .orderBy(asc(reviewDecisions.round));
      return rows.map((row) => row.decision);
    },

    async decidedSnapshotContaining(db, subjectId, part) {
      const [row] = await db
        .select({ snapshot: reviewDecisions.snapshot })
        .from(reviewDecisions)
        .innerJoin(reviewCases, eq(reviewCases.id, reviewDecisions.caseId))
        .where(
          and(
            eq(reviewCases.queue, name),
            eq(reviewCases.subjectId, subjectId),
            sql`${reviewDecisions.snapshot} @> ${JSON.stringify(part)}::jsonb`,
          ),
        )
        .limit(1);
      return row?.snapshot ?? null;
    },
  };
}
