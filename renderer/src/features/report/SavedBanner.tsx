import { useState } from 'react';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';

/** A saved message and its serial, so each save mounts a fresh banner. */
export type Saved = { readonly message: string; readonly serial: number };

/**
 * The success message of the last save, shown in a GOV.UK success banner
 * that takes focus; every save bumps the serial, so a second save with the
 * same words still moves focus to it
 * (https://design-system.service.gov.uk/components/notification-banner/).
 */
export function useSaved() {
  const [saved, setSaved] = useState<Saved | undefined>();
  return {
    saved,
    show: (message: string) => setSaved((last) => ({ message, serial: (last?.serial ?? 0) + 1 })),
    clear: () => setSaved(undefined),
  };
}

/** The banner for {@link useSaved}'s last save, if any. */
export function SavedBanner({ saved }: { readonly saved: Saved | undefined }) {
  if (saved === undefined) return null;
  return (
    <NotificationBanner key={saved.serial} title="Success" success>
      <p className="govuk-notification-banner__heading">{saved.message}</p>
    </NotificationBanner>
  );
}
