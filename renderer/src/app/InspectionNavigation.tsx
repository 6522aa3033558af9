import { ServiceNavigation } from '../components/govuk/ServiceNavigation';
import { hrefFor, type InspectionScreen, type Route } from './router';

const screens: readonly { readonly name: 'overview' | InspectionScreen; readonly text: string }[] =
  [
    { name: 'overview', text: 'Overview' },
    { name: 'providers', text: 'Providers' },
    { name: 'records', text: 'Records' },
    { name: 'indicators', text: 'Indicators' },
    { name: 'evidence', text: 'Evidence' },
    { name: 'judgements', text: 'Judgements' },
    { name: 'conflicts', text: 'Conflicts' },
    { name: 'report', text: 'Report' },
  ];

/** The open inspection's screens, shown under the header on every one of them. */
export function InspectionNavigation({ route }: { readonly route: Route }) {
  if (!('inspectionId' in route)) return null;
  const { inspectionId } = route;
  return (
    <ServiceNavigation
      label="This inspection"
      items={screens.map((screen) => ({
        text: screen.text,
        href: hrefFor({ name: screen.name, inspectionId }),
        current: route.name === screen.name,
      }))}
    />
  );
}
