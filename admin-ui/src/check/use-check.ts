import { useCallback, useEffect, useState } from 'react';
import type { CheckReport, TestRun } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';

/** What the check and the tests say about the drafts, and whether they can be published. */
export type CheckState = {
  readonly check: CheckReport | undefined;
  readonly test: TestRun | undefined;
  readonly running: boolean;
  readonly error: unknown;
  /** No checker error, every test passes, and the drafts change something. */
  readonly publishable: boolean;
  run(): Promise<void>;
};

/** Runs `…/admin/check` and `…/admin/test` (on mount, and on demand). */
export function useCheck(): CheckState {
  const site = useAdminSite();
  const [check, setCheck] = useState<CheckReport>();
  const [test, setTest] = useState<TestRun>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();
  const { api } = site;
  const run = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      const [c, t] = await Promise.all([api.check(), api.test()]);
      setCheck(c);
      setTest(t);
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  }, [api]);
  useEffect(() => {
    void run();
  }, [run]);
  const publishable = check?.ok === true && check.changed && test?.ok === true && test.failures.length === 0;
  return { check, test, running, error, publishable, run };
}
