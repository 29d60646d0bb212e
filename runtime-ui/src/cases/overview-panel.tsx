import { ApprovalsCard } from './approvals-card.js';
import { NextSteps } from './next-steps.js';
import { StatusCard } from './status-card.js';
import { TasksCard } from './tasks-card.js';

/** What to do next on the case: stage moves, tasks, approvals and its status. */
export function OverviewPanel() {
  return (
    <div className="panel-grid">
      <div className="panel-main">
        <NextSteps />
        <TasksCard />
      </div>
      <div className="panel-side">
        <ApprovalsCard />
        <StatusCard />
      </div>
    </div>
  );
}
