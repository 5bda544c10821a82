#pragma once

namespace certdesk::bench {

// certdesk-bench renew [--managed N] [--due D] [--repeat R]
// The renewal engine at scale. Requests N managed certificates from a P-256 private CA (P-256
// keys, 90 days) into a fresh inventory, then moves the clock so that D of them are due (their
// renewal windows were set to fall due) and prints, per round:
//   due()       the time to find the D due certificates among N (index look-up: flat in N);
//   renewDue()  renewals per second (claim, new key, issue, install, history), against
//   raw limit   CertificateAuthorities::issue of the same certificates with a generated key
//               (what a renewal cannot do without), and their ratio;
//   the query plan of due(), which must search the due index rather than scan.
int renewBenchmark(int argc, char **argv);

} // namespace certdesk::bench
