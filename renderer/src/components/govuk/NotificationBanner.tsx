import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * GOV.UK notification banner (https://design-system.service.gov.uk/components/notification-banner/).
 * A success banner is announced as an alert and takes focus when it appears,
 * as govuk-frontend's own banner does, so the person who just saved sees and
 * hears the outcome wherever the form was on the page. Give it a new `key`
 * for each save so a second save focuses it again.
 */
export function NotificationBanner({
  title,
  success = false,
  focus = success,
  children,
}: {
  readonly title: string;
  readonly success?: boolean;
  /** Take focus on appearing (default: for a success banner). */
  readonly focus?: boolean;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focus]);
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      tabIndex={focus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
