import type { Provider } from '../model/provider';

/** Ids of the checks made on delegated providers. */
export type ProviderRuleId = 'profit-making-wider-functions' | 'provider-not-serving-council';

/** A problem with a delegated provider. */
export type ProviderFlag = {
  readonly provider: string;
  readonly rule: ProviderRuleId;
  readonly message: string;
};

/**
 * Flags delegated providers that need attention:
 *
 * - `profit-making-wider-functions`: a profit-making provider holds the wider
 *   functions. The Children and Social Work Functions (Delegation)
 *   Regulations 2014 (SI 2014/2407) let those functions go only to
 *   not-for-profit bodies, because of privatisation and conflict-of-interest
 *   concerns; a profit-making company may set up a non-profit subsidiary to
 *   take them on. The rule does not cover the 2008 relevant care functions
 *   (CMA market study of children’s social care, https://www.gov.uk/cma-cases/childrens-social-care-study).
 * - `provider-not-serving-council`: the provider's list of councils leaves
 *   out the inspected council (one provider may serve several councils, each
 *   inspected separately; test/fixtures/docs/ilacs.md §1.1c).
 */
export function providerFlags(providers: readonly Provider[], laCode: string): ProviderFlag[] {
  const flags: ProviderFlag[] = [];
  for (const provider of providers) {
    if (provider.forProfit && provider.functions.includes('wider')) {
      flags.push({
        provider: provider.id,
        rule: 'profit-making-wider-functions',
        message: `${provider.name} is profit-making but holds the wider children's social care functions, which SI 2014/2407 allows only to not-for-profit bodies (a profit-making group may use a not-for-profit subsidiary).`,
      });
    }
    if (!provider.councils.includes(laCode)) {
      flags.push({
        provider: provider.id,
        rule: 'provider-not-serving-council',
        message: `${provider.name} is not recorded as serving this council (LA ${laCode}); it lists ${provider.councils.join(', ')}.`,
      });
    }
  }
  return flags;
}
