import type { ChainLink } from '../../../../shared/conflicts';

/** The chain from a setting to a delegated provider, each step with its source. */
export function EvidenceChain({ chain }: { readonly chain: readonly ChainLink[] }) {
  return (
    <ol className="govuk-list govuk-list--number">
      {chain.map((link, index) => (
        <li key={index}>
          {link.from} → {link.to}: {link.via}{' '}
          <span className="govuk-hint govuk-!-display-inline">
            ({link.source.file}
            {link.source.date === null ? '' : `, ${link.source.date}`})
          </span>
        </li>
      ))}
    </ol>
  );
}
