/** GOV.UK skip link: the first focusable element, jumping past the header. */
export function SkipLink({ target = 'main-content' }: { readonly target?: string }) {
  return (
    <a href={`#${target}`} className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}
