import type { ReactNode } from 'react';

/**
 * GOV.UK notification banner (https://design-system.service.gov.uk/components/notification-banner/).
 * A success banner is announced as an alert, as the Design System advises.
 */
export function NotificationBanner({
  title,
  success = false,
  children,
}: {
  readonly title: string;
  readonly success?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="notification-banner-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notification-banner-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
