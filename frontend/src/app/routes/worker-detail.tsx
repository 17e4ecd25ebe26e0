import { useParams } from 'react-router';

import { NotFoundResult } from '@/components/errors/not-found-result';
import { WorkerDetail } from '@/features/registry/components/worker-detail';

/** 工人详情 at /registry/workers/:id. */
export function WorkerDetailPage() {
  const { id } = useParams();
  const workerId = Number(id);
  if (!Number.isSafeInteger(workerId) || workerId <= 0) return <NotFoundResult />;
  return <WorkerDetail key={workerId} id={workerId} />;
}
