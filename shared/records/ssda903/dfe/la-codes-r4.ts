/**
 * English local authority codes (the DfE's three-digit LA numbers, as
 * published with Get Information about Schools,
 * https://www.get-information-schools.service.gov.uk/), for where a previous
 * permanence order was arranged (PrevPerm LA_PERM, DfE rule 633). An order
 * may be years old, so codes of councils since reorganised stay valid
 * (835 Dorset, 836 Poole, 837 Bournemouth, 909 Cumbria, 928
 * Northamptonshire) beside their successors (838 Dorset, 839 Bournemouth,
 * Christchurch and Poole, 940 North and 941 West Northamptonshire, 942
 * Cumberland, 943 Westmorland and Furness).
 */

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, at) => String(from + at));
}

/** Inner and outer London, and the metropolitan districts: consecutive runs of codes. */
const LONDON_AND_METROPOLITAN = [
  ...range(201, 213),
  ...range(301, 320),
  ...range(330, 336),
  ...range(340, 344),
  ...range(350, 359),
  ...range(370, 373),
  ...range(380, 384),
  ...range(390, 394),
];

/** The Isles of Scilly, the unitary authorities and the counties. */
const SHIRES_AND_UNITARIES = (
  '420 800 801 802 803 805 806 807 808 810 811 812 813 815 816 821 822 823 825 826 830 831 ' +
  '835 836 837 838 839 840 841 845 846 850 851 852 855 856 857 860 861 865 866 867 868 869 ' +
  '870 871 872 873 874 876 877 878 879 880 881 882 883 884 885 886 887 888 889 890 891 892 ' +
  '893 894 895 896 908 909 916 919 921 925 926 928 929 931 933 935 936 937 938 940 941 942 943'
).split(' ');

/**
 * Codes for an order arranged outside England (rule 633's own list: Wales,
 * Scotland, Northern Ireland, outside the UK), and 999, which the rule also
 * accepts.
 */
const OUTSIDE_ENGLAND = ['WAL', 'SCO', 'NIR', 'NUK', '999'];

/** Every LA_PERM value rule 633 accepts. */
export const LA_PERM_CODES: ReadonlySet<string> = new Set([
  ...LONDON_AND_METROPOLITAN,
  ...SHIRES_AND_UNITARIES,
  ...OUTSIDE_ENGLAND,
]);
