import { ErrorSummary } from '../components/govuk/ErrorSummary';
import { SummaryList } from '../components/govuk/SummaryList';
import { useAppInfo } from './use-app-info';

/** Shows which copy of the app this is and where its data is kept. */
export function AboutThisCopy() {
  const state = useAppInfo();
  if (state.status === 'loading') return <p className="govuk-body">Loading…</p>;
  if (state.status === 'failed') return <ErrorSummary errors={[{ text: state.error.message }]} />;
  const { info } = state;
  return (
    <SummaryList
      rows={[
        { key: 'Version', value: info.version },
        { key: 'Running in', value: info.host === 'electron' ? 'Desktop app' : 'Web browser' },
        { key: 'Where your data is kept', value: info.dataLocation },
      ]}
    />
  );
}
