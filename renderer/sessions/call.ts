/** The sessions screens' contract calls: the one shared hook (renderer/ui/useCall.ts). */
export { useCall, type Outcome } from '../ui/useCall';
