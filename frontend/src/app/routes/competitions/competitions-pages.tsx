import { useParams } from 'react-router';

import { NotFoundResult } from '@/components/errors/not-found-result';
import { Certificates } from '@/features/competitions/components/certificates';
import { CompetitionDetail } from '@/features/competitions/components/competition-detail';
import { CompetitionsList } from '@/features/competitions/components/competitions-list';
import { toWorker } from '@/features/registry/paths';

/** 竞赛 at /competitions: the list and the calendar. */
export function CompetitionsPage() {
  return <CompetitionsList />;
}

function useCompetitionId(): number | undefined {
  const { id } = useParams();
  const competitionId = Number(id);
  return Number.isSafeInteger(competitionId) && competitionId > 0 ? competitionId : undefined;
}

/** 竞赛详情 at /competitions/:id; participants and winners link to the registry's worker record. */
export function CompetitionDetailPage() {
  const id = useCompetitionId();
  if (id === undefined) return <NotFoundResult />;
  return <CompetitionDetail key={id} id={id} workerLink={toWorker} />;
}

/** 获奖证书 at /competitions/:id/certificates: printable. */
export function CertificatesPage() {
  const id = useCompetitionId();
  if (id === undefined) return <NotFoundResult />;
  return <Certificates key={id} id={id} />;
}
