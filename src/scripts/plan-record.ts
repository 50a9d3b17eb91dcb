import { defineRecordType } from './personal-data';
import { checkPlan, type PlanData } from './plan-model';

/**
 * The My plan record: one per reader (`networking-guide:plan`), shared by both languages, in the
 * backup's `plan` section. Its schema is `checkPlan`, written by hand rather than with zod/mini:
 * the plan is one record of plain strings and lists, and zod would add about 6 KB gzip to a page
 * whose script budget is 15 KB.
 *
 * - Version 1: PlanData (plan-model.ts).
 */
export const planType = defineRecordType<PlanData>({
  tool: 'plan',
  name: 'plan',
  version: 1,
  singleton: true,
  schema: {
    '~standard': {
      version: 1,
      vendor: 'networking-guide',
      validate: (value) => {
        const checked = checkPlan(value);
        return checked.ok ? { value: checked.plan } : { issues: [{ message: 'Not a My plan value of version 1', path: checked.field ? checked.field.split('.') : [] }] };
      },
    },
  },
});
