import { useEffect, useState } from 'react';
import { WarningText } from '../../components/govuk/WarningText';
import { forgetOpenNotice, openNoticeFor } from './open-notice';

/** The notice left by opening the inspection's bundle (it was not encrypted), shown once. */
export function OpenNotice({ inspectionId }: { readonly inspectionId: string }) {
  const [notice] = useState(() => openNoticeFor(inspectionId));
  useEffect(() => {
    forgetOpenNotice(inspectionId);
  }, [inspectionId]);
  return notice === undefined ? null : <WarningText>{notice}</WarningText>;
}
