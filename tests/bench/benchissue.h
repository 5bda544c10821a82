#pragma once

namespace certdesk::bench {

// certdesk-bench issue --count N [--cli M] [--pool K] [--ca P-256|RSA-2048] [--splits] [--repeat R]
// Issues N certificates from N prepared CSRs with a P-256 and an RSA-2048 root CA and prints,
// per CA: CertificateAuthorities::issue end to end into a fresh inventory (CSR parsed in the
// loop, each certificate its own transaction), the raw limit of the same run (RawIssuer: a bare
// OpenSSL loop over the same CSRs with the same CA key), their ratio, and `openssl x509 -req`
// run as one process per certificate (M of them). A sample of all three is checked with
// `openssl verify -CAfile` and compared extension by extension.
int issueBenchmark(int argc, char **argv);

} // namespace certdesk::bench
