/**
 * Says that the evidence was saved, in a polite live region that is always
 * on the page (a region added with its message is often not announced), so
 * the message is read after the text box that focus returns to. It sits just
 * above that box, where the eye is after saving. Styled as a
 * GOV.UK success notification banner
 * (https://design-system.service.gov.uk/components/notification-banner/).
 */
export function SavedStatus({ message }: { readonly message: string | undefined }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {message === undefined ? null : (
        <div
          id="evidence-saved"
          className="govuk-notification-banner govuk-notification-banner--success"
          aria-labelledby="evidence-saved-title"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="evidence-saved-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}
