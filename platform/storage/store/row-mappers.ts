import type {
  CaseRecord,
  HistoryEvent,
  PersonIdentifier,
  PersonRecord,
  SubmissionRecord,
  TaskRecord,
} from '../../cases/records.js';
import type { JsonObject } from '../../kernel/json.js';
import type { cases, events, persons, submissions, tasks } from '../schema/index.js';

export function toPerson(
  row: typeof persons.$inferSelect,
  identifiers: readonly PersonIdentifier[],
): PersonRecord {
  return {
    id: row.id,
    siteId: row.siteId,
    data: row.data,
    displayName: row.displayName,
    birthDate: row.birthDate,
    sex: row.sex,
    language: row.language,
    identifiers,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function toCase(row: typeof cases.$inferSelect): CaseRecord {
  return { ...row, status: row.status, facts: row.facts as JsonObject, workflow: row.workflow as JsonObject };
}

export function toSubmission(row: typeof submissions.$inferSelect): SubmissionRecord {
  return { ...row };
}

export function toTask(row: typeof tasks.$inferSelect): TaskRecord {
  return { ...row, status: row.status as TaskRecord['status'] };
}

export function toHistoryEvent(row: typeof events.$inferSelect): HistoryEvent {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    actorUserId: row.actorUserId,
    actorPartner: row.actorPartner,
    at: row.at,
    payload: row.payload as JsonObject,
    visibility: row.visibility ?? null,
  };
}
