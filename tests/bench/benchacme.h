#pragma once

namespace certdesk::bench {

// certdesk-bench acme [--count N]
// Time from request to an issued certificate against Debian's pebble on 127.0.0.1
// (PEBBLE_VA_NOSLEEP=1, names resolved and TXT records served by pebble-challtestsrv), for
// http-01 and dns-01, beside Debian's lego doing the same orders on the same server in the same
// run. Each of N orders is a fresh name with one authorization, a P-256 certificate key and an
// existing account; per method it prints the median, fastest and slowest of:
//   certdesk        ManagedCertificates::request in process (order, validation, finalize,
//                   download, key and chain stored in the inventory);
//   certdesk-cli    `certdesk-cli request` as a process (adds start-up and unlocking the key
//                   store: scrypt N=2^16 on the master password);
//   lego            `lego run` as a process (its own responder for http-01; for dns-01 its exec
//                   provider sets the record at challtestsrv, checked through challtestsrv).
int acmeBenchmark(int argc, char **argv);

} // namespace certdesk::bench
