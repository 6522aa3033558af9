/** GOV.UK back link. */
export function BackLink({ href, children }: { readonly href: string; readonly children: string }) {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}
