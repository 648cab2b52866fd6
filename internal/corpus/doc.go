// Package corpus generates large, realistic trees of Kubernetes manifests
// for benchmarks: namespaces of AI services with ServiceAccounts,
// Deployments, CronJobs, Secrets, StorageClasses and claims, a fixed share
// of them non-compliant so that every rule has work to do. The output is a
// pure function of the file count, so runs are comparable.
package corpus
